# SPDX-FileCopyrightText: 2026 GPEC Connectivity contributors
# SPDX-License-Identifier: GPL-2.0-or-later
"""Pinch points, barriers and centrality on analytic cases (resistor networks, a known barrier, networkx)."""

import itertools

import networkx as nx
import numpy as np
import pytest

from gpec_connectivity.core.barriers import barrier_scores, detect_barriers
from gpec_connectivity.core.centrality import current_flow_centrality, link_graph
from gpec_connectivity.core.corridors import corridor_analysis
from gpec_connectivity.core.errors import InvalidInputError
from gpec_connectivity.core.pinchpoints import pinch_points


def corridor_landscape(arms):
    """Two one-cell cores joined by ``arms`` one-cell-wide corridors of 5 cells, separated by NoData rows."""
    rows = 2 * arms + 1
    values = np.full((rows, 9), np.nan)
    values[:, 0] = 1.0
    values[:, 8] = 1.0
    for k in range(arms):
        values[2 * k, 1:8] = 2.0
    zones = np.zeros(values.shape, int)
    zones[:, 0] = 1
    zones[:, 8] = 2
    return values, zones


def test_series_corridor_effective_resistance_and_current():
    values, zones = corridor_landscape(1)
    result = pinch_points(values, zones, [(1, 2)], width_cutoff=1.0, cellsize=100.0, four_neighbours=True)
    # core cell - 7 cells of resistance 2 - core cell: links of 2/(1/1+1/2)=4/3 at the ends, 2 in between
    expected = (4 / 3 * 2 + 2 * 6) * 100.0
    assert result.eff_resist[(1, 2)] == pytest.approx(expected)
    assert result.cwd_to_eff_resist((1, 2)) == pytest.approx(result.cw_dist[(1, 2)] / expected)
    np.testing.assert_allclose(result.current[0, 1:8], 1.0)  # all current squeezes through the single path
    assert np.all(np.isnan(result.current[:, [0, 8]]))  # the link's cores are NoData in the map


def test_parallel_corridors_halve_the_resistance():
    one, zones_one = corridor_landscape(1)
    two, zones_two = corridor_landscape(2)
    width = 1.0 + 1e-9  # both arms are least-cost paths: NLCC 0 along each
    r1 = pinch_points(one, zones_one, [(1, 2)], width_cutoff=width, four_neighbours=True).eff_resist[(1, 2)]
    r2 = pinch_points(two, zones_two, [(1, 2)], width_cutoff=width, four_neighbours=True).eff_resist[(1, 2)]
    assert r2 == pytest.approx(r1 / 2)


def test_cutoff_truncates_the_corridor():
    values = np.ones((9, 9))
    zones = np.zeros((9, 9), int)
    zones[4, 0] = 1
    zones[4, 8] = 2
    narrow = pinch_points(values, zones, [(1, 2)], width_cutoff=0.5)
    wide = pinch_points(values, zones, [(1, 2)], width_cutoff=50.0)
    assert narrow.eff_resist[(1, 2)] > wide.eff_resist[(1, 2)]
    assert np.count_nonzero(~np.isnan(narrow.current)) < np.count_nonzero(~np.isnan(wide.current))


def test_all_to_one_over_the_corridor_network():
    values = np.ones((9, 15))
    zones = np.zeros(values.shape, int)
    zones[4, 0], zones[4, 7], zones[4, 14] = 1, 2, 3
    result = pinch_points(values, zones, [(1, 2), (2, 3)], width_cutoff=3.0, all_to_one=True)
    assert result.all_to_one is not None
    assert np.all(np.isnan(result.all_to_one[zones > 0]))
    assert np.nanmax(result.all_to_one) > 0


