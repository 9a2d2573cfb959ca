# SPDX-FileCopyrightText: 2026 GPEC Connectivity contributors
# SPDX-License-Identifier: GPL-2.0-or-later
"""Circuit-theory connectivity on a raster: Circuitscape's pairwise, one-to-all and all-to-one modes.

Method: McRae, Dickson, Keitt & Shah (2008), "Using circuit theory to model connectivity in ecology, evolution,
and conservation", Ecology 89:2712-2724; conventions of Circuitscape (McRae & Shah; Anantharaman et al. 2020,
Circuitscape.jl, JuliaCon Proceedings 1(1):58):

- every cell with positive conductance is a node; cells of one short-circuit region are one node;
- neighbouring nodes are joined by a conductance made from the two cells' conductances: their mean (default) or
  the inverse of their mean resistance; diagonal edges are divided by sqrt(2); 8 neighbours or 4;
- pairwise: 1 A between two focal regions, the other focal regions are ordinary cells (a focal region is
  short-circuited only while its own pair is solved); one-to-all: 1 A into one focal region, every other one
  grounded; all-to-one: one focal region grounded, every other one injects 1 A (in these two modes every
  focal region is one node for the whole run);
- the current of a node is the larger of the current flowing into it and out of it through its branches.

One linear solver (sparse direct factorisation, or conjugate gradients preconditioned by smoothed-aggregation
algebraic multigrid from pyamg) serves the whole graph: one terminal of each connected component is grounded and
one solve is made for every other terminal. Every pairwise, one-to-all and all-to-one quantity then follows from
those n - 1 voltage vectors and the small terminal (Schur complement) matrix, by superposition.
"""

import math
from dataclasses import dataclass, field

import numpy as np
import scipy.sparse as sp
import scipy.sparse.linalg as spla
from scipy.sparse.csgraph import connected_components

from .errors import QT_TR_NOOP, InvalidInputError, InvalidResistanceError
from .progress import report, subrange

__all__ = [
    "MODES",
    "IncludedPairs",
    "read_included_pairs",
    "read_source_strengths",
    "circuit_memory",
    "CircuitGraph",
    "CircuitResult",
    "LinearSolver",
    "circuit_flow",
    "conductance_map",
    "focal_regions",
    "node_map",
]

MODES = ("pairwise", "one_to_all", "all_to_one")

#: Systems up to this many unknowns are always factorised directly (exact, and fastest when small).
DIRECT_LIMIT = 250_000
#: Bytes per unknown of a sparse LU factor of an 8-neighbour grid Laplacian (measured: about 115 non-zeros per
#: unknown at a million cells, 12 bytes each, plus SuperLU's work space).
DIRECT_BYTES_PER_NODE = 1800
#: Bytes per unknown of a smoothed-aggregation hierarchy with its conjugate-gradient work vectors.
AMG_BYTES_PER_NODE = 450

_DIAGONAL = (1, 1), (1, -1)
_ORTHOGONAL = (0, 1), (1, 0)


