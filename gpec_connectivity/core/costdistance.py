# SPDX-FileCopyrightText: 2026 GPEC Connectivity contributors
# SPDX-License-Identifier: GPL-2.0-or-later
"""Accumulated cost (cost-weighted distance), nearest-source allocation and least-cost paths on a raster.

The definition is the one shared by Circuitscape, Linkage Mapper (ArcGIS Cost Distance) and scikit-image
``MCP_Geometric``: every cell is a node, neighbouring cells a and b are joined by an edge of cost
``(r_a + r_b) / 2 * d`` where d is the distance between their centres (the cell size for orthogonal
neighbours, the cell diagonal for diagonal ones). Cells whose resistance is not finite (NoData) are impassable.

The shortest-path search is Dijkstra's algorithm run on the implicit grid graph (no graph is stored), vectorised
with numpy: in each phase every queued cell whose distance is already final is settled at once, using the IN and
OUT criteria of Crauser, Mehlhorn, Meyer and Sanders (1998), "A parallelization of Dijkstra's shortest path
algorithm", MFCS, LNCS 1450, 722-731. The result is exactly Dijkstra's; the search holds about 40 bytes per cell
(with reading the raster and writing the result, :data:`~gpec_connectivity.core.memory.COST_DISTANCE_BYTES_PER_CELL`
= 56 is the estimate checked before a run; ``make bench`` measures about 47).
"""

from dataclasses import dataclass

import numpy as np

from .errors import QT_TR_NOOP, InvalidInputError, InvalidResistanceError, NoSourcesError
from .progress import report

__all__ = [
    "NEIGHBOURS",
    "CostDistanceResult",
    "LeastCostPath",
    "NotConnectedError",
    "check_resistance",
    "cost_distance",
    "least_cost_path",
    "path_length",
    "step_lengths",
    "trace_path",
]

#: The 8 neighbour offsets (row, column). A predecessor code k means "reached from the cell at -NEIGHBOURS[k]".
NEIGHBOURS = ((-1, -1), (-1, 0), (-1, 1), (0, -1), (0, 1), (1, -1), (1, 0), (1, 1))
_ORTHOGONAL = (1, 3, 4, 6)


class NotConnectedError(InvalidInputError):
    """The end cannot be reached from the start: NoData separates them."""


@dataclass(frozen=True)
class CostDistanceResult:
    """Result of :func:`cost_distance`.

    Attributes
    ----------
    distance : ndarray of float64
        Accumulated cost from the nearest source; ``inf`` where no source can reach (NoData, beyond
        ``max_cost``).
    allocation : ndarray of int32 or None
        Label of the source each cell is cheapest to reach from (0 where unreached), if requested.
    predecessor : ndarray of int8 or None
        Direction code into :data:`NEIGHBOURS` of the step that reached each cell (-1 at sources and unreached
        cells), if requested. :func:`trace_path` follows it back to a source.
    """

    distance: np.ndarray
    allocation: np.ndarray = None
    predecessor: np.ndarray = None


@dataclass(frozen=True)
class LeastCostPath:
    """A least-cost path as returned by :func:`least_cost_path`.

    Attributes
    ----------
    cells : ndarray of int, shape (n, 2)
        Row and column of every cell on the path, from the start region to the end region.
    cost : float
        Accumulated cost along the path (equals the cost distance at its last cell).
    length : float
        Length of the path through the cell centres, in map units.
    """

    cells: np.ndarray
    cost: float
    length: float


def _cell_sizes(cellsize):
    """Return (row size, column size) from a scalar or a pair."""
    sizes = np.broadcast_to(np.asarray(cellsize, dtype=float), (2,))
    if not np.all(np.isfinite(sizes)) or np.any(sizes <= 0):
        raise InvalidInputError(QT_TR_NOOP("The cell size must be positive, got {}."), cellsize)
    return float(sizes[0]), float(sizes[1])


