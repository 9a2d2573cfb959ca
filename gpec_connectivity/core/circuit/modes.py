# SPDX-FileCopyrightText: 2026 GPEC Connectivity contributors
# SPDX-License-Identifier: GPL-2.0-or-later
"""Circuitscape's raster modes: pairwise, one-to-all and all-to-one, by superposition of one voltage basis."""

from dataclasses import dataclass, field

import numpy as np
import scipy.sparse as sp
from scipy.sparse.csgraph import connected_components

from ..errors import QT_TR_NOOP, InvalidInputError
from ..progress import report, subrange
from .graph import CircuitGraph, conductance_map, focal_regions, node_map
from .solver import LinearSolver

__all__ = ["MODES", "CircuitResult", "circuit_flow"]

MODES = ("pairwise", "one_to_all", "all_to_one")


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

    Returns the solver, the number of solves, the basis (node x solved terminal, one float64 array in Fortran
    order), the basis column of each solved terminal (grounded terminals have none: their voltages are zero),
    the ground of each terminal's component and the component of each terminal. The graph is not changed: the
    grounded matrix is built from its branches and released once the solver is set up.
    """
    unique = list(dict.fromkeys(terminals))
    component_of = {t: int(graph.component[t]) for t in unique}
    ground = {}
    for t in unique:
        ground.setdefault(component_of[t], t)
    wanted = np.isin(graph.component, list(ground))
    wanted[list(ground.values())] = False
    free = np.flatnonzero(wanted)
    del wanted
    position = np.full(graph.n_nodes, -1, dtype=np.int64)
    position[free] = np.arange(free.size)
    matrix = graph.grounded_matrix(free)
    solver = LinearSolver(matrix, method=solver_method, tolerance=tolerance)
    del matrix  # the direct solver keeps only its factor, the iterative ones their own copy
    to_solve = [t for t in unique if ground[component_of[t]] != t]
    basis = np.zeros((graph.n_nodes, len(to_solve)), order="F")
    column = {}
    for k, t in enumerate(to_solve):
        rhs = np.zeros(free.size)
        rhs[position[t]] = 1.0
        basis[free, k] = solver.solve(rhs)
        column[t] = k
        report(progress, (k + 1) / max(1, len(to_solve)))
    return solver, len(to_solve), basis, column, ground, component_of


def _potentials(basis, column, injections, ground_potential):
    """Node potentials for injections at terminals (superposition of the basis) plus the ground's potential."""
    coefficients = np.zeros(basis.shape[1])
    for terminal, amount in injections.items():
        if amount and terminal in column:
            coefficients[column[terminal]] += amount
    out = basis @ coefficients
    out += float(ground_potential)
    return out


def _pair_potentials(basis, column, ta, tb, out):
    """Node potentials for 1 A from terminal ``ta`` to ``tb`` (one of them may be the ground), into ``out``."""
    if ta in column and tb in column:
        np.subtract(basis[:, column[ta]], basis[:, column[tb]], out=out)
    elif ta in column:
        out[:] = basis[:, column[ta]]
    elif tb in column:
        np.negative(basis[:, column[tb]], out=out)
    else:
        out[:] = 0.0
    return out


def _terminal_matrix(members, basis, column, ground):
    """Schur complement of the graph onto the terminals of one component (rows and columns sum to zero)."""
    others = [t for t in members if t != ground]
    m = np.array([[basis[j, column[k]] for k in others] for j in others]) if others else np.zeros((0, 0))
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


def _terminal_solve(schur, group, grounded, injections):
    """Terminal potentials of one component: ``grounded`` terminals at 0 V, ``injections`` (A) elsewhere."""
    free = [j for j, t in enumerate(group) if t not in grounded]
    potentials = np.zeros(len(group))
    if free:
        amounts = np.array([injections.get(group[j], 0.0) for j in free])
        potentials[free] = np.linalg.solve(schur[np.ix_(free, free)], amounts)
    return potentials


@dataclass
class _Problem:
    """What every mode needs: the graph, the focal ids, the node(s) of each live focal region."""

    graph: CircuitGraph
    ids: list
    live: list
    off_grid: list
    region_nodes: dict
    optional: np.ndarray


