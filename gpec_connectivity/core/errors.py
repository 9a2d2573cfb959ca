# SPDX-FileCopyrightText: 2026 GPEC Connectivity contributors
# SPDX-License-Identifier: GPL-2.0-or-later
"""Exceptions raised by the science core.

Every message is written for the person running the analysis: it says what is wrong with the input and what
to do about it. A message is a template plus values, so the Processing algorithms can translate the template
and then fill in the values (``tr(error.template).format(*error.values)``); ``str(error)`` is the English text.
Templates are marked with :func:`QT_TR_NOOP` so that ``pylupdate5`` extracts them; the core never imports Qt.
"""

__all__ = [
    "QT_TR_NOOP",
    "ConnectivityError",
    "InvalidInputError",
    "InvalidResistanceError",
    "UnknownClassError",
    "NoSourcesError",
    "TooLargeError",
    "Cancelled",
]


def QT_TR_NOOP(text):  # noqa: N802 - the name Qt's translation tools look for
    """Mark ``text`` for translation and return it unchanged."""
    return text


class ConnectivityError(Exception):
    """Base class of every error the core raises on purpose.

    Parameters
    ----------
    template : str
        Message with ``{}`` placeholders, marked with :func:`QT_TR_NOOP`.
    *values
        Values for the placeholders.
    """

    def __init__(self, template, *values):
        self.template = template
        self.values = values
        super().__init__(template.format(*values))


class InvalidInputError(ConnectivityError, ValueError):
    """The input cannot be analysed as given (wrong shape, too few cores, ...)."""


class InvalidResistanceError(InvalidInputError):
    """The resistance surface holds zero, negative or otherwise unusable values."""


class UnknownClassError(InvalidInputError):
    """A land-cover raster holds classes the resistance table does not list.

    Attributes
    ----------
    classes : list of float
        The class values that are missing from the table, sorted.
    """

    def __init__(self, template, *values, classes=()):
        super().__init__(template, *values)
        self.classes = list(classes)


class NoSourcesError(InvalidInputError):
    """No usable source cell: every source lies on NoData or outside the raster."""


class TooLargeError(ConnectivityError, MemoryError):
    """The estimated working memory exceeds what is available.

    Attributes
    ----------
    needed, available : int
        Estimated bytes the computation needs, and bytes the machine reports as available.
    """

    def __init__(self, template, *values, needed=0, available=0):
        super().__init__(template, *values)
        self.needed = needed
        self.available = available


_CANCELLED = QT_TR_NOOP("Cancelled by the user; nothing was written.")


class Cancelled(ConnectivityError):  # noqa: N818 - a cancellation is not an error the user made
    """The user cancelled the computation; nothing was written."""

    def __init__(self, template=_CANCELLED, *values):
        super().__init__(template, *values)
