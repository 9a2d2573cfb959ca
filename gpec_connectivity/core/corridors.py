# SPDX-FileCopyrightText: 2026 GPEC Connectivity contributors
# SPDX-License-Identifier: GPL-2.0-or-later
"""Least-cost corridors between core areas, as Linkage Mapper's "Build Network and Map Linkages" (Linkage Pathways).

Method: McRae & Kavanagh (2011), Linkage Mapper Connectivity Analysis Software, The Nature Conservancy; the
normalized least-cost corridor of Singleton, Gaines & Lehmkuhl (2002) and WHCWG (2010). For every core a
cost-weighted distance (CWD) map is computed; a link between cores a and b has cost-weighted distance
``cw_dist = min over the cells of b of CWD_a``; its normalized least-cost corridor is
``NLCC_ab = CWD_a + CWD_b - cw_dist`` (zero along the least-cost path) and the corridor map is the minimum of
NLCC over the kept links, optionally truncated at a width cut-off.
"""

import contextlib
import tempfile
from dataclasses import dataclass, field

import numpy as np
from scipy import ndimage
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components

from .costdistance import check_resistance, cost_distance, path_length, trace_path
from .errors import QT_TR_NOOP, InvalidInputError
from .progress import report, subrange

__all__ = [
    "LINK_SELECTIONS",
    "REASONS",
    "CorridorResult",
    "CoreDistances",
    "core_distances",
    "Link",
    "adjacent_pairs",
    "core_labels",
    "corridor_analysis",
    "cw_distance_matrix",
    "euclidean_from_zones",
    "require_cores_on_data",
]

#: How candidate links are chosen: Linkage Mapper's default (cores adjacent in the cost-allocation map),
#: every pair, or each core's k nearest neighbours by cost-weighted distance.
LINK_SELECTIONS = ("adjacent", "all", "nearest")

#: Codes of the reasons a candidate link is dropped, in the order they are tested.
REASONS = ("not_connected", "max_cw_dist", "max_euc_dist", "through_core")


@dataclass
class Link:
    """One candidate link between two cores.

    Attributes
    ----------
    from_core, to_core : int
        Core labels, ``from_core < to_core``.
    cw_dist : float
        Least-cost distance between the two cores (``inf`` when they cannot reach each other).
    euc_dist : float
        Edge-to-edge Euclidean distance.
    lcp_length : float
        Length of the least-cost path in map units (NaN when not connected).
    cells : ndarray or None
        Row and column of the cells of the least-cost path, from ``from_core`` to ``to_core``.
    kept : bool
    reason : str
        Empty when kept, else one of :data:`REASONS`.
    via_core : int or None
        For ``through_core``: the first third core the least-cost path crosses.
    """

    from_core: int
    to_core: int
    cw_dist: float
    euc_dist: float
    lcp_length: float = np.nan
    cells: np.ndarray = None
    kept: bool = True
    reason: str = ""
    via_core: int = None

    @property
    def cwd_to_euc(self):
        """cw_dist / euc_dist (NaN when the cores touch or are not connected)."""
        return _ratio(self.cw_dist, self.euc_dist)

    @property
    def cwd_to_path(self):
        """cw_dist / lcp_length (NaN when not connected)."""
        return _ratio(self.cw_dist, self.lcp_length)


def _ratio(a, b):
    if not (np.isfinite(a) and np.isfinite(b)) or b <= 0:
        return np.nan
    return a / b


@dataclass
class CorridorResult:
    """Result of :func:`corridor_analysis`.

    Attributes
    ----------
    core_ids : list of int
        Core labels in the order of the matrices.
    links : list of Link
        Every candidate link, kept or dropped.
    corridor : ndarray of float64
        Minimum NLCC over the kept links; NaN outside the corridors (beyond the cut-off, unreachable, NoData).
    cw_dist : ndarray, shape (n, n)
        Least-cost distance between every pair of cores.
    euc_dist : ndarray, shape (n, n)
    allocation : ndarray of int32 or None
        Nearest core (cost allocation), computed for the "adjacent" selection.
    groups : list of list of int
        Cores grouped by mutual reachability; more than one group means some cores cannot reach others.
    distances : CoreDistances or None
        The per-core CWD rasters, when asked for with ``keep_distances`` (close them when done).
    """

    core_ids: list
    links: list
    corridor: np.ndarray
    cw_dist: np.ndarray
    euc_dist: np.ndarray
    allocation: np.ndarray = None
    groups: list = field(default_factory=list)
    distances: object = None

    @property
    def kept_links(self):
        return [link for link in self.links if link.kept]