def step_lengths(cellsize):
    """Distance between the centres of a cell and each of its 8 neighbours, in :data:`NEIGHBOURS` order.

    Parameters
    ----------
    cellsize : float or (float, float)
        Cell size, or (row height, column width) for rectangular cells.

    Examples
    --------
    >>> [round(x, 3) for x in step_lengths(100.0)]
    [141.421, 100.0, 141.421, 100.0, 100.0, 141.421, 100.0, 141.421]
    """
    row_size, col_size = _cell_sizes(cellsize)
    return np.array([np.hypot(dr * row_size, dc * col_size) for dr, dc in NEIGHBOURS])


def check_resistance(resistance):
    """Validate a resistance surface and return it as float64 with NoData as NaN.

    Non-finite values (NaN, infinity) are NoData. Zero and negative values are refused: a cell that costs
    nothing to cross would make every path through it free, which is never what a resistance surface means.

    Raises
    ------
    InvalidInputError
        If the array is not two-dimensional or holds no cell at all.
    InvalidResistanceError
        If a finite value is zero or negative, or if every cell is NoData.
    """
    values = np.asarray(resistance, dtype=np.float64)
    if values.ndim != 2 or values.size == 0:
        raise InvalidInputError(
            QT_TR_NOOP("The resistance surface must be a non-empty two-dimensional raster.")
        )
    finite = np.isfinite(values)
    n_valid = int(np.count_nonzero(finite))
    if n_valid == 0:
        raise InvalidResistanceError(
            QT_TR_NOOP("Every cell of the resistance surface is NoData: there is nothing to move through.")
        )
    bad = finite & (values <= 0)
    n_bad = int(np.count_nonzero(bad))
    if n_bad:
        raise InvalidResistanceError(
            QT_TR_NOOP(
                "The resistance surface has {} cell(s) with zero or negative resistance (smallest {:g}). "
                "Resistance must be positive: set those cells to a small positive value (in circuit theory, a "
                "short-circuit region joins cells at no cost), or to NoData if they cannot be crossed."
            ),
            n_bad,
            float(values[bad].min()),
        )
    return values


