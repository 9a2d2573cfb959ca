# SPDX-FileCopyrightText: 2026 GPEC Connectivity contributors
# SPDX-License-Identifier: GPL-2.0-or-later
"""PC, IIC, ECA, dPC fractions, BC-PC and link dPC: hand-computed cases, invariants, and a naive networkx
reference that removes every node and link in turn (the definition of Saura & Rubio 2010 / Conefor 2.6)."""

import networkx as nx
import numpy as np
import pytest

from gpec_connectivity.core.errors import InvalidInputError, TooLargeError
from gpec_connectivity.core.network import (
    check_network_memory,
    dispersal_rate,
    eca_numerator,
    network_bytes,
    network_indices,
    pair_list,
)

LN2 = np.log(2.0)


# --- naive reference -------------------------------------------------------------------------------------------


def _graph(n, pairs, weight):
    graph = nx.Graph()
    graph.add_nodes_from(range(n))
    for i, j, d in pairs:
        w = weight(d)
        if w is not None:
            graph.add_edge(i, j, weight=w)
    return graph


def _numerator(graph, a, value, node=None, edge=None):
    h = graph.copy()
    if node is not None:
        h.remove_node(node)
    if edge is not None:
        h.remove_edge(*edge)
    return sum(
        a[i] * a[j] * value(length)
        for i, lengths in nx.all_pairs_dijkstra_path_length(h, weight="weight")
        for j, length in lengths.items()
    )


def naive(a, matrix, distance, probability=0.5, max_link=None):
    """Every index by brute force: all-pairs Dijkstra in networkx, once per removed node or link."""
    a = np.asarray(a, dtype=float)
    n = a.size
    k = -np.log(probability) / distance
    pairs = [
        (i, j, matrix[i, j])
        for i in range(n)
        for j in range(i + 1, n)
        if np.isfinite(matrix[i, j]) and (max_link is None or matrix[i, j] <= max_link)
    ]
    g_pc = _graph(n, pairs, lambda d: max(k * d, 1e-300))
    g_iic = _graph(n, pairs, lambda d: 1.0 if d <= distance else None)
    f_pc, f_iic = (lambda x: np.exp(-x)), (lambda x: 1.0 / (1.0 + x))
    pc = _numerator(g_pc, a, f_pc)
    iic = _numerator(g_iic, a, f_iic)
    d_pc = np.array([100 * (pc - _numerator(g_pc, a, f_pc, node=v)) / pc for v in range(n)])
    d_iic = np.array([100 * (iic - _numerator(g_iic, a, f_iic, node=v)) / iic for v in range(n)])
    links = {(i, j): 100 * (pc - _numerator(g_pc, a, f_pc, edge=(i, j))) / pc for i, j, _ in pairs}
    paths = dict(nx.all_pairs_dijkstra_path(g_pc, weight="weight"))
    lengths = dict(nx.all_pairs_dijkstra_path_length(g_pc, weight="weight"))
    bc = np.zeros(n)
    for i in range(n):
        for j, path in paths[i].items():
            for v in path[1:-1]:
                bc[v] += a[i] * a[j] * np.exp(-lengths[i][j])
    return pc, iic, d_pc, d_iic, links, bc


def random_network(seed, n=18, *, kind="edge", rounded=False):
    """Discs in a 60 x 60 square: edge-to-edge (0 where they overlap) or centre distances; some zero attributes."""
    rng = np.random.default_rng(seed)
    xy = rng.uniform(0, 60, (n, 2))
    r = rng.uniform(0.5, 6.0, n)
    centre = np.hypot(xy[:, None, 0] - xy[None, :, 0], xy[:, None, 1] - xy[None, :, 1])
    matrix = np.maximum(centre - r[:, None] - r[None, :], 0.0) if kind == "edge" else centre
    if rounded:
        matrix = np.round(matrix)
    np.fill_diagonal(matrix, 0.0)
    a = rng.uniform(0.0, 10.0, n)
    a[rng.random(n) < 0.2] = 0.0
    return a, matrix


# --- hand-computed cases ---------------------------------------------------------------------------------------


