# SPDX-FileCopyrightText: 2026 GPEC Connectivity contributors
# SPDX-License-Identifier: GPL-2.0-or-later
"""Habitat-network connectivity: IIC, PC, the equivalent connected area and the importance of nodes and links.

Definitions (Saura & Pascual-Hortal 2007, Landscape and Urban Planning 83:91-103; Saura & Rubio 2010,
Ecography 33:523-537; Saura et al. 2011, Ecological Indicators 11:407-416; Conefor 2.6 manual, Saura & Torne
2012). Nodes carry an attribute ``a_i`` (area or quality-weighted area); ``A_L`` is the maximum landscape
attribute (the area of the study area).

- ``IIC = sum_i sum_j a_i a_j / (1 + nl_ij) / A_L^2`` where ``nl_ij`` is the number of links on the shortest
  topological path between i and j in the binary graph of links ``d_ij <= distance`` (``1 / (1 + nl_ij) = 0``
  for unconnected pairs, ``nl_ii = 0``).
- ``PC = sum_i sum_j a_i a_j p*_ij / A_L^2`` where ``p*_ij`` is the maximum product of the direct
  probabilities ``p_ij = exp(-k d_ij)`` over all paths from i to j (``p*_ii = 1``), and ``k = -ln(p) / d`` for
  a probability ``p`` at the distance ``d`` (by default 0.5 at the median dispersal distance).
- ``ECA = sqrt(sum_i sum_j a_i a_j p*_ij) = A_L sqrt(PC)`` (likewise ECA(IIC)).
- For every node k: ``dPC_k = 100 (PC - PC_k) / PC`` with ``PC_k`` the index once node k is removed, split into
  ``dPCintra_k = 100 a_k^2 / (A_L^2 PC)``, ``dPCflux_k = 100 * 2 sum_{i != k} a_i a_k p*_ik / (A_L^2 PC)`` (both
  directions, as Conefor and Graphab count them) and ``dPCconnector_k = dPC_k - dPCintra_k - dPCflux_k``; the
  same for IIC. For every link: ``dPC = 100 (PC - PC_without_the_link) / PC``.
- ``BC-PC_k`` (Bodin & Saura 2010, Ecological Modelling 221:2393-2405): the sum of ``a_i a_j p*_ij`` over the
  ordered pairs ``i != j`` (both different from k) whose maximum-probability path passes through k.

How it is computed. ``-ln p*_ij`` is the shortest-path distance over the weights ``-ln p_ij = k d_ij``, so
``p*`` comes from Dijkstra's algorithm (scipy's ``csgraph``), one source at a time. Removing node k only changes
the pairs whose best path passes through it: for a source i, the descendants of k in i's shortest-path tree. For
every source the replacement distances of all of them, for every k at once, come from a single Dijkstra run on an
auxiliary graph holding one copy of each subtree, entered from the rest of the graph at the distances that do not
change (a running minimum over the depths of the common ancestors gives every entry in one pass). Removing the
tree link (pred(y), y) needs no further search: the best path to y then arrives over another link, from outside
y's subtree or from below y avoiding y, and a node j below y is reached either avoiding y or through y and down
the tree. A direct link with two shorter two-link detours through different nodes can never carry a best path,
even with one node removed, and is dropped from the routing graph first.
"""

from dataclasses import dataclass, field

import numpy as np
from scipy.sparse import csr_matrix
from scipy.sparse.csgraph import connected_components, dijkstra

from .errors import QT_TR_NOOP, InvalidInputError, TooLargeError
from .memory import available_memory, format_bytes
from .progress import report

__all__ = [
    "LinkTable",
    "NetworkResult",
    "check_network_memory",
    "dispersal_rate",
    "eca_numerator",
    "eca_numerators",
    "network_bytes",
    "network_indices",
    "pair_list",
]

#: Smallest routing weight: touching patches (distance 0) get this instead of 0, so that among equally probable
#: paths the one with fewer links is chosen (a touching neighbour is not a stepping stone for its own neighbour).
_TIE = 1e-300


@dataclass
class LinkTable:
    """The direct links of the network (one row per unordered pair of nodes within the maximum link distance).

    Attributes
    ----------
    from_node, to_node : ndarray of int
        Node indices, ``from_node < to_node``.
    distance : ndarray of float
        ``d_ij``.
    probability : ndarray of float
        Direct probability ``p_ij = exp(-k d_ij)``.
    best_probability : ndarray of float
        ``p*_ij``, the maximum product probability between the two nodes (>= ``p_ij``).
    d_pc : ndarray of float
        Percentage of PC lost when the link is removed (0 for a link that carries no best path; NaN when link
        importance was not computed).
    iic_link : ndarray of bool
        The link is a binary IIC link (``d_ij <= iic_distance``).
    """

    from_node: np.ndarray
    to_node: np.ndarray
    distance: np.ndarray
    probability: np.ndarray
    best_probability: np.ndarray
    d_pc: np.ndarray
    iic_link: np.ndarray

    def __len__(self):
        return len(self.from_node)