def cost_distance(
    resistance,
    sources,
    *,
    cellsize=1.0,
    four_neighbours=False,
    max_cost=None,
    return_allocation=False,
    return_predecessors=False,
    stop_at=None,
    progress=None,
):
    """Accumulated cost from the nearest source over a resistance raster.

    Parameters
    ----------
    resistance : array_like, 2-D
        Resistance per cell, positive; NaN or infinity marks NoData (impassable).
    sources : array_like of int or bool, same shape
        Source label per cell; 0 (or False) is not a source. Cells sharing a label form one source region.
        Source cells on NoData are ignored.
    cellsize : float or (float, float), keyword-only
        Cell size in map units, or (row height, column width).
    four_neighbours : bool, keyword-only
        Connect orthogonal neighbours only (default: 8 neighbours).
    max_cost : float, optional, keyword-only
        Stop at this accumulated cost; cells beyond it are unreached (``inf``).
    return_allocation, return_predecessors : bool, keyword-only
        Also return the nearest-source labels / the back-tracing directions.
    stop_at : array_like of bool, optional, keyword-only
        Stop as soon as the cheapest of these cells is final (used for a single least-cost path). Distances of
        cells not yet final at that point are ``inf``.
    progress : callable, optional, keyword-only
        Called with the fraction done; see :mod:`gpec_connectivity.core.progress`.

    Returns
    -------
    CostDistanceResult

    Raises
    ------
    InvalidResistanceError
        Zero or negative resistance, or an all-NoData raster.
    NoSourcesError
        No source cell on a passable cell.

    Notes
    -----
    Same definition as scikit-image ``MCP_Geometric(fully_connected=True)`` and ArcGIS Cost Distance (see the
    module docstring). Exact Dijkstra, O(N log N) work in the worst case but O(N) numpy operations per phase;
    the search holds about 40 bytes per cell (see the module docstring for the whole run).

    Examples
    --------
    >>> r = np.ones((1, 4))
    >>> src = np.array([[1, 0, 0, 0]])
    >>> cost_distance(r, src, cellsize=10.0).distance.tolist()
    [[0.0, 10.0, 20.0, 30.0]]
    """
    values = check_resistance(resistance)
    labels = np.asarray(sources)
    if labels.shape != values.shape:
        raise InvalidInputError(
            QT_TR_NOOP("The sources ({}) and the resistance surface ({}) must have the same shape."),
            labels.shape,
            values.shape,
        )
    labels = labels.astype(np.int32, copy=False)
    nrows, ncols = values.shape
    width = ncols + 2
    size = (nrows + 2) * width

    # Padded flat copy of the resistance: a frame of impassable cells removes all bounds checks.
    padded = np.full((nrows + 2, width), np.inf)
    inner = padded[1:-1, 1:-1]
    inner[...] = values
    inner[np.isnan(inner)] = np.inf
    res = padded.ravel()
    del values

    codes = _ORTHOGONAL if four_neighbours else tuple(range(8))
    offsets = np.array([dr * width + dc for dr, dc in NEIGHBOURS], dtype=np.intp)
    half_length = step_lengths(cellsize) / 2.0

    # Smallest cost of any edge into each cell (the IN/OUT criteria need it; the graph is symmetric).
    lo, hi = width + 1, size - width - 1
    in_min = np.full(size, np.inf)
    work = np.empty(hi - lo)
    for k in codes:
        np.add(res[lo:hi], res[lo + offsets[k] : hi + offsets[k]], out=work)
        work *= half_length[k]
        np.minimum(in_min[lo:hi], work, out=in_min[lo:hi])
    del work

    flat_labels = np.zeros(size, dtype=np.int32)
    flat_labels.reshape(nrows + 2, width)[1:-1, 1:-1] = labels
    queue = np.flatnonzero((flat_labels != 0) & np.isfinite(res))
    if queue.size == 0:
        raise NoSourcesError(
            QT_TR_NOOP(
                "No source lies on a passable cell: every source cell is NoData or outside the raster."
            )
        )

    dist = np.full(size, np.inf)
    dist[queue] = 0.0
    reached = np.zeros(size, dtype=bool)
    reached[queue] = True
    alloc = None
    if return_allocation:
        alloc = np.zeros(size, dtype=np.int32)
        alloc[queue] = flat_labels[queue]
    del flat_labels
    pred = np.full(size, -1, dtype=np.int8) if return_predecessors else None
    targets = None
    if stop_at is not None:
        stop_mask = np.asarray(stop_at, dtype=bool)
        if stop_mask.shape != (nrows, ncols):
            raise InvalidInputError(QT_TR_NOOP("stop_at must have the shape of the resistance surface."))
        targets = np.flatnonzero(np.pad(stop_mask, 1).ravel() & np.isfinite(res))
    limit = np.inf if max_cost is None else float(max_cost)

    n_passable = max(1, int(np.count_nonzero(np.isfinite(res))))
    n_settled = 0
    phase = 0
    final_upto = -np.inf  # on an early stop, queued cells at or below this distance are already final
    while queue.size:
        dq = dist[queue]
        lowest = dq.min()
        if lowest > limit:
            break
        if targets is not None and dist[targets].min() <= lowest:
            final_upto = lowest
            break
        floor_q = in_min[queue]
        # OUT criterion: nothing queued can be improved below min(d + cheapest edge out of a queued cell).
        # IN criterion: a cell is final once d - (its cheapest edge in) <= the smallest queued distance.
        final = (dq <= (dq + floor_q).min()) | (dq - floor_q <= lowest)
        settle = queue[final]
        pending = [queue[~final]]
        d_settle = dist[settle]
        r_settle = res[settle]
        a_settle = alloc[settle] if alloc is not None else None
        for k in codes:
            nb = settle + offsets[k]
            cand = (r_settle + res[nb]) * half_length[k]
            cand += d_settle
            better = cand < dist[nb]
            nb = nb[better]
            dist[nb] = cand[better]
            if pred is not None:
                pred[nb] = k
            if alloc is not None:
                alloc[nb] = a_settle[better]
            new = nb[~reached[nb]]
            reached[new] = True
            pending.append(new)
        queue = np.concatenate(pending)
        n_settled += settle.size
        phase += 1
        if progress is not None and phase % 64 == 0:
            report(progress, n_settled / n_passable)

    queue = queue[dist[queue] > final_upto]
    if max_cost is not None:  # a phase may settle cells just beyond the limit: clear them too
        queue = np.concatenate([queue, np.flatnonzero(dist > limit)])
    if queue.size:  # stopped early: what is still queued is not final
        dist[queue] = np.inf
        if alloc is not None:
            alloc[queue] = 0
        if pred is not None:
            pred[queue] = -1
    report(progress, 1.0)

    def _inner(a):
        return None if a is None else a.reshape(nrows + 2, width)[1:-1, 1:-1]

    return CostDistanceResult(distance=_inner(dist), allocation=_inner(alloc), predecessor=_inner(pred))