def test_single_patch():
    r = network_indices([4.0], np.zeros((1, 1)), distance=10.0, landscape_area=16.0)
    assert r.pc == pytest.approx(16.0 / 256.0)  # a^2 / A_L^2
    assert r.eca_pc == pytest.approx(4.0) and r.eca_iic == pytest.approx(4.0)
    assert r.components == 1
    assert r.d_pc[0] == pytest.approx(100.0) and r.d_pc_intra[0] == pytest.approx(100.0)
    assert r.d_pc_flux[0] == 0.0 and r.d_pc_connector[0] == 0.0 and r.d_iic[0] == pytest.approx(100.0)
    assert len(r.links) == 0


def test_two_patches_at_the_median_distance():
    # p_12 = 0.5 at the median distance: PCnum = a1^2 + a2^2 + 2 a1 a2 / 2
    a1, a2 = 3.0, 1.0
    d = np.array([[0.0, 10.0], [10.0, 0.0]])
    r = network_indices([a1, a2], d, distance=10.0, landscape_area=10.0)
    num = a1**2 + a2**2 + a1 * a2
    assert r.pc_numerator == pytest.approx(num)
    assert r.pc == pytest.approx(num / 100.0)
    assert r.eca_pc == pytest.approx(np.sqrt(num))
    assert r.d_pc_intra == pytest.approx([100 * a1**2 / num, 100 * a2**2 / num])
    assert r.d_pc_flux == pytest.approx([100 * a1 * a2 / num] * 2)
    assert r.d_pc_connector == pytest.approx([0.0, 0.0], abs=1e-12)
    assert r.d_pc == pytest.approx([100 * (num - a2**2) / num, 100 * (num - a1**2) / num])
    # IIC: one binary link (10 <= 10): nl = 1
    iic = a1**2 + a2**2 + 2 * a1 * a2 / 2
    assert r.iic_numerator == pytest.approx(iic)
    assert r.links.probability[0] == pytest.approx(0.5) and r.links.best_probability[0] == pytest.approx(0.5)
    assert r.links.d_pc[0] == pytest.approx(100 * a1 * a2 / num)
    assert bool(r.links.iic_link[0])


def test_disconnected_patches():
    d = np.array([[0.0, 50.0, 80.0], [50.0, 0.0, 40.0], [80.0, 40.0, 0.0]])
    r = network_indices([1.0, 2.0, 3.0], d, distance=10.0, max_link_distance=20.0, landscape_area=100.0)
    assert r.components == 3
    assert r.pc_numerator == pytest.approx(14.0)
    assert r.d_pc_flux == pytest.approx([0, 0, 0]) and r.d_pc_connector == pytest.approx([0, 0, 0])
    assert r.d_pc == pytest.approx([100 / 14, 400 / 14, 900 / 14])
    assert len(r.links) == 0  # no pair within the maximum link distance


def test_chain_with_a_pure_connector():
    # A - B - C with B a zero-attribute stepping stone; the direct link A-C (30) is weaker than A-B-C (10 + 10).
    d = np.array([[0.0, 10.0, 30.0], [10.0, 0.0, 10.0], [30.0, 10.0, 0.0]])
    r = network_indices([1.0, 0.0, 1.0], d, distance=10.0, landscape_area=10.0, rtol=0)
    # p*_AC = 0.5 * 0.5 = 0.25 (> p_AC = 0.125): PCnum = 1 + 1 + 2 * 0.25
    assert r.pc_numerator == pytest.approx(2.5)
    assert r.d_pc_intra[1] == 0.0 and r.d_pc_flux[1] == 0.0
    assert r.d_pc_connector[1] == pytest.approx(100 * 2 * (0.25 - 0.125) / 2.5)
    assert r.d_pc[1] == pytest.approx(10.0)
    assert r.bc_pc[1] == pytest.approx(2 * 0.25)  # both orders of the pair (A, C)
    assert r.bc_pc[0] == 0.0 and r.bc_pc[2] == 0.0
    # IIC: binary links A-B and B-C only, nl_AC = 2 -> IICnum = 1 + 1 + 2/3; without B it is 2.
    assert r.iic_numerator == pytest.approx(8.0 / 3.0)
    assert r.d_iic[1] == pytest.approx(25.0) and r.d_iic_connector[1] == pytest.approx(25.0)
    link = {(int(i), int(j)): q for q, (i, j) in enumerate(zip(r.links.from_node, r.links.to_node))}
    assert r.links.best_probability[link[(0, 2)]] == pytest.approx(0.25)
    assert r.links.probability[link[(0, 2)]] == pytest.approx(0.125)
    assert r.links.d_pc[link[(0, 2)]] == 0.0  # the direct A-C link carries no best path
    # removing A-B leaves A-C direct: 2 * 1 * 1 * (0.25 - 0.125) lost
    assert r.links.d_pc[link[(0, 1)]] == pytest.approx(100 * 0.25 / 2.5)
    assert r.components == 1


