# SPDX-FileCopyrightText: 2026 GPEC Connectivity contributors
# SPDX-License-Identifier: GPL-2.0-or-later
"""Progress reporting and cancellation for long computations.

Core functions accept ``progress``: a callable taking the fraction done (0 to 1). It is called now and then;
to cancel, the callable raises :class:`~gpec_connectivity.core.errors.Cancelled`. The Processing adapters
build such a callable from ``QgsProcessingFeedback``; a notebook can pass ``None`` or ``print``.
"""

__all__ = ["report", "subrange"]


def report(progress, fraction):
    """Call ``progress(fraction)`` if a callback was given, clamping the fraction to [0, 1]."""
    if progress is not None:
        progress(min(1.0, max(0.0, float(fraction))))


def subrange(progress, start, stop):
    """Return a callback that maps [0, 1] onto [start, stop] of ``progress``.

    Examples
    --------
    >>> seen = []
    >>> half = subrange(seen.append, 0.5, 1.0)
    >>> half(0.5)
    >>> seen
    [0.75]
    """
    if progress is None:
        return None

    def _sub(fraction):
        progress(start + (stop - start) * fraction)

    return _sub