def _pyamg():
    try:
        import pyamg
    except ImportError:  # optional: the plugin works in a stock QGIS without it
        return None
    return pyamg


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
    raw = np.asarray(values, dtype=np.float64)
    if raw.ndim != 2 or raw.size == 0:
        raise InvalidInputError(
            QT_TR_NOOP("The resistance surface must be a non-empty two-dimensional raster.")
        )
    finite = np.isfinite(raw)
    if values_are_conductance:
        bad = finite & (raw < 0)
        if np.any(bad):
            raise InvalidResistanceError(
                QT_TR_NOOP(
                    "The conductance surface has {} negative cell(s); conductance must be zero or positive."
                ),
                int(bad.sum()),
            )
        cond = np.where(finite, raw, 0.0)
    else:
        bad = finite & (raw <= 0)
        if np.any(bad):
            raise InvalidResistanceError(
                QT_TR_NOOP(
                    "The resistance surface has {} cell(s) with zero or negative resistance (smallest {:g}). "
                    "Resistance must be positive: use a short-circuit region for cells that cost nothing, or "
                    "NoData for cells that cannot be crossed."
                ),
                int(bad.sum()),
                float(raw[bad].min()),
            )
        with np.errstate(divide="ignore"):
            cond = np.where(finite, 1.0 / np.where(finite, raw, 1.0), 0.0)
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
    """The resistor network of a raster: cell-level branches and the node Laplacian.

    Parameters
    ----------
    conductance : ndarray
        Cell conductance (:func:`conductance_map`).
    nodes : ndarray of int
        Node of every cell (:func:`node_map`).
    four_neighbours, average_resistances : bool, keyword-only
    """

    def __init__(self, conductance, nodes, *, four_neighbours=False, average_resistances=False):
        self.shape = nodes.shape
        self.nodes = nodes
        self.n_nodes = int(nodes.max())
        nrows, ncols = self.shape
        self.branches = []  # (slice of a, slice of b, conductance array) per direction
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
        heads = np.concatenate(heads).astype(np.int32)
        tails = np.concatenate(tails).astype(np.int32)
        weights = np.concatenate(weights)
        n = self.n_nodes
        degree = np.bincount(heads, weights, minlength=n) + np.bincount(tails, weights, minlength=n)
        diagonal = np.arange(n, dtype=np.int32)
        laplacian = sp.coo_matrix(
            (
                np.concatenate([-weights, -weights, degree]),
                (np.concatenate([heads, tails, diagonal]), np.concatenate([tails, heads, diagonal])),
            ),
            shape=(n, n),
        )
        del heads, tails, weights, degree, diagonal
        self.laplacian = laplacian.tocsr()  # parallel branches between two nodes add up
        del laplacian
        self.n_components, self.component = connected_components(self.laplacian, directed=False)
        self.one_node_per_cell = self.n_nodes == int(np.count_nonzero(nodes))
        if self.one_node_per_cell:  # flat index of the cell of each node
            self.cell_of_node = np.empty(self.n_nodes, dtype=np.int64)
            occupied = np.flatnonzero(nodes.ravel())
            self.cell_of_node[nodes.ravel()[occupied] - 1] = occupied

    @property
    def adjacency(self):
        """Branch conductance between nodes (the Laplacian's off-diagonal, positive)."""
        adjacency = sp.diags(self.laplacian.diagonal()) - self.laplacian
        adjacency = adjacency.tocsr()
        adjacency.eliminate_zeros()
        return adjacency

    def cell_values(self, node_values, nodes=None):
        """Spread node values over their cells; NaN where a cell is no node."""
        nodes = self.nodes if nodes is None else nodes
        padded = np.concatenate([[np.nan], np.asarray(node_values, dtype=np.float64)])
        return padded[nodes]

    def node_currents(self, voltages, nodes=None):
        """Current through every node for the node voltages given (Circuitscape: max of inflow and outflow).

        ``nodes`` is the cell-to-node map the voltages refer to (a contracted one for focal regions).
        """
        nodes = self.nodes if nodes is None else nodes
        potential = np.concatenate([[0.0], np.asarray(voltages, dtype=np.float64)])[nodes]
        total = np.zeros(self.shape)  # sum of |branch current| (inflow + outflow)
        net = np.zeros(self.shape)  # outflow - inflow
        custom = nodes is not self.nodes
        for a, b, g in self.branches:
            flow = np.subtract(potential[a], potential[b])
            flow *= g
            if custom:  # cells that are no node in this map carry no current
                flow *= (nodes[a] > 0) & (nodes[b] > 0)
            net[a] += flow
            net[b] -= flow
            np.abs(flow, out=flow)
            total[a] += flow
            total[b] += flow
        if not custom and self.one_node_per_cell:
            per_cell = total
            per_cell += np.abs(net)
            per_cell *= 0.5
            return per_cell.ravel()[self.cell_of_node]
        count = int(nodes.max())
        total = np.bincount(nodes.ravel(), total.ravel(), minlength=count + 1)[1:]
        net = np.bincount(nodes.ravel(), net.ravel(), minlength=count + 1)[1:]
        return 0.5 * (total + np.abs(net))  # = max(inflow, outflow)


#: Bytes per cell of the network itself: conductance, node map, branch conductances, Laplacian and its grounded
#: copy, current accumulators (measured in ``make bench``: about 750 bytes per cell in all at 4 million cells).
GRAPH_BYTES_PER_CELL = 330