def test_touching_patches_are_fully_connected():
    d = np.array([[0.0, 0.0], [0.0, 0.0]])
    r = network_indices([1.0, 1.0], d, distance=10.0)
    assert r.pc_numerator == pytest.approx(4.0)
    assert r.eca_pc == pytest.approx(2.0)
    assert r.pc == pytest.approx(1.0)  # A_L defaults to the total attribute


def test_probability_at_another_distance():
    # p = 0.05 at 30: k = -ln(0.05) / 30, p_12 at 10 = 0.05 ** (1/3)
    d = np.array([[0.0, 10.0], [10.0, 0.0]])
    r = network_indices([1.0, 1.0], d, distance=30.0, probability=0.05)
    assert r.links.probability[0] == pytest.approx(0.05 ** (1 / 3))
    assert dispersal_rate(30.0, 0.05) == pytest.approx(-np.log(0.05) / 30.0)


# --- against the naive reference -------------------------------------------------------------------------------


@pytest.mark.parametrize("seed", range(4))
@pytest.mark.parametrize(
    "kind, max_link, rounded", [("edge", None, False), ("centre", 15.0, False), ("edge", 12.0, True)]
)
def test_matches_removing_each_node_and_link(seed, kind, max_link, rounded):
    a, matrix = random_network(seed, kind=kind, rounded=rounded)
    r = network_indices(
        a, matrix, distance=10.0, max_link_distance=max_link, landscape_area=3 * a.sum(), rtol=0
    )
    pc, iic, d_pc, d_iic, links, bc = naive(a, matrix, 10.0, max_link=max_link)
    assert r.pc_numerator == pytest.approx(pc, rel=1e-12)
    assert r.iic_numerator == pytest.approx(iic, rel=1e-12)
    np.testing.assert_allclose(r.d_pc, d_pc, atol=1e-9)
    np.testing.assert_allclose(r.d_iic, d_iic, atol=1e-9)
    np.testing.assert_allclose(r.d_pc_intra + r.d_pc_flux + r.d_pc_connector, r.d_pc, atol=1e-12)
    expected = [links[(int(i), int(j))] for i, j in zip(r.links.from_node, r.links.to_node)]
    np.testing.assert_allclose(r.links.d_pc, expected, atol=1e-9)
    if not rounded and kind == "centre":  # no ties: the best path is unique, so BC-PC is defined exactly
        np.testing.assert_allclose(r.bc_pc, bc, rtol=1e-9, atol=1e-12)


def test_betweenness_on_edge_distances_without_ties():
    rng = np.random.default_rng(11)
    xy = rng.uniform(0, 60, (16, 2))
    r_ = rng.uniform(0.2, 1.0, 16)
    centre = np.hypot(xy[:, None, 0] - xy[None, :, 0], xy[:, None, 1] - xy[None, :, 1])
    matrix = centre - r_[:, None] - r_[None, :]
    np.fill_diagonal(matrix, 0.0)
    a = rng.uniform(1, 5, 16)
    r = network_indices(a, matrix, distance=10.0, rtol=0)
    *_, bc = naive(a, matrix, 10.0)
    np.testing.assert_allclose(r.bc_pc, bc, rtol=1e-9, atol=1e-12)


def test_invariants():
    a, matrix = random_network(7, n=40)
    r = network_indices(a, matrix, distance=8.0, landscape_area=2 * a.sum())
    assert r.eca_pc <= a.sum() * (1 + 1e-12) and r.eca_iic <= a.sum() * (1 + 1e-12)
    assert r.eca_pc == pytest.approx(r.landscape_area * np.sqrt(r.pc))
    assert 0 <= r.pc <= 1 and 0 <= r.iic <= 1
    for part in (r.d_pc_intra, r.d_pc_flux, r.d_pc_connector, r.d_iic_connector):
        assert np.all(part >= -1e-12)
    assert np.all(r.d_pc <= 100 + 1e-9)
    np.testing.assert_allclose(r.d_pc_intra + r.d_pc_flux + r.d_pc_connector, r.d_pc, atol=1e-12)
    np.testing.assert_allclose(r.d_iic_intra + r.d_iic_flux + r.d_iic_connector, r.d_iic, atol=1e-12)
    # the connector loss through k can never exceed what flows through k (BC-PC)
    assert np.all(r.d_pc_connector * r.pc_numerator / 100 <= r.bc_pc * (1 + 1e-9) + 1e-12)
    assert np.all(r.links.best_probability >= r.links.probability * (1 - 1e-12))
    zero = a == 0
    assert np.all(r.d_pc_intra[zero] == 0) and np.all(r.d_pc_flux[zero] == 0)


