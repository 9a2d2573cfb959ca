# SPDX-FileCopyrightText: 2026 GPEC Connectivity contributors
# SPDX-License-Identifier: GPL-2.0-or-later
"""The resistor network of a raster: cell conductance, nodes, focal regions and the graph's branches."""

import math

import numpy as np
import scipy.sparse as sp
from scipy.sparse.csgraph import connected_components

from ..costdistance import check_resistance
from ..errors import QT_TR_NOOP, InvalidInputError, InvalidResistanceError

__all__ = ["CircuitGraph", "conductance_map", "focal_regions", "node_map"]

_DIAGONAL = (1, 1), (1, -1)
_ORTHOGONAL = (0, 1), (1, 0)


def conductance_map(values, *, values_are_conductance=False):
    """Cell conductance from a resistance or conductance raster; 0 where there is no node.

    Parameters
    ----------
    values : array_like, 2-D
        Resistances (default) or conductances; NaN marks NoData.
    values_are_conductance : bool, keyword-only

    Raises
    ------
    InvalidResistanceError
        Zero or negative resistance, negative conductance, or no usable cell.

    Notes
    -----
    As Circuitscape: conductance = 1 / resistance; NoData and zero-conductance cells are not nodes.
    """
    if not values_are_conductance:  # one validator of resistance surfaces for every method
        resistance = check_resistance(values)
        finite = np.isfinite(resistance)
        return np.where(finite, 1.0 / np.where(finite, resistance, 1.0), 0.0)
    raw = np.asarray(values, dtype=np.float64)
    if raw.ndim != 2 or raw.size == 0:
        raise InvalidInputError(
            QT_TR_NOOP("The resistance surface must be a non-empty two-dimensional raster.")
        )
    finite = np.isfinite(raw)
    bad = finite & (raw < 0)
    if np.any(bad):
        raise InvalidResistanceError(
            QT_TR_NOOP(
                "The conductance surface has {} negative cell(s); conductance must be zero or positive."
            ),
            int(bad.sum()),
        )
    cond = np.where(finite, raw, 0.0)
    if not np.any(cond > 0):
        raise InvalidResistanceError(
            QT_TR_NOOP("Every cell of the resistance surface is NoData: there is nothing to move through.")
        )
    return cond


def _relabel(labels):
    """Consecutive labels 1..n (0 stays 0) in order of first appearance (column-major, as Circuitscape)."""
    flat = labels.ravel(order="F")
    nonzero = flat != 0
    _, first, inverse = np.unique(flat[nonzero], return_index=True, return_inverse=True)
    rank = np.empty(first.size, dtype=np.int64)
    rank[np.argsort(first, kind="stable")] = np.arange(1, first.size + 1)
    out = np.zeros(flat.size, dtype=np.int64)
    out[nonzero] = rank[inverse]
    return out.reshape(labels.shape, order="F")


def node_map(conductance, polygons=None, groups=(), optional=()):
    """Node number of every cell (1..n; 0 where the cell is no node).

    Parameters
    ----------
    conductance : ndarray
        As returned by :func:`conductance_map`; cells with positive conductance are nodes.
    polygons : array_like of int, optional
        Short-circuit region id per cell (0 or negative: none); cells sharing an id are one node.
    groups : sequence of ndarray of flat cell indices, optional
        Further sets of cells to merge into one node each (focal regions in one-to-all and all-to-one modes); a
        group merges with every short-circuit region its cells touch.
    optional : ndarray of flat cell indices, optional
        Cells without conductance that still become nodes of their own (cells of focal regions, in pairwise
        mode, that exist only while their region is solved).

    Notes
    -----
    As in Circuitscape, a short-circuit region or merged focal region takes all its cells, NoData cells
    included, as soon as one of its cells has conductance; a region without any such cell is no node.

    Examples
    --------
    >>> node_map(np.array([[1.0, 1.0, 0.0], [1.0, 1.0, 1.0]]), np.array([[0, 5, 5], [0, 0, 5]])).tolist()
    [[1, 3, 3], [2, 4, 3]]
    """
    valid = np.asarray(conductance) > 0
    n = valid.size
    keys = np.arange(n, dtype=np.int64)
    n_keys = n
    if polygons is not None:
        poly = np.asarray(polygons)
        if poly.shape != valid.shape:
            raise InvalidInputError(
                QT_TR_NOOP("The short-circuit regions must be on the grid of the resistance surface.")
            )
        flat_poly = poly.ravel()
        inside = flat_poly > 0
        ids, index = np.unique(flat_poly[inside], return_inverse=True)
        keys[inside] = n + index
        n_keys = n + ids.size
    heads, tails = [], []
    for cells in groups:
        group_keys = np.unique(keys[np.asarray(cells, dtype=np.int64)])
        heads.append(np.full(group_keys.size, group_keys[0]))
        tails.append(group_keys)
    if heads:
        heads, tails = np.concatenate(heads), np.concatenate(tails)
        links = sp.coo_matrix((np.ones(heads.size), (heads, tails)), shape=(n_keys, n_keys))
        _, root = connected_components(links, directed=False)
    else:
        root = np.arange(n_keys)
    cell_root = root[keys]
    alive = np.zeros(int(root.max()) + 1, dtype=bool)
    alive[cell_root[valid.ravel()]] = True
    alive[cell_root[np.asarray(optional, dtype=np.int64)]] = True
    labels = np.where(alive[cell_root], cell_root + 1, 0).reshape(valid.shape)
    return _relabel(labels).astype(np.int32)


