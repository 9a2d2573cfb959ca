# SPDX-FileCopyrightText: 2026 GPEC Connectivity contributors
# SPDX-License-Identifier: GPL-2.0-or-later
"""Processing feedback as the core's progress callback."""

from ..core.errors import Cancelled


def progress_callback(feedback, start=0.0, stop=100.0):
    """A core progress callback that moves ``feedback`` from ``start`` to ``stop`` percent.

    It raises :class:`~gpec_connectivity.core.errors.Cancelled` when the user has pressed Cancel, which stops
    the core computation before anything is written.
    """
    if feedback is None:
        return None

    def _progress(fraction):
        if feedback.isCanceled():
            raise Cancelled()
        feedback.setProgress(start + (stop - start) * fraction)

    return _progress


def check_cancelled(feedback):
    """Raise Cancelled if the user has pressed Cancel."""
    if feedback is not None and feedback.isCanceled():
        raise Cancelled()