def test_tolerance_bounds_the_error():
    a, matrix = random_network(3, n=40)
    matrix = matrix * 6  # a landscape much wider than the dispersal distance: the cut-off bites
    exact = network_indices(a, matrix, distance=5.0, rtol=0)
    for rtol in (1e-9, 1e-4):
        approx = network_indices(a, matrix, distance=5.0, rtol=rtol)
        assert approx.pc_numerator == exact.pc_numerator
        np.testing.assert_array_equal(approx.d_pc_flux, exact.d_pc_flux)
        assert np.max(np.abs(approx.d_pc - exact.d_pc)) <= 100 * rtol
        assert np.max(np.abs(approx.links.d_pc - exact.links.d_pc)) <= 100 * rtol
        assert np.max(np.abs(approx.bc_pc - exact.bc_pc)) <= rtol * exact.pc_numerator


def test_pair_list_input_equals_matrix_input():
    a, matrix = random_network(5, n=25, kind="centre")
    i, j, d = pair_list(matrix, 20.0)
    from_pairs = network_indices(a, (j, i, d), distance=10.0, max_link_distance=20.0)  # order does not matter
    from_matrix = network_indices(a, matrix, distance=10.0, max_link_distance=20.0)
    np.testing.assert_allclose(from_pairs.d_pc, from_matrix.d_pc)
    assert from_pairs.pc_numerator == pytest.approx(from_matrix.pc_numerator)


def test_eca_numerator_with_stepping_stones():
    d = np.array([[0.0, 10.0, 30.0], [10.0, 0.0, 10.0], [30.0, 10.0, 0.0]])
    assert eca_numerator([1.0, 0.0, 1.0], d, rate=LN2 / 10.0) == pytest.approx(2.5)
    assert eca_numerator([], np.zeros((0, 0)), rate=1.0) == 0.0


def test_empty_network_is_zero():
    r = network_indices([], np.zeros((0, 0)), distance=10.0, landscape_area=100.0)
    assert r.pc == 0.0 and r.eca_pc == 0.0 and r.components == 0 and len(r.links) == 0


def test_what_is_not_computed_is_nan_not_zero():
    # issue 12: without node importance, d_pc is not intra + flux under the name d_pc, and connector and bc_pc
    # are not 0; without link importance the link dPC is not 0.
    a, matrix = random_network(3, n=10)
    full = network_indices(a, matrix, distance=8.0, rtol=0)
    nodes_off = network_indices(a, matrix, distance=8.0, rtol=0, node_importance=False)
    for name in ("d_pc", "d_pc_connector", "bc_pc", "d_iic", "d_iic_connector"):
        assert np.all(np.isnan(getattr(nodes_off, name))), name
    for name in ("d_pc_intra", "d_pc_flux", "d_iic_intra", "d_iic_flux"):  # always exact
        np.testing.assert_allclose(getattr(nodes_off, name), getattr(full, name), rtol=1e-12, err_msg=name)
    np.testing.assert_allclose(nodes_off.links.d_pc, full.links.d_pc, rtol=1e-9, atol=1e-12)
    links_off = network_indices(a, matrix, distance=8.0, rtol=0, link_importance=False)
    assert len(links_off.links) and np.all(np.isnan(links_off.links.d_pc))
    for name in ("d_pc", "d_pc_connector", "bc_pc", "d_iic", "d_iic_connector"):
        np.testing.assert_allclose(getattr(links_off, name), getattr(full, name), rtol=1e-9, atol=1e-12)
    both_off = network_indices(a, matrix, distance=8.0, node_importance=False, link_importance=False)
    assert np.all(np.isnan(both_off.d_pc)) and np.all(np.isnan(both_off.links.d_pc))
    assert both_off.pc == pytest.approx(full.pc) and both_off.iic == pytest.approx(full.iic)
    np.testing.assert_allclose(both_off.links.best_probability, full.links.best_probability, rtol=1e-12)