def focal_regions(focal):
    """Focal regions of a raster of ids: ``{id: flat indices of its cells}`` (ids > 0, sorted; cells column-major).

    Examples
    --------
    >>> focal_regions(np.array([[2, 0], [2, 1]]))
    {1: array([3]), 2: array([0, 2])}
    """
    ids = np.asarray(focal)
    order = np.arange(ids.size).reshape(ids.shape).ravel(order="F")
    flat = ids.ravel(order="F")
    regions = {}
    for value in np.unique(flat[flat > 0]):
        regions[int(value)] = np.sort(order[flat == value])
    return regions


def _edge_conductance(ca, cb, diagonal, average_resistances):
    if average_resistances:
        with np.errstate(divide="ignore", invalid="ignore"):
            g = np.where((ca > 0) & (cb > 0), 2.0 * ca * cb / (ca + cb), 0.0)
    else:
        g = (ca + cb) / 2.0
    return g / math.sqrt(2.0) if diagonal else g


class CircuitGraph:
    """The resistor network of a raster: its branches between nodes as flat arrays.

    Parameters
    ----------
    conductance : ndarray
        Cell conductance (:func:`conductance_map`).
    nodes : ndarray of int
        Node of every cell (:func:`node_map`).
    four_neighbours, average_resistances : bool, keyword-only

    Attributes
    ----------
    branches : list of (slice, slice, ndarray)
        Per direction, the cells at both ends and the conductance of the branch (0: none), for the current maps.
    heads, tails : ndarray of int32
        The two nodes (0-based) of every branch between two different nodes; branches inside one node carry no
        current and are left out.
    weights : ndarray of float64
        Conductance of every branch (parallel branches between two nodes are kept apart).
    component : ndarray of int
        Connected component of every node.

    Notes
    -----
    The graph keeps no Laplacian: :attr:`laplacian` and :meth:`grounded_matrix` build one from the branches when
    asked, so a run holds only the grounded system its solver needs.
    """

    def __init__(self, conductance, nodes, *, four_neighbours=False, average_resistances=False):
        self.shape = nodes.shape
        self.nodes = nodes
        self.n_nodes = int(nodes.max())
        nrows, ncols = self.shape
        self.branches = []  # (slice of a, slice of b, conductance array) per direction, for the current maps
        heads, tails, weights = [], [], []
        directions = _ORTHOGONAL if four_neighbours else _ORTHOGONAL + _DIAGONAL
        for dr, dc in directions:
            a = (slice(0, nrows - dr), slice(max(0, -dc), ncols - max(0, dc)))
            b = (slice(dr, nrows), slice(max(0, dc), ncols + min(0, dc)))
            na, nb = nodes[a], nodes[b]
            live = (na > 0) & (nb > 0)
            g = np.where(
                live, _edge_conductance(conductance[a], conductance[b], dr and dc, average_resistances), 0.0
            )
            self.branches.append((a, b, g))
            between = live & (na != nb) & (g > 0)
            heads.append(na[between] - 1)
            tails.append(nb[between] - 1)
            weights.append(g[between])
            del na, nb, live, between
        self.heads = np.concatenate(heads).astype(np.int32)
        self.tails = np.concatenate(tails).astype(np.int32)
        self.weights = np.concatenate(weights)
        del heads, tails, weights
        links = sp.coo_matrix((self.weights, (self.heads, self.tails)), shape=(self.n_nodes, self.n_nodes))
        self.n_components, self.component = connected_components(links, directed=False)
        del links
        self.one_node_per_cell = self.n_nodes == int(np.count_nonzero(nodes))
        if self.one_node_per_cell:  # flat index of the cell of each node
            self.cell_of_node = np.empty(self.n_nodes, dtype=np.int64)
            occupied = np.flatnonzero(nodes.ravel())
            self.cell_of_node[nodes.ravel()[occupied] - 1] = occupied

    @property
    def degree(self):
        """Sum of the branch conductances at every node (the Laplacian's diagonal)."""
        n = self.n_nodes
        return np.bincount(self.heads, self.weights, minlength=n) + np.bincount(
            self.tails, self.weights, minlength=n
        )

    @property
    def laplacian(self):
        """The node Laplacian (CSR), built anew at each call; parallel branches between two nodes add up."""
        return self.grounded_matrix(np.arange(self.n_nodes))

    def grounded_matrix(self, free):
        """The Laplacian restricted to the nodes ``free`` (sorted node indices), in CSR form.

        Built from the branches without forming the whole Laplacian first: branches to a node outside ``free``
        (a grounded one) count only in the diagonal.
        """
        free = np.asarray(free)
        n = self.n_nodes
        position = np.full(n, -1, dtype=np.int64)
        position[free] = np.arange(free.size)
        ph, pt = position[self.heads], position[self.tails]
        inside = (ph >= 0) & (pt >= 0)
        ph, pt, w = ph[inside], pt[inside], self.weights[inside]
        del inside
        size = free.size
        diagonal = np.arange(size, dtype=np.int64)
        matrix = sp.coo_matrix(
            (
                np.concatenate([-w, -w, self.degree[free]]),
                (np.concatenate([ph, pt, diagonal]), np.concatenate([pt, ph, diagonal])),
            ),
            shape=(size, size),
        )
        del ph, pt, w, diagonal
        return matrix.tocsr()

    @property
    def adjacency(self):
        """Branch conductance between nodes (the Laplacian's off-diagonal, positive)."""
        n = self.n_nodes
        adjacency = sp.coo_matrix(
            (
                np.concatenate([self.weights, self.weights]),
                (np.concatenate([self.heads, self.tails]), np.concatenate([self.tails, self.heads])),
            ),
            shape=(n, n),
        ).tocsr()
        adjacency.eliminate_zeros()
        return adjacency

    def cell_values(self, node_values, nodes=None):
        """Spread node values over their cells; NaN where a cell is no node."""
        nodes = self.nodes if nodes is None else nodes
        padded = np.concatenate([[np.nan], np.asarray(node_values, dtype=np.float64)])
        return padded[nodes]

    def node_currents(self, voltages, merge=None):
        """Current through every node for the node voltages given (Circuitscape: max of inflow and outflow).

        ``merge`` maps every node to a node of a contracted graph (-1: dropped) that ``voltages`` then refer to
        (focal regions short-circuited for one pair); branches to a dropped node carry no current.
        """
        voltages = np.asarray(voltages, dtype=np.float64)
        if merge is None:
            return self._grid_currents(voltages)
        heads, tails = merge[self.heads], merge[self.tails]
        keep = (heads >= 0) & (tails >= 0) & (heads != tails)
        heads, tails, weights = heads[keep], tails[keep], self.weights[keep]
        count = voltages.size
        flow = voltages[heads]
        flow -= voltages[tails]
        flow *= weights
        net = np.bincount(heads, flow, minlength=count)  # outflow - inflow
        net -= np.bincount(tails, flow, minlength=count)
        np.abs(flow, out=flow)
        total = np.bincount(heads, flow, minlength=count)  # inflow + outflow
        total += np.bincount(tails, flow, minlength=count)
        np.abs(net, out=net)
        total += net
        total *= 0.5  # = max(inflow, outflow)
        return total

    def _grid_currents(self, voltages):
        """Node currents by whole-raster passes over the branch directions (faster than scattering per branch)."""
        nodes = self.nodes
        potential = np.concatenate([[0.0], voltages])[nodes]
        total = np.zeros(self.shape)  # sum of |branch current| (inflow + outflow)
        net = np.zeros(self.shape)  # outflow - inflow
        for a, b, g in self.branches:
            flow = np.subtract(potential[a], potential[b])
            flow *= g
            net[a] += flow
            net[b] -= flow
            np.abs(flow, out=flow)
            total[a] += flow
            total[b] += flow
        del potential
        if self.one_node_per_cell:
            total += np.abs(net, out=net)
            total *= 0.5  # = max(inflow, outflow)
            return total.ravel()[self.cell_of_node]
        count = self.n_nodes  # a node of several cells: sum over its cells first
        total = np.bincount(nodes.ravel(), total.ravel(), minlength=count + 1)[1:]
        net = np.bincount(nodes.ravel(), net.ravel(), minlength=count + 1)[1:]
        return 0.5 * (total + np.abs(net))