@dataclass
class NetworkResult:
    """Result of :func:`network_indices`. Node arrays follow the order of the attributes; percentages are 0 when
    the index itself is 0. Values that were not computed are NaN, never 0: without node importance, ``d_pc``,
    ``d_pc_connector``, ``bc_pc``, ``d_iic`` and ``d_iic_connector`` (the intra and flux fractions are always
    computed); without link importance, ``links.d_pc``.

    Attributes
    ----------
    attributes : ndarray
    landscape_area : float
        ``A_L``.
    pc, iic : float
        The indices (0 to 1 when ``A_L`` >= the total attribute).
    pc_numerator, iic_numerator : float
        ``PC * A_L^2`` and ``IIC * A_L^2``.
    eca_pc, eca_iic : float
        Equivalent connected area (attribute units).
    components : int
        Number of connected components of the binary graph (links ``d_ij <= iic_distance``).
    iic_distance : float
        The distance threshold of IIC's binary links (the dispersal distance unless given).
    component : ndarray of int
        Component label of each node (0 .. components - 1).
    d_pc, d_pc_intra, d_pc_flux, d_pc_connector : ndarray
    d_iic, d_iic_intra, d_iic_flux, d_iic_connector : ndarray
    bc_pc : ndarray
        Generalised betweenness BC-PC (attribute units squared).
    links : LinkTable
    """

    attributes: np.ndarray
    landscape_area: float
    pc: float
    pc_numerator: float
    eca_pc: float
    iic: float
    iic_numerator: float
    eca_iic: float
    components: int
    component: np.ndarray
    d_pc: np.ndarray
    d_pc_intra: np.ndarray
    d_pc_flux: np.ndarray
    d_pc_connector: np.ndarray
    bc_pc: np.ndarray
    d_iic: np.ndarray
    d_iic_intra: np.ndarray
    d_iic_flux: np.ndarray
    d_iic_connector: np.ndarray
    links: LinkTable = field(default=None)
    iic_distance: float = field(default=None)


def dispersal_rate(distance, probability=0.5):
    """The decay rate ``k = -ln(p) / d`` of the negative exponential kernel ``p_ij = exp(-k d_ij)``.

    Parameters
    ----------
    distance : float
        Distance at which the direct probability is ``probability`` (e.g. the median dispersal distance).
    probability : float
        Strictly between 0 and 1.

    Examples
    --------
    >>> round(float(np.exp(-dispersal_rate(10.0, 0.5) * 20.0)), 6)
    0.25
    """
    distance = float(distance)
    probability = float(probability)
    if not np.isfinite(distance) or distance <= 0:
        raise InvalidInputError(
            QT_TR_NOOP("The dispersal distance must be positive (got {}). Give it in map units (metres)."),
            distance,
        )
    if not (0.0 < probability < 1.0):
        raise InvalidInputError(
            QT_TR_NOOP(
                "The probability must lie strictly between 0 and 1 (got {}); 0.5 at the median dispersal "
                "distance is the usual choice."
            ),
            probability,
        )
    return -np.log(probability) / distance


def pair_list(distances, max_distance=None):
    """Unordered pairs ``(i, j, d_ij)``, ``i < j``, from a dense matrix, keeping finite ``d_ij <= max_distance``.

    Parameters
    ----------
    distances : array_like, shape (n, n)
        Symmetric; ``inf`` or NaN for no link.
    max_distance : float, optional

    Returns
    -------
    i, j : ndarray of int64
    d : ndarray of float64
    """
    matrix = np.asarray(distances, dtype=float)
    if matrix.ndim != 2 or matrix.shape[0] != matrix.shape[1]:
        raise InvalidInputError(
            QT_TR_NOOP("The distance matrix must be square (got shape {})."), matrix.shape
        )
    i, j = np.triu_indices(matrix.shape[0], 1)
    d = matrix[i, j]
    keep = np.isfinite(d)
    if max_distance is not None:
        keep &= d <= max_distance
    return i[keep].astype(np.int64), j[keep].astype(np.int64), d[keep]


def _as_pairs(n, distances, max_distance):
    if isinstance(distances, tuple):
        i, j, d = (np.asarray(x) for x in distances)
        i = i.astype(np.int64)
        j = j.astype(np.int64)
        d = d.astype(float)
        if not (i.shape == j.shape == d.shape):
            raise InvalidInputError(QT_TR_NOOP("The pair lists i, j and d must have the same length."))
        if i.size and (min(i.min(), j.min()) < 0 or max(i.max(), j.max()) >= n):
            raise InvalidInputError(QT_TR_NOOP("A pair refers to a node that does not exist."))
        if np.any(i == j):
            raise InvalidInputError(QT_TR_NOOP("A pair joins a node to itself."))
        lo, hi = np.minimum(i, j), np.maximum(i, j)
        keep = np.isfinite(d)
        if max_distance is not None:
            keep &= d <= max_distance
        lo, hi, d = lo[keep], hi[keep], d[keep]
        key = lo * n + hi
        if np.unique(key).size != key.size:
            raise InvalidInputError(QT_TR_NOOP("A pair of nodes appears twice in the pair list."))
        order = np.argsort(key, kind="stable")
        i, j, d = lo[order], hi[order], d[order]
    else:
        matrix = np.asarray(distances, dtype=float)
        if matrix.shape != (n, n):
            raise InvalidInputError(
                QT_TR_NOOP("The distance matrix has shape {} but there are {} nodes."), matrix.shape, n
            )
        i, j, d = pair_list(matrix, max_distance)
    if np.any(np.isnan(d)) or np.any(d < 0):
        raise InvalidInputError(QT_TR_NOOP("Distances between nodes must be zero or positive."))
    return i, j, d