def circuit_memory(n_cells, n_focal, *, method="auto", regions=False):
    """Estimated peak bytes of :func:`circuit_flow` on ``n_cells`` cells with ``n_focal`` focal regions.

    ``method`` as for :class:`LinearSolver` ("auto" counts pyamg when it is installed); ``regions`` for pairwise
    runs with focal regions of several cells (one system per pair, no stored voltage basis).
    """
    if method == "auto":
        method = "direct" if n_cells <= DIRECT_LIMIT or _pyamg() is None else "amg"
    per_node = DIRECT_BYTES_PER_NODE if method == "direct" else AMG_BYTES_PER_NODE
    basis = 0 if regions else 8 * max(0, n_focal - 1)
    return int(n_cells) * (GRAPH_BYTES_PER_CELL + per_node + basis)


class LinearSolver:
    """Solves ``matrix @ x = b`` repeatedly for a symmetric positive definite (grounded Laplacian) matrix.

    Parameters
    ----------
    matrix : sparse matrix
    method : {"auto", "direct", "amg", "cg"}, keyword-only
        "direct": SuperLU with a minimum-degree ordering of A + A^T in symmetric mode (exact); "amg":
        conjugate gradients preconditioned by pyamg's smoothed aggregation (Circuitscape's default solver);
        "cg": conjugate gradients preconditioned by a Jacobi (diagonal) smoother, for very large systems without
        pyamg. "auto" factorises small systems, uses pyamg when it is installed, else factorises.
    tolerance : float, keyword-only
        Relative residual of the iterative solvers (Circuitscape uses 1e-6).
    """

    def __init__(self, matrix, *, method="auto", tolerance=1e-6):
        self.matrix = sp.csc_matrix(matrix) if method == "direct" else sp.csr_matrix(matrix)
        n = matrix.shape[0]
        if method == "auto":
            method = "direct" if n <= DIRECT_LIMIT or _pyamg() is None else "amg"
        if method == "amg" and _pyamg() is None:
            raise InvalidInputError(
                QT_TR_NOOP("The AMG solver needs the Python package pyamg (see the README).")
            )
        self.method = method
        self.tolerance = tolerance
        self.iterations = 0
        if n == 0:
            self._apply = lambda b: np.zeros(0)
        elif method == "direct":
            factor = spla.splu(
                sp.csc_matrix(matrix),
                permc_spec="MMD_AT_PLUS_A",
                diag_pivot_thresh=0.0,
                options={"SymmetricMode": True},
            )
            self._apply = factor.solve
        else:
            self.matrix = sp.csr_matrix(matrix)
            if method == "amg":
                hierarchy = _pyamg().smoothed_aggregation_solver(self.matrix, symmetry="hermitian")
                self._preconditioner = hierarchy.aspreconditioner()
            else:
                inverse_diagonal = 1.0 / self.matrix.diagonal()
                self._preconditioner = spla.LinearOperator(
                    self.matrix.shape, matvec=lambda x: inverse_diagonal * np.ravel(x)
                )
            self._apply = self._cg

    @property
    def description(self):
        return {
            "direct": "sparse direct factorisation (SuperLU)",
            "amg": "conjugate gradients with smoothed-aggregation AMG (pyamg), tolerance {:g}".format(
                self.tolerance
            ),
            "cg": "conjugate gradients with a Jacobi preconditioner, tolerance {:g}".format(self.tolerance),
        }[self.method]

    def _cg(self, b):
        counter = [0]

        def count(_):
            counter[0] += 1

        kwargs = {"M": self._preconditioner, "maxiter": 100_000, "callback": count, "atol": 0.0}
        try:
            x, info = spla.cg(self.matrix, b, rtol=self.tolerance, **kwargs)
        except TypeError:  # scipy < 1.12 calls it tol
            x, info = spla.cg(self.matrix, b, tol=self.tolerance, **kwargs)
        self.iterations += counter[0]
        if info != 0:
            raise InvalidInputError(
                QT_TR_NOOP(
                    "The linear solver did not converge ({} iterations). Check the resistance surface for "
                    "extreme values."
                ),
                counter[0],
            )
        return x

    def solve(self, b):
        return self._apply(np.asarray(b, dtype=np.float64))


@dataclass
class CircuitResult:
    """Result of :func:`circuit_flow`.

    Attributes
    ----------
    focal_ids : list of int
    resistances : ndarray
        Pairwise: n x n effective resistances (0 on the diagonal); one-to-all and all-to-one: n values (the
        resistance between the focal region and all the others together). NaN means not connected.
    current : ndarray
        Cumulative current over all pairs or runs, per cell (NaN where a cell is no node).
    voltages : dict, optional
        Focal id -> voltage map of its run (one-to-all and all-to-one, when requested).
    solver : str
        Which linear solver ran.
    solves : int
        Number of linear solves.
    off_grid : list of int
        Focal regions entirely on NoData or zero-conductance cells (reported as not connected).
    """

    focal_ids: list
    resistances: np.ndarray
    current: np.ndarray
    voltages: dict = field(default_factory=dict)
    solver: str = ""
    solves: int = 0
    off_grid: list = field(default_factory=list)