def trace_path(predecessor, cell):
    """Follow the predecessor directions from ``cell`` back to a source.

    Parameters
    ----------
    predecessor : ndarray of int8
        As returned by :func:`cost_distance` with ``return_predecessors=True``.
    cell : (int, int)
        Row and column of the end cell.

    Returns
    -------
    ndarray of int, shape (n, 2)
        The cells from the source to ``cell`` (a single row when ``cell`` is a source).
    """
    row, col = int(cell[0]), int(cell[1])
    path = [(row, col)]
    limit = predecessor.size
    code = predecessor[row, col]
    while code >= 0:
        dr, dc = NEIGHBOURS[code]
        row -= dr
        col -= dc
        path.append((row, col))
        if len(path) > limit:
            raise RuntimeError("The predecessor map holds a cycle; it was not produced by cost_distance().")
        code = predecessor[row, col]
    return np.array(path[::-1], dtype=np.intp)


def path_length(cells, cellsize=1.0):
    """Length in map units of a path through the centres of ``cells`` (rows of (row, column))."""
    row_size, col_size = _cell_sizes(cellsize)
    steps = np.diff(np.asarray(cells, dtype=float), axis=0)
    return float(np.hypot(steps[:, 0] * row_size, steps[:, 1] * col_size).sum())


def least_cost_path(resistance, start, end, *, cellsize=1.0, four_neighbours=False, progress=None):
    """Least-cost path from a start region to an end region.

    Parameters
    ----------
    resistance : array_like, 2-D
        As for :func:`cost_distance`.
    start, end : array_like of bool, same shape
        Cells of the start and end features (points, lines or polygons rasterised on the grid).
    cellsize, four_neighbours, progress
        As for :func:`cost_distance`.

    Returns
    -------
    LeastCostPath
        The path from the start cell it leaves to the cheapest end cell, its cost and length.

    Raises
    ------
    NotConnectedError
        NoData separates the end from the start.
    NoSourcesError
        The start or the end lies entirely on NoData.

    Examples
    --------
    >>> r = np.ones((3, 3))
    >>> a = np.zeros((3, 3), bool); a[0, 0] = True
    >>> b = np.zeros((3, 3), bool); b[2, 2] = True
    >>> p = least_cost_path(r, a, b)
    >>> p.cells.tolist(), round(p.cost, 4)
    ([[0, 0], [1, 1], [2, 2]], 2.8284)
    """
    end_mask = np.asarray(end, dtype=bool)
    values = check_resistance(resistance)
    if not np.any(end_mask & np.isfinite(values)):
        raise NoSourcesError(QT_TR_NOOP("The end feature lies entirely on NoData or outside the raster."))
    result = cost_distance(
        values,
        np.asarray(start, dtype=bool),
        cellsize=cellsize,
        four_neighbours=four_neighbours,
        return_predecessors=True,
        stop_at=end_mask,
        progress=progress,
    )
    masked = np.where(end_mask, result.distance, np.inf)
    best = np.unravel_index(int(np.argmin(masked)), masked.shape)
    cost = float(masked[best])
    if not np.isfinite(cost):
        raise NotConnectedError(
            QT_TR_NOOP(
                "The end cannot be reached from the start: NoData cells separate them on this resistance surface."
            )
        )
    cells = trace_path(result.predecessor, best)
    return LeastCostPath(cells=cells, cost=cost, length=path_length(cells, cellsize))