def test_iic_distance_differs_from_the_dispersal_distance():
    # Conefor's -confAdj (IIC) apart from -confProb (PC): a1 = 3, a2 = 1, 20 apart, median distance 10.
    a1, a2 = 3.0, 1.0
    d = np.array([[0.0, 20.0], [20.0, 0.0]])
    pc_num = a1**2 + a2**2 + 2 * a1 * a2 * 0.25  # p_12 = 0.5^2
    same = network_indices([a1, a2], d, distance=10.0, landscape_area=10.0)
    assert same.iic_distance == 10.0 and same.components == 2 and not same.links.iic_link[0]
    assert same.iic_numerator == pytest.approx(a1**2 + a2**2)
    assert same.d_iic == pytest.approx([100 * a1**2 / 10.0, 100 * a2**2 / 10.0])
    wide = network_indices([a1, a2], d, distance=10.0, iic_distance=25.0, landscape_area=10.0)
    iic_num = a1**2 + a2**2 + 2 * a1 * a2 / 2  # one binary link, nl = 1
    assert wide.iic_distance == 25.0 and wide.components == 1 and bool(wide.links.iic_link[0])
    assert wide.iic_numerator == pytest.approx(iic_num) and wide.iic == pytest.approx(iic_num / 100.0)
    assert wide.eca_iic == pytest.approx(np.sqrt(iic_num))
    assert wide.d_iic == pytest.approx([100 * (iic_num - a2**2) / iic_num, 100 * (iic_num - a1**2) / iic_num])
    assert wide.d_iic_flux == pytest.approx([100 * a1 * a2 / iic_num] * 2)
    for r in (same, wide):  # PC does not change
        assert r.pc_numerator == pytest.approx(pc_num)
        assert r.d_pc == pytest.approx([100 * (pc_num - a2**2) / pc_num, 100 * (pc_num - a1**2) / pc_num])
        assert r.links.probability[0] == pytest.approx(0.25)
    # a threshold below the dispersal distance unlinks a pair the default would link; 0 means the same as distance
    narrow = network_indices([a1, a2], d, distance=30.0, iic_distance=15.0)
    assert narrow.components == 2 and narrow.iic_numerator == pytest.approx(a1**2 + a2**2)
    default = network_indices([a1, a2], d, distance=30.0, iic_distance=0)
    assert default.iic_distance == 30.0 and default.iic_numerator == pytest.approx(iic_num)
    with pytest.raises(InvalidInputError, match="IIC link distance must be positive"):
        network_indices([a1, a2], d, distance=10.0, iic_distance=-1.0)


# --- bad input ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("distance", [0.0, -5.0, np.nan])
def test_distance_must_be_positive(distance):
    with pytest.raises(InvalidInputError, match="dispersal distance must be positive"):
        network_indices([1.0, 1.0], np.ones((2, 2)), distance=distance)


@pytest.mark.parametrize("probability", [0.0, 1.0, 1.5, -0.1])
def test_probability_must_lie_between_0_and_1(probability):
    with pytest.raises(InvalidInputError, match="strictly between 0 and 1"):
        network_indices([1.0, 1.0], np.ones((2, 2)), distance=1.0, probability=probability)


def test_bad_attributes_and_distances():
    with pytest.raises(InvalidInputError, match="zero or positive"):
        network_indices([1.0, -1.0], np.ones((2, 2)), distance=1.0)
    with pytest.raises(InvalidInputError, match="finite"):
        network_indices([1.0, np.nan], np.ones((2, 2)), distance=1.0)
    with pytest.raises(InvalidInputError, match="zero or positive"):
        network_indices([1.0, 1.0], np.array([[0.0, -1.0], [-1.0, 0.0]]), distance=1.0)
    with pytest.raises(InvalidInputError, match="shape"):
        network_indices([1.0, 1.0], np.ones((3, 3)), distance=1.0)
    with pytest.raises(InvalidInputError, match="smaller than the total node attribute"):
        network_indices([5.0, 5.0], np.ones((2, 2)), distance=1.0, landscape_area=4.0)


def test_too_large_network_is_refused_with_advice():
    with pytest.raises(TooLargeError, match="maximum link distance") as info:
        check_network_memory(200_000, available=4 * 2**30)
    assert info.value.needed > 4 * 2**30
    check_network_memory(1000, 5000, available=4 * 2**30)  # fits
    assert network_bytes(5000, 20_000) < 2**30