def _terminal_runs(graph, terminals, solver_method, tolerance, progress):
    """Voltage basis for single-node terminals: one solve per terminal beyond one grounded per component.

    Returns the solver description, the number of solves, the basis (node x terminal) with the grounded
    terminals' columns zero, the ground of each terminal's component and the terminal voltage matrix.
    """
    unique = list(dict.fromkeys(terminals))
    component_of = {t: int(graph.component[t]) for t in unique}
    ground = {}
    for t in unique:
        ground.setdefault(component_of[t], t)
    wanted = np.isin(graph.component, list(ground))
    grounded = np.zeros(graph.n_nodes, dtype=bool)
    grounded[list(ground.values())] = True
    free = np.flatnonzero(wanted & ~grounded)
    position = np.full(graph.n_nodes, -1, dtype=np.int64)
    position[free] = np.arange(free.size)
    matrix = graph.laplacian[free][:, free]
    graph.laplacian = None  # only the grounded system is needed from here on (saves memory on big rasters)
    solver = LinearSolver(matrix, method=solver_method, tolerance=tolerance)
    del matrix
    basis = {}
    to_solve = [t for t in unique if ground[component_of[t]] != t]
    for k, t in enumerate(to_solve):
        rhs = np.zeros(free.size)
        rhs[position[t]] = 1.0
        voltages = np.zeros(graph.n_nodes)
        voltages[free] = solver.solve(rhs)
        basis[t] = voltages
        report(progress, (k + 1) / max(1, len(to_solve)))
    return solver, len(to_solve), basis, ground, component_of


def _potentials(basis, injections, ground_potential, n_nodes):
    """Node potentials for injections at terminals (superposition of the basis) plus the ground's potential."""
    out = np.full(n_nodes, float(ground_potential))
    for terminal, amount in injections.items():
        if amount and terminal in basis:
            out += amount * basis[terminal]
    return out


def _terminal_matrix(members, basis, ground):
    """Schur complement of the graph onto the terminals of one component (rows and columns sum to zero)."""
    others = [t for t in members if t != ground]
    m = np.array([[basis[k][j] for k in others] for j in others]) if others else np.zeros((0, 0))
    full = np.zeros((len(members), len(members)))
    if others:
        inner = np.linalg.inv(m)
        inner = (inner + inner.T) / 2.0
        index = [members.index(t) for t in others]
        full[np.ix_(index, index)] = inner
        g = members.index(ground)
        full[g, index] = -inner.sum(axis=0)
        full[index, g] = -inner.sum(axis=1)
        full[g, g] = inner.sum()
    return full


@dataclass
class IncludedPairs:
    """Circuitscape's included-pairs file: which focal regions are solved with which.

    Attributes
    ----------
    mode : {"include", "exclude"}
    ids : list of int
        The focal ids the file names (in include mode, the only ones kept).
    marked : set of (int, int)
        Directed pairs marked in the file (a list file marks both directions).
    """

    mode: str
    ids: list
    marked: set

    def keep(self, focal_ids):
        """The focal ids that take part: in include mode only those the file names."""
        return [i for i in focal_ids if self.mode == "exclude" or i in self.ids]

    def pairwise(self, focal_ids):
        """Unordered pairs to solve in pairwise mode."""
        chosen = set()
        for a in focal_ids:
            for b in focal_ids:
                if a < b:
                    marked = (a, b) in self.marked or (b, a) in self.marked
                    if marked == (self.mode == "include"):
                        chosen.add((a, b))
        return chosen

    def partners(self, focal_ids):
        """Directed pairs (i, j): j takes part in i's one-to-all or all-to-one run (read from i's row)."""
        return {
            (a, b)
            for a in focal_ids
            for b in focal_ids
            if a != b and ((a, b) in self.marked) == (self.mode == "include")
        }


