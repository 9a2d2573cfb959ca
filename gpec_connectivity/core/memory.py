# SPDX-FileCopyrightText: 2026 GPEC Connectivity contributors
# SPDX-License-Identifier: GPL-2.0-or-later
"""Working-memory estimates, checked before a computation starts so a too-large raster is refused with advice.

The per-cell figures are measured peaks (``make bench`` reports them) rounded up: reading the raster as
float64, the cost-distance search (padded resistance, smallest in-edge, distance, predecessor, flags) and
writing the Float32 result.
"""

import ctypes
import os
import sys

from .errors import QT_TR_NOOP, TooLargeError

__all__ = [
    "COST_DISTANCE_BYTES_PER_CELL",
    "available_memory",
    "check_memory",
    "corridor_bytes",
    "cost_distance_bytes",
    "format_bytes",
]

#: Bytes per cell of one cost-distance run including reading the input and writing the output.
COST_DISTANCE_BYTES_PER_CELL = 56


def cost_distance_bytes(n_cells):
    """Estimated peak bytes of a cost-distance run over ``n_cells`` cells."""
    return int(n_cells) * COST_DISTANCE_BYTES_PER_CELL


def corridor_bytes(n_cells, n_cores, *, cwd_in_memory=True):
    """Estimated peak bytes of a corridor analysis: one run, the per-core CWD rasters, the corridor mosaic."""
    stack = 8 * int(n_cores) if cwd_in_memory else 0
    return int(n_cells) * (COST_DISTANCE_BYTES_PER_CELL + 24 + stack)


def available_memory():
    """Bytes of memory available to this process now, or None when the platform does not say."""
    try:
        if sys.platform.startswith("linux"):
            with open("/proc/meminfo", encoding="ascii") as handle:
                for line in handle:
                    if line.startswith("MemAvailable:"):
                        return int(line.split()[1]) * 1024
        elif sys.platform == "win32":

            class _Status(ctypes.Structure):
                _fields_ = [
                    ("length", ctypes.c_ulong),
                    ("load", ctypes.c_ulong),
                    ("total_phys", ctypes.c_ulonglong),
                    ("avail_phys", ctypes.c_ulonglong),
                    ("total_page", ctypes.c_ulonglong),
                    ("avail_page", ctypes.c_ulonglong),
                    ("total_virtual", ctypes.c_ulonglong),
                    ("avail_virtual", ctypes.c_ulonglong),
                    ("avail_ext", ctypes.c_ulonglong),
                ]

            status = _Status()
            status.length = ctypes.sizeof(_Status)
            if ctypes.windll.kernel32.GlobalMemoryStatusEx(ctypes.byref(status)):
                return int(status.avail_phys)
        else:  # macOS and other Unix: half the physical memory is a prudent stand-in
            return os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE") // 2
    except (OSError, ValueError, AttributeError):
        return None
    return None


def format_bytes(n):
    """Human-readable size, e.g. ``format_bytes(3 * 2**30) == '3.0 GB'``."""
    value = float(n)
    for unit in ("B", "KB", "MB", "GB", "TB"):
        if value < 1024 or unit == "TB":
            return "{:.1f} {}".format(value, unit) if unit != "B" else "{:.0f} B".format(value)
        value /= 1024
    return "{:.1f} TB".format(value)


def check_memory(needed, *, available=None, n_cells=None):
    """Refuse a computation whose estimate exceeds the available memory.

    Parameters
    ----------
    needed : int
        Estimated peak bytes.
    available : int, optional
        Bytes available; measured with :func:`available_memory` when not given (no check when unknown).
    n_cells : int, optional
        Number of raster cells, to advise a coarser cell size.

    Raises
    ------
    TooLargeError
        With the estimate, the available memory and what to do.
    """
    if available is None:
        available = available_memory()
    if available is None or needed <= available:
        return
    factor = (needed / available) ** 0.5
    raise TooLargeError(
        QT_TR_NOOP(
            "This analysis needs about {} of memory but only {} is available ({} cells). Coarsen the raster "
            "(a cell size at least {:.1f} times larger, e.g. with Raster > Projections > Warp) or clip it to "
            "the study area, then run again."
        ),
        format_bytes(needed),
        format_bytes(available),
        "?" if n_cells is None else "{:,}".format(int(n_cells)),
        max(1.1, factor * 1.05),
        needed=needed,
        available=available,
    )