def test_pinch_points_reuse_corridor_distances():
    values, zones = corridor_landscape(2)
    found = corridor_analysis(values, zones, selection="all", four_neighbours=True, keep_distances=True)
    try:
        reused = pinch_points(
            values, zones, [(1, 2)], width_cutoff=1.5, four_neighbours=True, distances=found.distances
        )
    finally:
        found.distances.close()
    fresh = pinch_points(values, zones, [(1, 2)], width_cutoff=1.5, four_neighbours=True)
    assert reused.eff_resist == pytest.approx(fresh.eff_resist)


def test_restoring_a_known_barrier():
    # a 1 x 21 row: unit resistance, a barrier of resistance 50 over cells 9-11, cores at both ends
    resistance = np.ones((1, 21))
    resistance[0, 9:12] = 50.0
    zones = np.zeros((1, 21), int)
    zones[0, 0] = 1
    zones[0, 20] = 2
    result = detect_barriers(resistance, zones, [(1, 2)], [2.0], restored_resistance=1.0, per_diameter=False)
    steps = (resistance[0, :-1] + resistance[0, 1:]) / 2
    lcd = steps.sum()
    cwd_a = np.concatenate([[0], np.cumsum(steps)])
    cwd_b = lcd - cwd_a
    # window of radius 2 around cell 10: its edge is cells 8 and 12; crossing it restored costs 4
    expected = lcd - cwd_a[8] - cwd_b[12] - 4.0
    assert result.best[0, 10] == pytest.approx(expected)
    assert result.best_radius[0, 10] == 2.0
    assert result.best[0, 3] == 0.0  # restoring open ground far from the barrier does not help
    per = detect_barriers(resistance, zones, [(1, 2)], [2.0, 3.0], restored_resistance=1.0)
    assert per.per_radius[0][0, 10] == pytest.approx(expected / 4.0)
    assert per.best[0, 10] == pytest.approx(max(per.per_radius[0][0, 10], per.per_radius[1][0, 10]))


def test_barrier_scores_need_a_radius_of_a_cell():
    with pytest.raises(InvalidInputError, match="smaller than a cell"):
        barrier_scores(np.zeros((3, 3)), np.zeros((3, 3)), 1.0, 0.5, cellsize=1.0)


def test_centrality_matches_networkx():
    links = [(1, 2, 2.0), (2, 3, 1.0), (1, 3, 4.0), (3, 4, 1.5), (4, 5, 3.0), (2, 5, 2.5), (6, 7, 1.0)]
    graph = link_graph(links)
    nodes, edges = current_flow_centrality(graph)
    reference_edges = nx.edge_current_flow_betweenness_centrality(
        graph.subgraph([1, 2, 3, 4, 5]), normalized=False, weight="conductance"
    )
    for (u, v), value in reference_edges.items():
        ours = edges.get((u, v), edges.get((v, u)))
        assert ours == pytest.approx(2 * value)
    reference_nodes = nx.current_flow_betweenness_centrality(
        graph.subgraph([1, 2, 3, 4, 5]), normalized=False, weight="conductance"
    )
    for node, value in reference_nodes.items():
        assert nodes[node] == pytest.approx(value + 4)  # plus the 4 pairs the node is an end of
    assert nodes[6] == nodes[7] == 1.0 and edges[(6, 7)] == 1.0


def test_centrality_of_a_chain_by_hand():
    graph = link_graph([(k, k + 1, 1.0) for k in range(1, 5)])
    nodes, edges = current_flow_centrality(graph)
    for k in range(1, 6):  # node k: ends of 4 pairs, and carries the current of the pairs passing it
        passing = sum(1 for a, b in itertools.combinations(range(1, 6), 2) if a < k < b)
        assert nodes[k] == pytest.approx(4 + passing)
    assert edges[(2, 3)] == pytest.approx(2 * 3)  # pairs with one end on each side


def test_link_graph_refuses_bad_resistance():
    with pytest.raises(InvalidInputError, match="positive"):
        link_graph([(1, 2, 0.0)])
    with pytest.raises(InvalidInputError, match="positive"):
        link_graph([(1, 2, None)])