def read_included_pairs(text):
    r"""Parse Circuitscape's included-pairs file (matrix with ``min``/``max`` header lines, or a pair list).

    Matrix: ``min <v>`` and ``max <v>`` lines, then a matrix whose first row and first column are the focal ids;
    a pair is included when its entry lies between min and max. List: a ``mode include`` or ``mode exclude`` line
    then one pair of ids per line (id 0 is ignored).

    Examples
    --------
    >>> p = read_included_pairs("mode include\n1 2\n1 3\n")
    >>> p.mode, p.ids, sorted(p.pairwise([1, 2, 3]))
    ('include', [1, 2, 3], [(1, 2), (1, 3)])
    >>> m = read_included_pairs("min 2\nmax 50\n0 1 2 3\n1 0 9 1\n2 9 0 0\n3 1 0 0\n")
    >>> sorted(m.pairwise([1, 2, 3]))
    [(1, 2)]
    """
    lines = [line.split() for line in text.splitlines() if line.strip()]
    if not lines:
        raise InvalidInputError(QT_TR_NOOP("The included-pairs file is empty."))
    head = lines[0][0].lower()
    try:
        if head == "min":
            low, high = float(lines[0][1]), float(lines[1][1])
            table = np.array([[float(x) for x in row] for row in lines[2:]])
            ids = [int(v) for v in table[1:, 0]]
            values = table[1:, 1:]
            values = np.where(values > high, 0.0, values)
            marked = {(ids[r], ids[c]) for r, c in zip(*np.nonzero(values >= low)) if r != c}
            return IncludedPairs("include", ids, marked)
        if head == "mode":
            mode = lines[0][1].lower()
            if mode not in ("include", "exclude"):
                raise ValueError(mode)
            pairs = [(int(float(a)), int(float(b))) for a, b, *_ in lines[1:]]
            marked = {(a, b) for a, b in pairs if a and b} | {(b, a) for a, b in pairs if a and b}
            ids = sorted({v for pair in pairs for v in pair if v})
            return IncludedPairs(mode, ids, marked)
    except (ValueError, IndexError):
        pass
    raise InvalidInputError(
        QT_TR_NOOP(
            'The included-pairs file is not in Circuitscape\'s format: start with "mode include", '
            '"mode exclude" or "min" and "max" lines.'
        )
    )


def read_source_strengths(text):
    r"""Parse Circuitscape's variable source strengths: ``id strength`` per line.

    Examples
    --------
    >>> read_source_strengths("1 0.5\n3 2\n")
    {1: 0.5, 3: 2.0}
    """
    out = {}
    for number, line in enumerate(text.splitlines(), start=1):
        parts = line.split()
        if not parts or parts[0].startswith("#"):
            continue
        try:
            out[int(float(parts[0]))] = float(parts[1])
        except (ValueError, IndexError):
            raise InvalidInputError(
                QT_TR_NOOP('Line {} of the source strengths file is not "id strength".'), number
            ) from None
        if out[int(float(parts[0]))] < 0:
            raise InvalidInputError(QT_TR_NOOP("Source strengths must not be negative (line {})."), number)
    return out


def _terminal_solve(schur, group, grounded, injections):
    """Terminal potentials of one component: ``grounded`` terminals at 0 V, ``injections`` (A) elsewhere."""
    free = [j for j, t in enumerate(group) if t not in grounded]
    potentials = np.zeros(len(group))
    if free:
        amounts = np.array([injections.get(group[j], 0.0) for j in free])
        potentials[free] = np.linalg.solve(schur[np.ix_(free, free)], amounts)
    return potentials