def network_bytes(n, n_pairs=None):
    """Estimated peak working memory (bytes) of :func:`network_indices` for ``n`` nodes and ``n_pairs`` candidate
    links (all ``n (n - 1) / 2`` pairs when there is no maximum link distance).

    About 150 bytes per candidate link (pair lists, routing graph, link table), 20 bytes per entry of the dense
    ``n x n`` pruning step of an (almost) complete graph, the distance rows of one block of sources and the
    auxiliary graph of one source (its links times the depth of its shortest-path tree, taken as 2 sqrt(n)).
    """
    n = int(n)
    complete = n * (n - 1) // 2
    pairs = complete if n_pairs is None else int(n_pairs)
    dense = 20 * n * n if (pairs > complete // 8 and n <= 6000) else 0
    auxiliary = 60 * min(pairs, 20 * n) * int(2 * np.sqrt(n) + 1)
    return 150 * pairs + dense + auxiliary + 100 * 2**20


def check_network_memory(n, n_pairs=None, *, available=None):
    """Refuse a network whose working memory would not fit, with the estimate and what to do.

    Raises
    ------
    TooLargeError
    """
    needed = network_bytes(n, n_pairs)
    if available is None:
        available = available_memory()
    if available is None or needed <= available:
        return
    raise TooLargeError(
        QT_TR_NOOP(
            "{} nodes with {} candidate links need about {} of memory but only {} is available. Set a maximum "
            "link distance (pairs farther apart are not linked directly; they still connect through stepping "
            "stones), or split the study area, then run again."
        ),
        "{:,}".format(int(n)),
        "{:,}".format(int(n * (n - 1) // 2 if n_pairs is None else n_pairs)),
        format_bytes(needed),
        format_bytes(available),
        needed=needed,
        available=available,
    )


def _validate_attributes(attributes):
    a = np.asarray(attributes, dtype=float).ravel()
    if np.any(~np.isfinite(a)):
        raise InvalidInputError(QT_TR_NOOP("Node attributes must be finite numbers (no NULL or NaN)."))
    if np.any(a < 0):
        raise InvalidInputError(
            QT_TR_NOOP("Node attributes must be zero or positive ({} negative value(s))."), int(np.sum(a < 0))
        )
    return a


def _pc_value(dist):
    return np.exp(-dist)


def _iic_value(dist):
    return 1.0 / (1.0 + dist)


def _prune_detoured(n, i, j, w, detours=2):
    """Mask of the pairs to keep for routing.

    A link with a strictly shorter two-link detour never carries a best path; with ``detours=2`` (two detours
    through two different nodes) it carries none even with any one node removed (induction on the link weight,
    the detour links being strictly shorter). Scale-free: the same mask serves every dispersal rate.
    """
    m = i.size
    keep = np.ones(m, dtype=bool)
    if m == 0:
        return keep
    degree = np.bincount(i, minlength=n) + np.bincount(j, minlength=n)
    if float(np.sum(degree.astype(float) ** 2)) <= 2e7:
        # Sparse: enumerate the pairs of neighbours of every middle node.
        u = np.concatenate([i, j])
        v = np.concatenate([j, i])
        ww = np.concatenate([w, w])
        order = np.argsort(u, kind="stable")
        u, v, ww = u[order], v[order], ww[order]
        start = np.searchsorted(u, np.arange(n + 1))
        key = i * n + j  # sorted (pairs come sorted from _as_pairs)
        count = np.zeros(m, dtype=np.int64)
        for mid in np.flatnonzero(degree >= 2):
            nb, nw = v[start[mid] : start[mid + 1]], ww[start[mid] : start[mid + 1]]
            a, b = np.triu_indices(nb.size, 1)
            x, y = nb[a], nb[b]
            lo, hi = np.minimum(x, y), np.maximum(x, y)
            pos = np.searchsorted(key, lo * n + hi)
            pos = np.minimum(pos, m - 1)
            found = key[pos] == lo * n + hi
            shorter = found & (nw[a] + nw[b] < w[pos])
            np.add.at(count, pos[shorter], 1)
        return count < detours
    if n > 6000:
        return keep  # too large to check densely; every link is kept (still exact, only slower)
    weights = np.full((n, n), np.inf)
    weights[i, j] = w
    weights[j, i] = w
    count = np.zeros((n, n), dtype=np.int32)
    for u in range(n - 1):
        rest = weights[:, u + 1 :]
        detour = weights[u][:, None] + rest
        count[u, u + 1 :] = np.count_nonzero(detour < weights[u, u + 1 :][None, :], axis=0)
    return count[i, j] < detours


class _Routing:
    """The routing graph of one index: undirected links (u < v) with positive weights, as CSR."""

    def __init__(self, n, u, v, w):
        self.n = n
        self.u, self.v, self.w = u, v, w
        rows = np.concatenate([u, v])
        cols = np.concatenate([v, u])
        data = np.concatenate([w, w])
        self.graph = csr_matrix((data, (rows, cols)), shape=(n, n))
        self.key = u * n + v  # sorted


def _depths(root, nodes, pred, n):
    """Depth of every node in a shortest-path tree (pointer jumping, O(n log depth))."""
    hop = np.full(n, root, dtype=np.int64)
    hop[nodes] = pred[nodes]
    depth = np.zeros(n, dtype=np.int64)
    depth[nodes] = 1
    active = nodes[hop[nodes] != root]
    while active.size:
        up = hop[active]
        depth[active] += depth[up]
        hop[active] = hop[up]
        active = active[hop[active] != root]
    return depth


class _Tree:
    """A shortest-path tree from ``root``: the depth and the proper ancestors (root excluded) of every node."""

    def __init__(self, root, pred, n):
        self.root = root
        self.nodes = np.flatnonzero(pred >= 0)
        nodes = self.nodes
        self.pred = pred.astype(np.int64)
        self.depth = _depths(root, nodes, self.pred, n)
        depth = self.depth
        self.max_depth = int(depth.max()) if nodes.size else 0
        # Ancestors strictly between the root and the node: node j holds depth(j) - 1 of them, the one at depth
        # delta at position start[j] + depth(j) - 1 - delta.
        count = depth[nodes] - 1
        self.start = np.zeros(n, dtype=np.int64)
        self.start[nodes] = np.cumsum(count) - count
        self.size_t = int(count.sum())
        self.t_node = np.repeat(nodes, count)
        self.t_anc = np.empty(self.size_t, dtype=np.int64)
        live = count > 0
        current = self.pred[nodes[live]]
        position = self.start[nodes[live]]
        left = count[live]
        while current.size:
            self.t_anc[position] = current
            left = left - 1
            more = left > 0
            current = self.pred[current[more]]
            position = position[more] + 1
            left = left[more]
        self.t_depth = depth[self.t_anc]

    def ancestor(self, x, delta):
        """Ancestor of each ``x`` at depth ``delta`` (0 <= delta <= depth(x))."""
        x = np.asarray(x)
        delta = np.asarray(delta)
        out = np.where(delta == 0, self.root, x)
        inner = (delta > 0) & (delta < self.depth[x])
        out[inner] = self.t_anc[self.start[x[inner]] + self.depth[x[inner]] - 1 - delta[inner]]
        return out

    def lca_depth(self, x, y):
        """Depth of the lowest common ancestor of each pair (x, y) (binary search over depths)."""
        lo = np.zeros(x.size, dtype=np.int64)
        hi = np.minimum(self.depth[x], self.depth[y])
        active = np.flatnonzero(lo < hi)
        while active.size:
            mid = (lo[active] + hi[active] + 1) // 2
            same = self.ancestor(x[active], mid) == self.ancestor(y[active], mid)
            lo[active[same]] = mid[same]
            hi[active[~same]] = mid[~same] - 1
            active = active[lo[active] < hi[active]]
        return lo


def _replacement_distances(tree, dist, reach_u, reach_v, reach_w, lca, *, links):
    """Distances from the root once a node is removed, for every node below it.

    Returns R for the node triples (k, j) in the tree's layout and, with ``links``, for every node y the distance
    to y itself once its tree link (pred(y), y) is removed (inf where y cannot be reached then).
    """
    depth = tree.depth
    nodes = tree.nodes
    # Entries from outside: a directed link (x -> j) enters the subtrees of the ancestors of j strictly below
    # lca(x, j). Its candidate dist[x] + w goes into slot lca + 1 of j; a running minimum over the slots then
    # gives, for each ancestor depth, the best entry from outside its subtree. The tree link from the parent is
    # skipped: it only enters j's own subtree, where it is the link being removed.
    lcount = depth[nodes]
    lstart = np.zeros(depth.size, dtype=np.int64)
    lstart[nodes] = np.cumsum(lcount) - lcount
    size_l = int(lcount.sum())
    entry = np.full(size_l, np.inf)
    src = np.concatenate([reach_u, reach_v])
    dst = np.concatenate([reach_v, reach_u])
    weight = np.concatenate([reach_w, reach_w])
    slot = np.concatenate([lca, lca]) + 1
    ok = (dst != tree.root) & (slot <= depth[dst]) & (tree.pred[dst] != src)
    src, dst, weight, slot = src[ok], dst[ok], weight[ok], slot[ok]
    np.minimum.at(entry, lstart[dst] + depth[dst] - slot, dist[src] + weight)
    for delta in range(2, tree.max_depth + 1):
        js = nodes[depth[nodes] >= delta]
        here = lstart[js] + depth[js] - delta
        entry[here] = np.minimum(entry[here], entry[here + 1])

    # Node removal: copies of every link (u, v) for the removed ancestors k strictly above both ends.
    tj = tree.t_node
    node_entry = entry[lstart[tj] + depth[tj] - tree.t_depth]
    node_copies = lca - ((lca == depth[reach_u]) | (lca == depth[reach_v]))
    r_node = _copy_dijkstra(
        tree.size_t,
        node_entry,
        tj,
        tree.t_depth,
        tree.start,
        depth - 1,
        reach_u,
        reach_v,
        reach_w,
        node_copies,
    )
    if not links:
        return r_node, None
    # Link removal follows from node removal. Without the tree link (pred(y), y), the best path to y ends with a
    # link (x, y), x != pred(y): from x outside y's subtree at dist[x] (the entry slot depth(y) of y), or from x
    # below y along a path that avoids y, at R_node(y, x). A node j below y is then reached either avoiding y
    # (R_node(y, j)) or through y and down its tree path: R_link(y, y) + dist[j] - dist[y].
    self_r = np.full(depth.size, np.inf)
    self_r[nodes] = entry[lstart[nodes]]
    for low, high in ((reach_u, reach_v), (reach_v, reach_u)):
        under = (lca == depth[high]) & (depth[low] > depth[high]) & (high != tree.root)
        low, high, w = low[under], high[under], reach_w[under]
        np.minimum.at(self_r, high, r_node[tree.start[low] + depth[low] - 1 - depth[high]] + w)
    return r_node, self_r


def _copy_dijkstra(size, entry, row_node, row_delta, base, rows_of, u, v, w, copies):
    """One Dijkstra run over disjoint copies of subtrees, built directly as CSR.

    Row ``base[x] + rows_of[x] - delta`` is node x in copy ``delta`` (1 <= delta <= rows_of[x]); link (u, v)
    exists in copies 1 .. copies[link]. A super source (the last row) enters each row at ``entry``.
    """
    if size == 0:
        return np.zeros(0)
    copies = np.maximum(copies, 0)
    x = np.concatenate([u, v])
    y = np.concatenate([v, u])
    ww = np.concatenate([w, w])
    c = np.concatenate([copies, copies])
    keep = c > 0
    x, y, ww, c = x[keep], y[keep], ww[keep], c[keep]
    top = int(c.max()) + 1 if c.size else 1
    order = np.argsort(x * top + (top - 1 - c), kind="stable")  # by node, most copies first
    x, y, ww, c = x[order], y[order], ww[order], c[order]
    first_edge = np.searchsorted(x, np.arange(base.size))
    # Row (x, delta) holds the links of x present in copy delta: the first count of x's sorted links.
    end = base[x] + rows_of[x]
    counts = np.cumsum(
        np.bincount(end - c, minlength=size + 1)[:size] - np.bincount(end, minlength=size + 1)[:size]
    )
    indptr = np.empty(size + 2, dtype=np.int64)
    indptr[0] = 0
    np.cumsum(counts, out=indptr[1 : size + 1])
    total = int(indptr[size])
    edge = np.repeat(first_edge[row_node] - indptr[:size], counts) + np.arange(total)
    column_base = base[y] + rows_of[y]
    cols = column_base[edge] - np.repeat(row_delta, counts)
    data = ww[edge]
    finite = np.flatnonzero(np.isfinite(entry))
    indptr[size + 1] = total + finite.size
    graph = csr_matrix(
        (np.concatenate([data, entry[finite]]), np.concatenate([cols, finite]), indptr),
        shape=(size + 1, size + 1),
    )
    return dijkstra(graph, directed=True, indices=size)[:size]


class _Accumulator:
    """Sums over sources of one index: numerator, flux, connector, betweenness and link deltas."""

    def __init__(self, n, n_links):
        self.numerator = 0.0
        self.flux = np.zeros(n)
        self.connector = np.zeros(n)
        self.between = np.zeros(n)
        self.link = np.zeros(n_links)


def _sssp_pass(a, routing, value, acc, want, progress, span, *, positive_only=False):
    """Best paths from every node (or every node with a positive attribute): the index numerator, the flux of
    every node and the wanted pair values."""
    n = a.size
    best = np.zeros(want[0].size) if want is not None else None
    nodes = np.flatnonzero(a > 0) if positive_only else np.arange(n)
    if want is not None:
        order = np.argsort(want[0], kind="stable")
        want_v = want[1][order]
        want_start = np.searchsorted(want[0][order], np.arange(n + 1))
    chunk = int(max(1, min(256, 4_000_000 // max(n, 1))))
    for begin in range(0, nodes.size, chunk):
        sources = nodes[begin : begin + chunk]
        dist = dijkstra(routing.graph, directed=True, indices=sources)
        val = value(dist)
        contrib = val @ a
        acc.numerator += float(a[sources] @ contrib)
        acc.flux[sources] = 2.0 * a[sources] * (contrib - a[sources])
        if want is not None:
            for row, i in enumerate(sources):
                lo, hi = want_start[i], want_start[i + 1]
                best[order[lo:hi]] = val[row, want_v[lo:hi]]
        report(progress, span[0] + (span[1] - span[0]) * (begin + sources.size) / max(1, nodes.size))
    return best


def _importance_pass(a, routing, value, acc, *, cutoff, rtol, links, link_lookup, progress, span):
    """Connector fractions, BC-PC and link deltas, source by source (see :func:`network_indices`)."""
    n = a.size
    positive = a > 0
    sources = np.flatnonzero(positive)
    total = float(a.sum())
    for count, i in enumerate(sources):
        limit = np.inf
        if rtol > 0 and acc.numerator > 0:
            limit = cutoff(2.0 * n * a[i] * total / (rtol * acc.numerator))
        d, pred = dijkstra(routing.graph, directed=True, indices=i, return_predecessors=True, limit=limit)
        _source_importance(i, d, pred, a, positive, routing, value, acc, links, link_lookup)
        if count % 8 == 0:
            report(progress, span[0] + (span[1] - span[0]) * count / max(1, sources.size))


def _source_importance(i, d, pred, a, positive, routing, value, acc, links, link_lookup):
    n = a.size
    tree = _Tree(i, pred, n)
    if tree.nodes.size == 0 or (tree.size_t == 0 and not links):
        return
    val = value(d)
    reached = np.isfinite(d)
    ok = reached[routing.u] & reached[routing.v]
    ru, rv, rw = routing.u[ok], routing.v[ok], routing.w[ok]
    lca = tree.lca_depth(ru, rv)
    r_node, self_r = _replacement_distances(tree, d, ru, rv, rw, lca, links=links)
    scale = 2.0 * a[i]
    tj = tree.t_node
    sel = (tj > i) & positive[tj]
    if np.any(sel):
        j = tj[sel]
        k = tree.t_anc[sel]
        fj = val[j]
        lost = a[j] * np.maximum(fj - value(r_node[sel]), 0.0)
        acc.connector += scale * np.bincount(k, weights=lost, minlength=n)
        acc.between += scale * np.bincount(k, weights=a[j] * fj, minlength=n)
    if links:
        # every (y, j) with y an ancestor-or-self of j: the tree link (pred(y), y) carries the pair (i, j)
        depth = tree.depth
        j = tree.nodes[(tree.nodes > i) & positive[tree.nodes]]
        count = depth[j]
        jj = np.repeat(j, count)
        delta = np.arange(jj.size) - np.repeat(np.cumsum(count) - count, count) + 1
        y = tree.ancestor(jj, delta)
        r_link = self_r[y] + (d[jj] - d[y])
        below = delta < depth[jj]
        r_link[below] = np.minimum(
            r_link[below], r_node[tree.start[jj[below]] + depth[jj[below]] - 1 - delta[below]]
        )
        lost = a[jj] * np.maximum(val[jj] - value(r_link), 0.0)
        parent = tree.pred[y]
        key = np.minimum(parent, y) * n + np.maximum(parent, y)
        keys, rows = link_lookup
        pos = np.minimum(np.searchsorted(keys, key), keys.size - 1)
        hit = keys[pos] == key
        acc.link += scale * np.bincount(rows[pos[hit]], weights=lost[hit], minlength=acc.link.size)


def _pc_cutoff(ratio):
    return np.log(ratio) if ratio > 1 else 0.0


def _iic_cutoff(ratio):
    return max(ratio - 1.0, 0.0)


def eca_numerators(attributes, distances, rates):
    """``sum_i sum_j a_i a_j p*_ij`` for each dispersal rate, on one network.

    Zero-attribute nodes take part as stepping stones (ProtConn's transboundary units). Links with a shorter
    two-link detour are dropped first, once for all rates, and best paths are searched from the nodes with a
    positive attribute only.

    Parameters
    ----------
    attributes : array_like, shape (n,)
    distances : array_like (n, n) or tuple (i, j, d)
        Symmetric matrix (``inf`` for no link) or unordered pairs.
    rates : sequence of float
        ``k`` of :func:`dispersal_rate`, one per result.

    Returns
    -------
    list of float

    Examples
    --------
    >>> d = np.array([[0.0, 1.0], [1.0, 0.0]])
    >>> [round(x, 6) for x in eca_numerators([1.0, 1.0], d, [np.log(2.0), np.log(4.0)])]
    [3.0, 2.5]
    """
    a = _validate_attributes(attributes)
    n = a.size
    if n == 0 or not np.any(a > 0):
        return [0.0 for _ in rates]
    i, j, d = _as_pairs(n, distances, None)
    keep = _prune_detoured(n, i, j, np.maximum(d, _TIE), detours=1)
    i, j, d = i[keep], j[keep], d[keep]
    out = []
    for rate in rates:
        routing = _Routing(n, i, j, np.maximum(rate * d, _TIE))
        acc = _Accumulator(n, 0)
        _sssp_pass(a, routing, _pc_value, acc, None, None, (0.0, 1.0), positive_only=True)
        out.append(acc.numerator)
    return out


def eca_numerator(attributes, distances, *, rate):
    """``sum_i sum_j a_i a_j p*_ij`` for one dispersal rate (see :func:`eca_numerators`).

    Examples
    --------
    >>> d = np.array([[0.0, 1.0], [1.0, 0.0]])
    >>> round(eca_numerator([1.0, 1.0], d, rate=np.log(2.0)), 6)
    3.0
    """
    return eca_numerators(attributes, distances, [rate])[0]


def _percent(part, whole):
    if whole <= 0:
        return np.zeros_like(part)
    return 100.0 * part / whole


def _iic_threshold(distance, iic_distance):
    """The binary-link threshold of IIC: ``iic_distance``, or ``distance`` when it is None or 0."""
    if iic_distance is None or iic_distance == 0:
        return float(distance)
    value = float(iic_distance)
    if not np.isfinite(value) or value < 0:
        raise InvalidInputError(
            QT_TR_NOOP(
                "The IIC link distance must be positive, or 0 for the dispersal distance (got {}). Give it in "
                "map units (metres)."
            ),
            iic_distance,
        )
    return value


def network_indices(
    attributes,
    distances,
    *,
    distance,
    probability=0.5,
    iic_distance=None,
    max_link_distance=None,
    landscape_area=None,
    node_importance=True,
    link_importance=True,
    rtol=1e-9,
    progress=None,
):
    """IIC, PC, ECA, components and the importance of every node and link of a habitat network.

    Parameters
    ----------
    attributes : array_like, shape (n,)
        Node attribute (area or quality-weighted area), zero or positive.
    distances : array_like (n, n) or tuple (i, j, d)
        Distances between nodes: a symmetric matrix (``inf`` = no link) or the list of unordered pairs.
    distance : float, keyword-only
        Dispersal distance: the probability is ``probability`` at this distance, and, unless ``iic_distance``
        is given, IIC links are the pairs with ``d_ij <= distance``.
    probability : float, keyword-only
        Direct probability at ``distance`` (default 0.5: ``distance`` is the median dispersal distance).
    iic_distance : float, optional, keyword-only
        Threshold of IIC's binary links (``d_ij <= iic_distance``), Conefor's ``-confAdj`` as opposed to PC's
        ``-confProb``; ``None`` or 0 takes ``distance``. It also defines the components. Pairs beyond
        ``max_link_distance`` are never linked, whatever this threshold.
    max_link_distance : float, optional, keyword-only
        Pairs farther apart are not linked directly (they still connect through stepping stones).
    landscape_area : float, optional, keyword-only
        ``A_L``; default the total attribute.
    node_importance, link_importance : bool, keyword-only
        Compute dIIC/dPC with their connector fractions and BC-PC, and the dPC of every link. What is not
        computed is NaN in the result (``d_pc``, ``d_pc_connector``, ``bc_pc``, ``d_iic``, ``d_iic_connector``
        without node importance; ``links.d_pc`` without link importance); the intra and flux fractions are
        always computed.
    rtol : float, keyword-only
        Tolerance of the importance values: pairs of nodes so improbable that, all together, they could change
        no node's (or link's) connector fraction or BC-PC by more than ``rtol`` times the PC numerator are left
        out of the replacement paths (dPC values are then within ``100 * rtol`` percentage points of the exact
        ones). 0 computes every pair. The indices themselves, the intra and flux fractions and ``p*`` are
        always exact.
    progress : callable, optional, keyword-only

    Returns
    -------
    NetworkResult

    Raises
    ------
    InvalidInputError
        Negative or missing attributes or distances, distance <= 0, iic_distance < 0, probability outside
        (0, 1), ``A_L`` smaller than the total attribute.

    Notes
    -----
    Complexity: the indices take one Dijkstra run per node with a positive attribute, O(n (m + n log n)) for
    ``m`` routing links. The importance takes, per source, one more run over the copies of its subtrees,
    O(T log T) with ``T = sum_j depth(j) + sum_links depth(lca)`` in that source's shortest-path tree: about
    O(n m h log(n h)) overall for trees of mean depth ``h``, against O(n^2 (m + n log n)) for removing every node
    (and O(n m (m + n log n)) for every link) in turn. Link importance adds O(n h) per source. With ``rtol > 0``
    each source's search stops at ``-ln p* = ln(2 n a_i A / (rtol PC_num))`` (A the total attribute), which
    bounds the error as stated. Memory: O(T) per source, plus a dense ``n x n`` step to prune a complete graph.

    Examples
    --------
    Two patches of attribute 1, 10 map units apart, median dispersal distance 10, ``A_L = 4``:

    >>> d = np.array([[0.0, 10.0], [10.0, 0.0]])
    >>> r = network_indices([1.0, 1.0], d, distance=10.0, landscape_area=4.0)
    >>> round(r.pc, 6), round(r.eca_pc, 6), round(r.iic, 6), r.components
    (0.1875, 1.732051, 0.1875, 1)
    >>> [round(x, 4) for x in r.d_pc]
    [66.6667, 66.6667]
    """
    a = _validate_attributes(attributes)
    n = a.size
    rate = dispersal_rate(distance, probability)
    iic_threshold = _iic_threshold(distance, iic_distance)
    if max_link_distance is not None and max_link_distance <= 0:
        max_link_distance = None
    total = float(a.sum())
    if landscape_area is None or landscape_area <= 0:
        area_l = total
    else:
        area_l = float(landscape_area)
        if area_l < total * (1 - 1e-9):
            raise InvalidInputError(
                QT_TR_NOOP(
                    "The landscape area A_L ({:,.6g}) is smaller than the total node attribute ({:,.6g}). A_L is "
                    "the attribute of a single patch covering the whole study area: give the study-area area "
                    "(in the attribute's units)."
                ),
                area_l,
                total,
            )
    u, v, d = _as_pairs(n, distances, max_link_distance)
    check_network_memory(n, u.size)
    report(progress, 0.0)

    # PC routing graph: weights -ln p_ij, with detoured links pruned.
    pc_weight = np.maximum(rate * d, _TIE)
    keep = _prune_detoured(n, u, v, pc_weight)
    pc_routing = _Routing(n, u[keep], v[keep], pc_weight[keep])
    pc = _Accumulator(n, u.size)
    best = _sssp_pass(a, pc_routing, _pc_value, pc, (u, v), progress, (0.0, 0.1))
    if node_importance or link_importance:
        _importance_pass(
            a,
            pc_routing,
            _pc_value,
            pc,
            cutoff=_pc_cutoff,
            rtol=rtol,
            links=link_importance,
            link_lookup=(pc_routing.key, np.flatnonzero(keep)),
            progress=progress,
            span=(0.1, 0.75),
        )
    # IIC: binary links within the dispersal distance, one step each.
    binary = d <= iic_threshold
    iic_routing = _Routing(n, u[binary], v[binary], np.ones(int(binary.sum())))
    iic = _Accumulator(n, 0)
    _sssp_pass(a, iic_routing, _iic_value, iic, None, progress, (0.75, 0.8))
    if node_importance:
        _importance_pass(
            a,
            iic_routing,
            _iic_value,
            iic,
            cutoff=_iic_cutoff,
            rtol=rtol,
            links=False,
            link_lookup=None,
            progress=progress,
            span=(0.8, 1.0),
        )
    components, component = connected_components(iic_routing.graph, directed=False)
    report(progress, 1.0)

    pc_num, iic_num = pc.numerator, iic.numerator
    intra = a * a
    d_pc_intra = _percent(intra, pc_num)
    d_pc_flux = _percent(pc.flux, pc_num)
    d_pc_connector = _percent(pc.connector, pc_num)
    d_iic_intra = _percent(intra, iic_num)
    d_iic_flux = _percent(iic.flux, iic_num)
    d_iic_connector = _percent(iic.connector, iic_num)
    d_pc = d_pc_intra + d_pc_flux + d_pc_connector
    d_iic = d_iic_intra + d_iic_flux + d_iic_connector
    bc_pc = pc.between
    if not node_importance:
        # not computed: NaN, never a total that silently leaves the connector fraction out
        d_pc, d_pc_connector, d_iic, d_iic_connector, bc_pc = (np.full(n, np.nan) for _ in range(5))
    links = LinkTable(
        from_node=u,
        to_node=v,
        distance=d,
        probability=np.exp(-rate * d),
        best_probability=best,
        d_pc=_percent(pc.link, pc_num) if link_importance else np.full(u.size, np.nan),
        iic_link=binary,
    )
    scale = area_l * area_l if area_l > 0 else 1.0
    return NetworkResult(
        attributes=a,
        landscape_area=area_l,
        pc=pc_num / scale if area_l > 0 else 0.0,
        pc_numerator=pc_num,
        eca_pc=float(np.sqrt(pc_num)),
        iic=iic_num / scale if area_l > 0 else 0.0,
        iic_numerator=iic_num,
        eca_iic=float(np.sqrt(iic_num)),
        components=int(components) if n else 0,
        component=component.astype(np.int64),
        d_pc=d_pc,
        d_pc_intra=d_pc_intra,
        d_pc_flux=d_pc_flux,
        d_pc_connector=d_pc_connector,
        bc_pc=bc_pc,
        d_iic=d_iic,
        d_iic_intra=d_iic_intra,
        d_iic_flux=d_iic_flux,
        d_iic_connector=d_iic_connector,
        links=links,
        iic_distance=iic_threshold,
    )
