# SPDX-FileCopyrightText: 2026 GPEC Connectivity contributors
# SPDX-License-Identifier: GPL-2.0-or-later
"""Current-flow centrality of cores and links, as Linkage Mapper's Centrality Mapper computes it.

Method: Carroll, McRae & Brookes (2012), "Use of linkage mapping and centrality analysis across habitat gradients
to conserve connectivity of gray wolf populations in western North America", Conservation Biology 26:78-87;
current-flow betweenness of Brandes & Fleischer (2005), LNCS 3404:533-544. The cores are the nodes of a
resistor network whose links have the resistance of a link attribute (``cw_dist`` or ``eff_resist``). 1 A is
passed between every pair of cores in turn (Circuitscape's network pairwise mode) and the current through every
core and link is summed. A core's current in one run is the larger of what flows in and what flows out, so the
two cores of the pair count 1 A, as in Circuitscape.

Relation to networkx (used as the graph engine and, in the tests, as the reference): the link centrality is twice
``networkx.edge_current_flow_betweenness_centrality(normalized=False)`` and the core centrality is
``networkx.current_flow_betweenness_centrality(normalized=False)`` plus the number of other cores in its
component (networkx leaves out the pair's own endpoints).
"""

import itertools

import networkx as nx
import numpy as np

from .errors import QT_TR_NOOP, InvalidInputError

__all__ = ["current_flow_centrality", "link_graph"]


def link_graph(links, *, resistance="resistance"):
    """A networkx graph from ``(core a, core b, resistance)`` triples; parallel links combine in parallel.

    Raises
    ------
    InvalidInputError
        A link whose resistance is not a positive number.

    Examples
    --------
    >>> g = link_graph([(1, 2, 2.0), (2, 1, 2.0), (2, 3, 1.0)])
    >>> g[1][2]["resistance"], g[1][2]["conductance"]
    (1.0, 1.0)
    """
    graph = nx.Graph()
    for a, b, r in links:
        r = float(r) if r is not None else np.nan
        if not np.isfinite(r) or r <= 0:
            raise InvalidInputError(
                QT_TR_NOOP(
                    "The link between cores {} and {} has resistance {}; link resistances must be positive "
                    "numbers."
                ),
                a,
                b,
                r,
            )
        if a == b:
            continue
        if graph.has_edge(a, b):
            conductance = graph[a][b]["conductance"] + 1.0 / r
        else:
            conductance = 1.0 / r
        graph.add_edge(a, b, conductance=conductance, **{resistance: 1.0 / conductance})
    return graph


def current_flow_centrality(graph, *, weight="conductance"):
    """Current-flow centrality of every node and edge of a resistor network (all pairs, 1 A each).

    Parameters
    ----------
    graph : networkx.Graph
        Edges carry a conductance attribute named ``weight``.

    Returns
    -------
    nodes : dict
        node -> summed current through the node over all pairs of its component.
    edges : dict
        (u, v) as iterated by ``graph.edges`` -> summed current through the edge.

    Examples
    --------
    Three resistors in series, 1 ohm each: the middle node carries 1 A in all three runs.

    >>> g = link_graph([(1, 2, 1.0), (2, 3, 1.0)])
    >>> nodes, edges = current_flow_centrality(g)
    >>> nodes[2], edges[(1, 2)]
    (3.0, 2.0)
    """
    node_total = {n: 0.0 for n in graph}
    edge_total = {edge: 0.0 for edge in graph.edges}
    for component in nx.connected_components(graph):
        members = sorted(component, key=str)
        if len(members) < 2:
            continue
        sub = graph.subgraph(members)
        index = {n: i for i, n in enumerate(members)}
        edges = list(sub.edges(data=weight))
        heads = np.array([index[u] for u, _, _ in edges])
        tails = np.array([index[v] for _, v, _ in edges])
        conductance = np.array([g for _, _, g in edges], dtype=float)
        size = len(members)
        laplacian = np.zeros((size, size))
        np.add.at(laplacian, (heads, tails), -conductance)
        np.add.at(laplacian, (tails, heads), -conductance)
        laplacian[np.diag_indices(size)] = -laplacian.sum(axis=1)
        # Ground the first node: potentials for a unit current from every other node to it.
        basis = np.zeros((size, size))
        basis[1:, 1:] = np.linalg.inv(laplacian[1:, 1:])
        for s, t in itertools.combinations(range(len(members)), 2):
            potential = basis[:, s] - basis[:, t]
            flow = np.abs(potential[heads] - potential[tails]) * conductance
            through = np.bincount(heads, flow, minlength=len(members)) + np.bincount(
                tails, flow, minlength=len(members)
            )
            through[[s, t]] += 1.0  # the injected and extracted ampere
            for i, n in enumerate(members):
                node_total[n] += float(through[i]) / 2.0
            for (u, v, _), value in zip(edges, flow):
                key = (u, v) if (u, v) in edge_total else (v, u)
                edge_total[key] += float(value)
    return node_total, edge_total