def circuit_flow(
    values,
    focal,
    *,
    mode="pairwise",
    values_are_conductance=False,
    polygons=None,
    four_neighbours=False,
    average_resistances=False,
    solver="auto",
    tolerance=1e-6,
    return_voltages=False,
    pair_current=None,
    pairs=None,
    strengths=None,
    progress=None,
):
    """Effective resistances and cumulative current between focal regions (Circuitscape raster modes).

    Parameters
    ----------
    values : array_like, 2-D
        Resistance (or conductance) per cell; NaN is NoData.
    focal : array_like of int, same shape, or dict
        Focal region id per cell (0: none); cells sharing an id form one focal region. Or a dict
        ``{id: flat cell indices}``, which lets two ids share a cell (two focal points in one cell are 0 apart).
    mode : {"pairwise", "one_to_all", "all_to_one"}, keyword-only
    values_are_conductance, four_neighbours, average_resistances : bool, keyword-only
    polygons : array_like of int, optional, keyword-only
        Short-circuit region ids (0: none).
    solver : {"auto", "direct", "amg", "cg"}, keyword-only
        See :class:`LinearSolver`.
    tolerance : float, keyword-only
    return_voltages : bool, keyword-only
        Keep the voltage map of every run (one-to-all and all-to-one).
    pair_current : callable, optional, keyword-only
        Called as ``pair_current(id_a, id_b, current_map)`` for every pair solved (pairwise), or
        ``pair_current(id, None, current_map)`` for every run.
    pairs : set of (id, id), optional, keyword-only
        Circuitscape's included pairs. Pairwise: only pairs listed (either way round) are solved. One-to-all
        and all-to-one: ``(i, j)`` lets j take part in i's run (grounded, or injecting current). Default: all.
    strengths : dict, optional, keyword-only
        Current injected by each focal region in one-to-all and all-to-one modes (default 1 A; a missing id
        injects 1 A; a focal region of strength 0 is not solved in one-to-all mode). As in Circuitscape, in
        all-to-one mode with strengths, focal regions outside a run's included pairs still inject 1 A.
    progress : callable, optional, keyword-only

    Returns
    -------
    CircuitResult

    Raises
    ------
    InvalidInputError
        Fewer than two focal regions on conducting cells, an unknown mode. A focal region entirely on NoData is
        not an error: it is reported as not connected (as Circuitscape does) and listed in ``off_grid``.

    Notes
    -----
    Pairwise with single-node focal regions, one-to-all and all-to-one need n - c linear solves with one
    factorisation or preconditioner (n focal regions in c connected components). Pairwise with focal regions of
    several nodes short-circuits each region only while its own pair is solved, so each pair is a system of its
    own: the graph and Laplacian are built once and contracted per pair.

    Examples
    --------
    >>> r = np.ones((1, 5))
    >>> f = np.array([[1, 0, 0, 0, 2]])
    >>> res = circuit_flow(r, f)
    >>> float(res.resistances[0, 1])  # four unit resistors in series
    4.0
    >>> res.current.tolist()
    [[1.0, 1.0, 1.0, 1.0, 1.0]]
    """
    if mode not in MODES:
        raise InvalidInputError(QT_TR_NOOP("Unknown mode {!r}; use one of {}."), mode, ", ".join(MODES))
    cond = conductance_map(values, values_are_conductance=values_are_conductance)
    if isinstance(focal, dict):
        regions = {key: np.unique(np.asarray(cells, dtype=np.int64)) for key, cells in sorted(focal.items())}
        if any(c.size and (c.min() < 0 or c.max() >= cond.size) for c in regions.values()):
            raise InvalidInputError(QT_TR_NOOP("Focal cells must lie on the resistance surface."))
    else:
        focal = np.asarray(focal)
        if focal.shape != cond.shape:
            raise InvalidInputError(
                QT_TR_NOOP("The focal regions must be on the grid of the resistance surface.")
            )
        regions = focal_regions(focal)
    if len(regions) < 2:
        raise InvalidInputError(QT_TR_NOOP("At least two focal regions are needed; found {}."), len(regions))
    ids = list(regions)
    valid = cond.ravel() > 0
    # a focal cell is usable when it conducts or lies in a short-circuit region that conducts somewhere
    usable = valid if polygons is None else node_map(cond, polygons).ravel() > 0
    off_grid = [i for i in ids if not np.any(usable[regions[i]])]
    live = [i for i in ids if i not in off_grid]
    if len(live) < 2:
        raise InvalidInputError(
            QT_TR_NOOP(
                "Fewer than two focal regions lie on cells that conduct; focal regions entirely on NoData "
                "(or zero-conductance) cells: {}."
            ),
            ", ".join(str(i) for i in off_grid) or "-",
        )
    in_polygon = np.zeros(valid.size, dtype=bool) if polygons is None else np.asarray(polygons).ravel() > 0
    if mode == "pairwise":
        # NoData cells of a focal region join it only while the region is solved (Circuitscape's focal regions)
        optional = [c[~valid[c] & ~in_polygon[c]] for i, c in regions.items() if i in live and c.size > 1]
        optional = np.concatenate(optional) if optional else np.zeros(0, dtype=np.int64)
        nodes = node_map(cond, polygons, optional=optional)
    else:
        nodes = node_map(cond, polygons, groups=[regions[i] for i in live])
    graph = CircuitGraph(
        cond, nodes, four_neighbours=four_neighbours, average_resistances=average_resistances
    )
    flat_nodes = nodes.ravel()
    region_nodes = {}
    for i in live:
        found = np.unique(flat_nodes[regions[i]])
        region_nodes[i] = found[found > 0] - 1
    # pairwise: a pair is solved when listed either way; runs: (i, j) means j takes part in i's run
    allowed = None if pairs is None else {(a, b) for a, b in pairs} | {(b, a) for a, b in pairs}
    partner_of = None if pairs is None else set(pairs)
    if mode == "pairwise" and any(len(v) > 1 for v in region_nodes.values()):
        return _pairwise_regions(
            graph, ids, region_nodes, optional, solver, tolerance, pair_current, allowed, progress
        )
    terminals = {i: int(region_nodes[i][0]) for i in live}
    solve_progress = subrange(progress, 0.0, 0.6)
    linear, n_solves, basis, ground, component_of = _terminal_runs(
        graph, [terminals[i] for i in live], solver, tolerance, solve_progress
    )
    members = {}
    for i in live:
        members.setdefault(component_of[terminals[i]], [])
        if terminals[i] not in members[component_of[terminals[i]]]:
            members[component_of[terminals[i]]].append(terminals[i])
    schur = {c: _terminal_matrix(m, basis, ground[c]) for c, m in members.items()}
    current = np.zeros(graph.n_nodes)
    n = len(ids)
    result = CircuitResult(
        focal_ids=ids,
        resistances=None,
        current=None,
        solver=linear.description,
        solves=n_solves,
        off_grid=off_grid,
    )
    run_progress = subrange(progress, 0.6, 1.0)
    if mode == "pairwise":
        resistances = np.full((n, n), np.nan)
        np.fill_diagonal(resistances, 0.0)
        todo = [(a, b) for a in range(n) for b in range(a + 1, n)]
        for k, (a, b) in enumerate(todo):
            if ids[a] not in terminals or ids[b] not in terminals:
                continue
            if allowed is not None and (ids[a], ids[b]) not in allowed:
                continue
            ta, tb = terminals[ids[a]], terminals[ids[b]]
            if component_of[ta] != component_of[tb]:
                continue
            if ta == tb:
                resistances[a, b] = resistances[b, a] = 0.0
                continue
            potentials = _potentials(basis, {ta: 1.0, tb: -1.0}, 0.0, graph.n_nodes)
            resistances[a, b] = resistances[b, a] = potentials[ta] - potentials[tb]
            flow = graph.node_currents(potentials)
            current += flow
            if pair_current is not None:
                pair_current(ids[a], ids[b], graph.cell_values(flow))
            report(run_progress, (k + 1) / len(todo))
        result.resistances = resistances
    else:
        resistances = np.full(n, np.nan)

        def strength(i):
            return 1.0 if strengths is None else float(strengths.get(i, 1.0))

        for k, i in enumerate(ids):
            if i not in terminals or (mode == "one_to_all" and strength(i) == 0):
                continue
            ti = terminals[i]
            c = component_of[ti]
            group = members[c]
            partners = [
                j
                for j in live
                if j != i and component_of[terminals[j]] == c and (partner_of is None or (i, j) in partner_of)
            ]
            # Circuitscape's conflict rules: a node both source and ground stays a source in one-to-all mode
            # and a ground in all-to-one mode.
            grounded = {terminals[j] for j in partners} - {ti}
            if not grounded:
                continue
            resistances[k] = _terminal_solve(schur[c], group, grounded, {ti: 1.0})[group.index(ti)]
            if mode == "one_to_all":
                v_terminals = _terminal_solve(schur[c], group, grounded, {ti: strength(i)})
            else:
                injections = {}
                for j in live:
                    if j == i or component_of[terminals[j]] != c or terminals[j] == ti:
                        continue
                    if j in partners:
                        injections[terminals[j]] = injections.get(terminals[j], 0.0) + strength(j)
                    elif (
                        strengths is not None
                    ):  # Circuitscape: with strengths, the other regions still inject 1 A
                        injections[terminals[j]] = injections.get(terminals[j], 0.0) + 1.0
                if not any(injections.values()):
                    resistances[k] = np.nan
                    continue
                v_terminals = _terminal_solve(schur[c], group, {ti}, injections)
            injected = dict(zip(group, schur[c] @ v_terminals))
            potentials = _potentials(basis, injected, v_terminals[group.index(ground[c])], graph.n_nodes)
            potentials[graph.component != c] = 0.0
            flow = graph.node_currents(potentials)
            current += flow
            if return_voltages:
                volt = np.where(graph.component == c, potentials, np.nan)
                result.voltages[i] = graph.cell_values(volt)
            if pair_current is not None:
                pair_current(i, None, graph.cell_values(flow))
            report(run_progress, (k + 1) / n)
        result.resistances = resistances
    result.current = graph.cell_values(current)
    report(progress, 1.0)
    return result