def _problem(values, focal, mode, values_are_conductance, polygons, four_neighbours, average_resistances):
    """Check the inputs and build the graph of a run (focal regions merged into one node outside pairwise)."""
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
    optional = np.zeros(0, dtype=np.int64)
    if mode == "pairwise":
        # NoData cells of a focal region join it only while the region is solved (Circuitscape's focal regions)
        parts = [c[~valid[c] & ~in_polygon[c]] for i, c in regions.items() if i in live and c.size > 1]
        optional = np.concatenate(parts) if parts else optional
        nodes = node_map(cond, polygons, optional=optional)
    else:
        nodes = node_map(cond, polygons, groups=[regions[i] for i in live])
    graph = CircuitGraph(
        cond, nodes, four_neighbours=four_neighbours, average_resistances=average_resistances
    )
    del cond
    flat_nodes = nodes.ravel()
    region_nodes = {}
    for i in live:
        found = np.unique(flat_nodes[regions[i]])
        region_nodes[i] = found[found > 0] - 1
    return _Problem(graph, ids, live, off_grid, region_nodes, optional)


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
    problem = _problem(
        values, focal, mode, values_are_conductance, polygons, four_neighbours, average_resistances
    )
    if mode == "pairwise":
        # a pair is solved when listed either way
        allowed = None if pairs is None else {(a, b) for a, b in pairs} | {(b, a) for a, b in pairs}
        if any(len(v) > 1 for v in problem.region_nodes.values()):
            return _pairwise_regions(problem, solver, tolerance, pair_current, allowed, progress)
        return _pairwise_terminals(problem, solver, tolerance, pair_current, allowed, progress)
    # runs: (i, j) means j takes part in i's run
    partner_of = None if pairs is None else set(pairs)
    return _runs(
        problem, mode, solver, tolerance, return_voltages, pair_current, partner_of, strengths, progress
    )


def _terminal_setup(problem, solver, tolerance, progress):
    """The voltage basis and the terminal (Schur complement) matrix of each component, for single-node terminals."""
    graph, live = problem.graph, problem.live
    terminals = {i: int(problem.region_nodes[i][0]) for i in live}
    linear, n_solves, basis, column, ground, component_of = _terminal_runs(
        graph, [terminals[i] for i in live], solver, tolerance, subrange(progress, 0.0, 0.6)
    )
    members = {}
    for i in live:
        group = members.setdefault(component_of[terminals[i]], [])
        if terminals[i] not in group:
            group.append(terminals[i])
    result = CircuitResult(
        focal_ids=problem.ids,
        resistances=None,
        current=None,
        solver=linear.description,
        solves=n_solves,
        off_grid=problem.off_grid,
    )
    return terminals, basis, column, ground, component_of, members, result


def _pairwise_terminals(problem, solver, tolerance, pair_current, allowed, progress):
    """Pairwise mode with single-node focal regions: every pair is a difference of two basis columns."""
    graph, ids = problem.graph, problem.ids
    terminals, basis, column, _, component_of, _, result = _terminal_setup(
        problem, solver, tolerance, progress
    )
    run_progress = subrange(progress, 0.6, 1.0)
    n = len(ids)
    resistances = np.full((n, n), np.nan)
    np.fill_diagonal(resistances, 0.0)
    current = np.zeros(graph.n_nodes)
    potentials = np.empty(graph.n_nodes)
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
        _pair_potentials(basis, column, ta, tb, potentials)
        resistances[a, b] = resistances[b, a] = potentials[ta] - potentials[tb]
        flow = graph.node_currents(potentials)
        current += flow
        if pair_current is not None:
            pair_current(ids[a], ids[b], graph.cell_values(flow))
        report(run_progress, (k + 1) / len(todo))
    result.resistances = resistances
    result.current = graph.cell_values(current)
    report(progress, 1.0)
    return result


def _runs(problem, mode, solver, tolerance, return_voltages, pair_current, partner_of, strengths, progress):
    """One-to-all and all-to-one: one run per focal region, every focal region one node for the whole run."""
    graph, ids, live = problem.graph, problem.ids, problem.live
    terminals, basis, column, ground, component_of, members, result = _terminal_setup(
        problem, solver, tolerance, progress
    )
    schur = {c: _terminal_matrix(m, basis, column, ground[c]) for c, m in members.items()}
    run_progress = subrange(progress, 0.6, 1.0)
    n = len(ids)
    resistances = np.full(n, np.nan)
    current = np.zeros(graph.n_nodes)

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
        potentials = _potentials(basis, column, injected, v_terminals[group.index(ground[c])])
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


def _pairwise_regions(problem, solver, tolerance, pair_current, allowed, progress):
    """Pairwise mode when focal regions span several nodes: each pair is contracted and solved on its own."""
    graph, ids, region_nodes, optional = problem.graph, problem.ids, problem.region_nodes, problem.optional
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
        flow = graph.node_currents(potentials, merge=relabel)
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