@contextlib.contextmanager
def core_distances(distances, values, zones, labels, *, cellsize, four_neighbours, scratch_dir, progress):
    """The per-core cost distances given (left open for their owner), or new ones computed and closed on exit."""
    if distances is not None:
        yield distances
        return
    with CoreDistances(
        values, zones, labels, cellsize=cellsize, four_neighbours=four_neighbours, scratch_dir=scratch_dir
    ) as fresh:
        yield fresh.compute(progress=progress)


def core_labels(zones):
    """Sorted positive labels present in a core zone raster (0 and negatives are background)."""
    labels = np.unique(np.asarray(zones))
    return [int(v) for v in labels if v > 0]


def adjacent_pairs(allocation, *, four_neighbours=False):
    """Pairs of labels whose zones touch in an allocation raster.

    Two cores are adjacent when a cell allocated to one neighbours a cell allocated to the other, the way Linkage
    Mapper compares the allocation grid with copies shifted by one cell (right, up, up-left, up-right).

    Returns
    -------
    set of (int, int)
        Pairs ``(a, b)`` with ``a < b``.

    Examples
    --------
    >>> sorted(adjacent_pairs(np.array([[1, 1, 2], [3, 3, 2]])))
    [(1, 2), (1, 3), (2, 3)]
    >>> sorted(adjacent_pairs(np.array([[1, 2], [2, 3]]), four_neighbours=True))
    [(1, 2), (2, 3)]
    """
    alloc = np.asarray(allocation)
    shifts = [(alloc[:, :-1], alloc[:, 1:]), (alloc[:-1, :], alloc[1:, :])]
    if not four_neighbours:
        shifts += [(alloc[:-1, :-1], alloc[1:, 1:]), (alloc[:-1, 1:], alloc[1:, :-1])]
    pairs = set()
    for a, b in shifts:
        touch = (a != b) & (a > 0) & (b > 0)
        if np.any(touch):
            lo = np.minimum(a[touch], b[touch]).astype(np.int64)
            hi = np.maximum(a[touch], b[touch]).astype(np.int64)
            codes = np.unique(lo * (int(alloc.max()) + 1) + hi)
            base = int(alloc.max()) + 1
            pairs.update((int(c // base), int(c % base)) for c in codes)
    return pairs


def euclidean_from_zones(zones, labels, cellsize=1.0):
    """Shortest distance between the cell centres of every pair of cores (a raster stand-in for edge distance).

    The Processing algorithm passes exact polygon edge-to-edge distances instead; this is for use without
    geometries (notebooks, tests).
    """
    zones = np.asarray(zones)
    sampling = np.broadcast_to(np.asarray(cellsize, dtype=float), (2,))
    n = len(labels)
    out = np.zeros((n, n))
    for i, label in enumerate(labels):
        distance = ndimage.distance_transform_edt(zones != label, sampling=sampling)
        out[i] = ndimage.minimum(distance, labels=zones, index=labels)
    return np.minimum(out, out.T)


def cw_distance_row(distance, zones, labels):
    """``cw_dist`` from one core to every core: the minimum over each core's cells of its CWD raster."""
    return ndimage.minimum(distance, labels=zones, index=labels)


def require_cores_on_data(values, zones, labels, names=None):
    """Refuse cores (patches, protected areas) lying entirely on NoData: nothing could leave them, so they would
    silently become isolated. ``names`` maps a label to the id shown in the message.

    Raises
    ------
    InvalidInputError
        Naming every such core.
    """
    on_data = set(int(v) for v in np.unique(zones[np.isfinite(values) & (zones > 0)]))
    stranded = [label for label in labels if label not in on_data]
    if stranded:
        raise InvalidInputError(
            QT_TR_NOOP(
                "These areas lie entirely on NoData cells of the resistance surface, so nothing can leave them: "
                "{}. Check that the areas and the resistance surface cover the same ground, or leave these out."
            ),
            ", ".join(str((names or {}).get(v, v)) for v in stranded),
        )


def cw_distance_matrix(
    values, zones, labels, *, cellsize=1.0, four_neighbours=False, max_cost=None, names=None, progress=None
):
    """Least-cost distance between every pair of cores (``inf`` where unreachable or beyond ``max_cost``),
    one cost distance per core, without keeping the CWD rasters (Linkage Mapper's ``cw_dist``; used as the
    least-cost distance between the patches of a habitat network, as Graphab and Conefor's cost distances do).

    A core entirely on NoData is refused, naming it (``names``: label -> id), as :func:`corridor_analysis` does.

    Examples
    --------
    >>> r = np.ones((1, 5))
    >>> cw_distance_matrix(r, np.array([[1, 0, 0, 0, 2]]), [1, 2]).tolist()
    [[0.0, 4.0], [4.0, 0.0]]
    """
    require_cores_on_data(values, zones, labels, names)
    n = len(labels)
    matrix = np.full((n, n), np.inf)
    for i, label in enumerate(labels):
        run = cost_distance(
            values,
            zones == label,
            cellsize=cellsize,
            four_neighbours=four_neighbours,
            max_cost=max_cost,
            progress=subrange(progress, i / n, (i + 1) / n),
        )
        matrix[i] = cw_distance_row(run.distance, zones, labels)
        matrix[i, i] = 0.0
    matrix = np.minimum(matrix, matrix.T)  # symmetric: the two directions agree to rounding
    if max_cost is not None:
        matrix[matrix > max_cost] = np.inf
    return matrix


class CoreDistances:
    """Cost-weighted distance (CWD) from every core area, as Linkage Mapper's step 3 computes them.

    Use as a context manager: with a scratch folder the CWD rasters are memory-mapped there (for rasters too
    large to keep one per core in memory) and removed on exit.

    Parameters
    ----------
    values : ndarray
        Resistance surface (validated, NaN for NoData).
    zones : ndarray of int
        Core label per cell.
    labels : list of int
        The cores to compute, in the order of :attr:`cw`.
    cellsize, four_neighbours : keyword-only
        As for :func:`~gpec_connectivity.core.costdistance.cost_distance`.
    scratch_dir : str, optional, keyword-only

    Attributes
    ----------
    cw : ndarray, shape (n, n)
        Least-cost distance between every pair of cores (symmetric; ``inf`` when they cannot reach each other).
    """

    def __init__(self, values, zones, labels, *, cellsize=1.0, four_neighbours=False, scratch_dir=None):
        self.values = values
        self.zones = zones
        self.labels = list(labels)
        self.index = {label: i for i, label in enumerate(self.labels)}
        self.cellsize = cellsize
        self.four_neighbours = four_neighbours
        shape = (len(self.labels),) + tuple(values.shape)
        self._folder = None
        if scratch_dir is None:
            self.stack = np.empty(shape)
        else:
            self._folder = tempfile.TemporaryDirectory(prefix="gpec_cwd_", dir=scratch_dir)
            self.stack = np.lib.format.open_memmap(self._folder.name + "/cwd.npy", mode="w+", shape=shape)
        self.cw = np.full((len(self.labels),) * 2, np.inf)
        np.fill_diagonal(self.cw, 0.0)

    def compute(self, *, on_run=None, progress=None):
        """Run one cost distance per core; ``on_run(i, result)`` sees each run (with predecessors) as it ends."""
        n = len(self.labels)
        for i, label in enumerate(self.labels):
            run = cost_distance(
                self.values,
                self.zones == label,
                cellsize=self.cellsize,
                four_neighbours=self.four_neighbours,
                return_predecessors=on_run is not None,
                progress=subrange(progress, i / n, (i + 1) / n),
            )
            self.stack[i] = run.distance
            self.cw[i] = cw_distance_row(run.distance, self.zones, self.labels)
            self.cw[i, i] = 0.0
            if on_run is not None:
                on_run(i, run)
            del run
        # The graph is symmetric: use the smaller of the two directions for both (they agree to rounding).
        self.cw = np.minimum(self.cw, self.cw.T)
        return self

    def __getitem__(self, label):
        return self.stack[self.index[label]]

    def nlcc(self, a, b, out=None):
        """Normalized least-cost corridor of cores a and b: CWD_a + CWD_b - cw_dist (0 on the least-cost path)."""
        i, j = self.index[a], self.index[b]
        out = np.add(self.stack[i], self.stack[j], out=out)
        out -= self.cw[i, j]
        return np.maximum(out, 0.0, out=out)  # rounding can leave -1e-12 on the least-cost path

    def close(self):
        self.stack = None
        if self._folder is not None:
            self._folder.cleanup()
            self._folder = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def _nearest_pairs(row, i, k):
    """Pairs (a, b), a < b, joining core i to its k nearest cores by finite cw_dist in ``row``."""
    row = np.array(row, dtype=float)
    row[i] = np.inf
    finite = np.flatnonzero(np.isfinite(row))
    nearest = finite[np.argsort(row[finite], kind="stable")][:k]
    return {(min(i, int(j)), max(i, int(j))) for j in nearest}


def corridor_analysis(
    resistance,
    zones,
    *,
    cellsize=1.0,
    four_neighbours=False,
    selection="adjacent",
    k_nearest=3,
    max_cw_dist=None,
    max_euc_dist=None,
    drop_through_cores=True,
    width_cutoff=None,
    euclidean=None,
    scratch_dir=None,
    names=None,
    keep_distances=False,
    progress=None,
):
    """Least-cost corridors and links between core areas (Linkage Mapper Linkage Pathways).

    Parameters
    ----------
    resistance : array_like, 2-D
        Resistance per cell, positive; NaN is NoData.
    zones : array_like of int, same shape
        Core label per cell, 0 outside cores.
    cellsize : float or (float, float), keyword-only
    four_neighbours : bool, keyword-only
    selection : {"adjacent", "all", "nearest"}, keyword-only
        Candidate links: cores adjacent in the cost-allocation map (Linkage Mapper's default), every pair, or
        each core's ``k_nearest`` neighbours by cost-weighted distance (a pair is a candidate when either core
        counts the other among its nearest).
    k_nearest : int, keyword-only
    max_cw_dist, max_euc_dist : float, optional, keyword-only
        Drop links longer than this (cost units / map units).
    drop_through_cores : bool, keyword-only
        Drop links whose least-cost path crosses a third core (the two links through that core represent it);
        on by default, as in the toolbox and Linkage Mapper.
    width_cutoff : float, optional, keyword-only
        Corridor cells whose NLCC exceeds this (cost units) are outside the corridor (NaN).
    euclidean : array_like, shape (n, n), optional, keyword-only
        Edge-to-edge distances between cores in the order of :func:`core_labels`; computed from the raster
        (centre to centre) when not given.
    scratch_dir : str, optional, keyword-only
        Keep the per-core CWD rasters memory-mapped in this folder instead of in memory (large rasters).
    names : mapping, optional, keyword-only
        Name of each core label, used in messages (for example the user's core ids).
    keep_distances : bool, keyword-only
        Return the per-core CWD rasters open in ``result.distances`` (the caller closes them), for pinch points
        or barriers computed on the same links without running every cost distance again.
    progress : callable, optional, keyword-only

    Returns
    -------
    CorridorResult

    Raises
    ------
    InvalidInputError
        Fewer than two cores, a core entirely on NoData, an unknown selection, inconsistent arguments.

    Notes
    -----
    One cost-distance run per core (plus one multi-source run for the adjacency), each exact Dijkstra (see
    :mod:`gpec_connectivity.core.costdistance`). Memory
    (:func:`~gpec_connectivity.core.memory.corridor_bytes`): one cost-distance run (56 bytes per cell), 24 bytes
    per cell for the corridor mosaic and allocation, and 8 bytes per cell per core for the CWD rasters.

    Examples
    --------
    >>> r = np.ones((3, 7))
    >>> z = np.zeros((3, 7), int); z[:, 0] = 1; z[:, 6] = 2
    >>> res = corridor_analysis(r, z, selection="all")
    >>> [(link.from_core, link.to_core, link.cw_dist, link.kept) for link in res.links]
    [(1, 2, 6.0, True)]
    >>> res.corridor[1].tolist()
    [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]
    """
    values = check_resistance(resistance)
    zones = np.asarray(zones)
    if zones.shape != values.shape:
        raise InvalidInputError(
            QT_TR_NOOP("The core raster and the resistance surface must have the same shape.")
        )
    if selection not in LINK_SELECTIONS:
        raise InvalidInputError(
            QT_TR_NOOP("Unknown link selection {!r}; use one of {}."), selection, ", ".join(LINK_SELECTIONS)
        )
    if selection == "nearest" and int(k_nearest) < 1:
        raise InvalidInputError(QT_TR_NOOP("The number of nearest neighbours must be at least 1."))
    labels = core_labels(zones)
    if len(labels) < 2:
        raise InvalidInputError(
            QT_TR_NOOP("At least two core areas are needed to map corridors; found {}."), len(labels)
        )
    require_cores_on_data(values, zones, labels, names)
    n = len(labels)
    index_of = {label: i for i, label in enumerate(labels)}
    if euclidean is None:
        euc = euclidean_from_zones(zones, labels, cellsize)
    else:
        euc = np.asarray(euclidean, dtype=float)
        if euc.shape != (n, n):
            raise InvalidInputError(QT_TR_NOOP("The Euclidean distance matrix must be {0} x {0}."), n)

    steps = n + (1 if selection == "adjacent" else 0)
    allocation = None
    candidates = None
    if selection == "adjacent":
        run = cost_distance(
            values,
            zones,
            cellsize=cellsize,
            four_neighbours=four_neighbours,
            return_allocation=True,
            progress=subrange(progress, 0.0, 1.0 / steps),
        )
        allocation = np.array(run.allocation)
        del run
        candidates = {
            (index_of[a], index_of[b]) for a, b in adjacent_pairs(allocation, four_neighbours=four_neighbours)
        }
    elif selection == "all":
        candidates = {(i, j) for i in range(n) for j in range(i + 1, n)}
    else:
        candidates = set()  # filled run by run: core i's nearest neighbours are known after its own run

    flat_zones = zones.ravel()
    order = np.argsort(flat_zones, kind="stable")
    starts = np.searchsorted(flat_zones[order], labels + [np.iinfo(np.int64).max])
    cells_of = [order[starts[i] : starts[i + 1]] for i in range(n)]  # flat indices of each core's cells
    paths = {}
    distances = CoreDistances(
        values, zones, labels, cellsize=cellsize, four_neighbours=four_neighbours, scratch_dir=scratch_dir
    )
    try:

        def trace(i, run):
            """Trace the least-cost paths of core i's candidate links while its predecessors are at hand."""
            if selection == "nearest":
                candidates.update(_nearest_pairs(distances.cw[i], i, int(k_nearest)))
            for pair in candidates:
                if i not in pair or pair in paths or not np.isfinite(distances.cw[i, pair[0] + pair[1] - i]):
                    continue
                other = cells_of[pair[0] + pair[1] - i]
                end = other[int(np.argmin(run.distance.ravel()[other]))]
                cells = trace_path(run.predecessor, np.unravel_index(end, values.shape))
                paths[pair] = cells if pair[0] == i else cells[::-1]

        done = (steps - n) / steps
        distances.compute(on_run=trace, progress=subrange(progress, done, 1.0))
        cw = distances.cw

        links = []
        for i, j in sorted(candidates):
            cells = paths.get((i, j))
            link = Link(
                from_core=labels[i],
                to_core=labels[j],
                cw_dist=float(cw[i, j]),
                euc_dist=float(euc[i, j]),
                lcp_length=np.nan if cells is None else path_length(cells, cellsize),
                cells=cells,
            )
            if not np.isfinite(link.cw_dist):
                link.kept, link.reason = False, "not_connected"
            elif max_cw_dist is not None and link.cw_dist > max_cw_dist:
                link.kept, link.reason = False, "max_cw_dist"
            elif max_euc_dist is not None and link.euc_dist > max_euc_dist:
                link.kept, link.reason = False, "max_euc_dist"
            elif drop_through_cores and cells is not None:
                crossed = zones[cells[1:-1, 0], cells[1:-1, 1]]
                crossed = crossed[(crossed > 0) & (crossed != link.from_core) & (crossed != link.to_core)]
                if crossed.size:
                    link.kept, link.reason, link.via_core = False, "through_core", int(crossed[0])
            links.append(link)

        corridor = np.full(values.shape, np.inf)
        work = np.empty(values.shape)
        for link in links:
            if link.kept:
                np.minimum(corridor, distances.nlcc(link.from_core, link.to_core, out=work), out=corridor)
        del work
    finally:
        if not keep_distances:
            distances.close()
    outside = ~np.isfinite(corridor)
    if width_cutoff is not None:
        outside |= corridor > width_cutoff
    corridor[outside] = np.nan

    reach = coo_matrix(np.isfinite(cw))
    n_groups, group_of = connected_components(reach, directed=False)
    groups = [[labels[i] for i in range(n) if group_of[i] == g] for g in range(n_groups)]
    report(progress, 1.0)
    return CorridorResult(
        core_ids=labels,
        distances=distances if keep_distances else None,
        links=links,
        corridor=corridor,
        cw_dist=cw,
        euc_dist=euc,
        allocation=allocation,
        groups=groups,
    )