def _pairwise_regions(graph, ids, region_nodes, optional, solver, tolerance, pair_current, allowed, progress):
    """Pairwise mode when focal regions span several nodes: each pair is contracted and solved on its own."""
    n = len(ids)
    resistances = np.full((n, n), np.nan)
    np.fill_diagonal(resistances, 0.0)
    current_cells = np.zeros(graph.shape)
    pairs = [(a, b) for a in range(n) for b in range(a + 1, n)]
    description, solves = "", 0
    base_nodes = graph.nodes
    extra = np.unique(base_nodes.ravel()[optional]) - 1 if len(optional) else np.zeros(0, dtype=np.int64)
    for k, (a, b) in enumerate(pairs):
        if ids[a] not in region_nodes or ids[b] not in region_nodes:
            continue
        if allowed is not None and (ids[a], ids[b]) not in allowed:
            continue
        na, nb = region_nodes[ids[a]], region_nodes[ids[b]]
        if np.intersect1d(na, nb).size:
            resistances[a, b] = resistances[b, a] = 0.0
            continue
        relabel = np.arange(graph.n_nodes)
        relabel[na] = na[0]
        relabel[nb] = nb[0]
        dropped = np.setdiff1d(extra, np.concatenate([na, nb]))  # NoData cells of the other focal regions
        relabel[dropped] = -1
        used, relabel = np.unique(relabel, return_inverse=True)
        if used[0] == -1:
            relabel -= 1  # the dropped nodes become -1, the others 0..size-1
        size = int(relabel.max()) + 1
        kept = relabel >= 0
        project = sp.csr_matrix(
            (np.ones(int(kept.sum())), (np.flatnonzero(kept), relabel[kept])), shape=(graph.n_nodes, size)
        )
        adjacency = (project.T @ graph.adjacency @ project).tocsr()
        adjacency = (
            adjacency - sp.diags(adjacency.diagonal())
        ).tocsr()  # drop the self-loops of merged nodes
        adjacency.eliminate_zeros()
        _, component = connected_components(adjacency, directed=False)
        source, sink = int(relabel[na[0]]), int(relabel[nb[0]])
        if component[source] != component[sink]:
            report(progress, (k + 1) / len(pairs))
            continue
        keep = np.flatnonzero((component == component[source]) & (np.arange(size) != sink))
        laplacian = sp.diags(np.asarray(adjacency.sum(axis=1)).ravel()) - adjacency
        matrix = laplacian.tocsr()[keep][:, keep]
        linear = LinearSolver(matrix, method=solver, tolerance=tolerance)
        description = linear.description
        rhs = np.zeros(keep.size)
        rhs[np.searchsorted(keep, source)] = 1.0
        potentials = np.zeros(size)
        potentials[keep] = linear.solve(rhs)
        solves += 1
        resistances[a, b] = resistances[b, a] = potentials[source]
        cell_node = np.where(base_nodes > 0, relabel[np.maximum(base_nodes, 1) - 1] + 1, 0)
        flow = graph.node_currents(potentials, nodes=cell_node)
        cells = graph.cell_values(flow, nodes=cell_node)
        current_cells += np.nan_to_num(cells)
        if pair_current is not None:
            pair_current(ids[a], ids[b], cells)
        report(progress, (k + 1) / len(pairs))
    is_node = base_nodes > 0
    if len(optional):  # NoData cells of focal regions show current only where a pair used them
        is_node.ravel()[optional] = current_cells.ravel()[optional] != 0
    current = np.where(is_node, current_cells, np.nan)
    report(progress, 1.0)
    return CircuitResult(
        focal_ids=ids,
        resistances=resistances,
        current=current,
        solver=description + " (one system per pair of focal regions)",
        solves=solves,
        off_grid=[i for i in ids if i not in region_nodes],
    )
