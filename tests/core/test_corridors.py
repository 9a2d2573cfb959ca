# SPDX-FileCopyrightText: 2026 GPEC Connectivity contributors
# SPDX-License-Identifier: GPL-2.0-or-later
"""Least-cost corridors: cw_dist and NLCC checked against CWD maps computed independently by scikit-image."""

import numpy as np
import pytest

from gpec_connectivity.core.corridors import adjacent_pairs, corridor_analysis
from gpec_connectivity.core.costdistance import path_length
from gpec_connectivity.core.errors import InvalidInputError

skgraph = pytest.importorskip("skimage.graph")


def landscape(seed=4, shape=(70, 90)):
    rng = np.random.default_rng(seed)
    values = np.exp(rng.normal(0.0, 1.0, shape))
    values[rng.random(shape) < 0.05] = np.nan
    zones = np.zeros(shape, int)
    zones[5:12, 5:14] = 1
    zones[50:60, 70:85] = 2
    zones[30:36, 40:46] = 3
    zones[55:64, 4:12] = 4
    zones[4:9, 70:78] = 5
    values[zones > 0] = np.where(np.isnan(values[zones > 0]), 1.0, values[zones > 0])
    return values, zones


def reference_cwd(values, zones, label, sampling):
    mcp = skgraph.MCP_Geometric(
        np.where(np.isnan(values), -1.0, values), fully_connected=True, sampling=sampling
    )
    costs, _ = mcp.find_costs([tuple(c) for c in np.argwhere(zones == label)])
    return costs


@pytest.mark.parametrize("selection", ["all", "adjacent", "nearest"])
def test_cw_dist_and_nlcc_match_independent_cwd(selection):
    values, zones = landscape()
    sampling = (30.0, 30.0)
    result = corridor_analysis(values, zones, cellsize=sampling, selection=selection, k_nearest=2)
    cwd = {label: reference_cwd(values, zones, label, sampling) for label in range(1, 6)}
    assert result.links
    expected = np.full(values.shape, np.inf)
    for link in result.links:
        a, b = link.from_core, link.to_core
        cw = cwd[a][zones == b].min()
        assert link.cw_dist == pytest.approx(cw, rel=1e-9)
        assert link.cw_dist == pytest.approx(cwd[b][zones == a].min(), rel=1e-9)
        assert link.lcp_length == pytest.approx(path_length(link.cells, sampling))
        assert zones[tuple(link.cells[0])] == a and zones[tuple(link.cells[-1])] == b
        if link.kept:
            expected = np.minimum(expected, cwd[a] + cwd[b] - link.cw_dist)
    expected = np.maximum(expected, 0)
    inside = np.isfinite(expected)
    assert np.array_equal(inside, ~np.isnan(result.corridor))
    np.testing.assert_allclose(result.corridor[inside], expected[inside], rtol=1e-9, atol=1e-6)


def test_candidate_sets():
    values, zones = landscape()
    everything = corridor_analysis(values, zones, selection="all")
    assert len(everything.links) == 10
    adjacent = corridor_analysis(values, zones, selection="adjacent")
    alloc_pairs = adjacent_pairs(adjacent.allocation)
    assert {(link.from_core, link.to_core) for link in adjacent.links} == alloc_pairs
    nearest = corridor_analysis(values, zones, selection="nearest", k_nearest=1)
    cw = everything.cw_dist
    expected = set()
    for i in range(5):
        row = cw[i].copy()
        row[i] = np.inf
        j = int(np.argmin(row))
        expected.add((min(i, j) + 1, max(i, j) + 1))
    assert {(link.from_core, link.to_core) for link in nearest.links} == expected


def test_filters_and_reasons():
    values, zones = landscape()
    base = corridor_analysis(values, zones, selection="all")
    cws = sorted(link.cw_dist for link in base.links)
    limit = cws[4]
    result = corridor_analysis(values, zones, selection="all", max_cw_dist=limit, max_euc_dist=60.0)
    for link in result.links:
        if link.cw_dist > limit:
            assert (link.kept, link.reason) == (False, "max_cw_dist")
        elif link.euc_dist > 60.0:
            assert (link.kept, link.reason) == (False, "max_euc_dist")
        else:
            assert link.kept
    cut = corridor_analysis(values, zones, selection="all", width_cutoff=50.0)
    assert np.nanmax(cut.corridor) <= 50.0
    assert np.all(np.isnan(cut.corridor[base.corridor > 50.0]))


def test_link_through_a_third_core_is_dropped():
    values = np.ones((5, 31))
    zones = np.zeros(values.shape, int)
    zones[:, 0] = 1
    zones[:, 15] = 3  # a core spanning the whole width: every path from 1 to 2 crosses it
    zones[:, 30] = 2
    result = corridor_analysis(values, zones, selection="all", drop_through_cores=True)
    links = {(link.from_core, link.to_core): link for link in result.links}
    assert (
        links[(1, 2)].kept is False and links[(1, 2)].reason == "through_core" and links[(1, 2)].via_core == 3
    )
    assert links[(1, 3)].kept and links[(2, 3)].kept
    assert links[(1, 3)].cw_dist == pytest.approx(15.0)


def test_cores_that_cannot_reach_each_other_are_reported_not_an_error():
    values = np.ones((10, 21))
    values[:, 10] = np.nan
    zones = np.zeros(values.shape, int)
    zones[2:4, 2:4] = 1
    zones[6:8, 2:4] = 2
    zones[4:6, 16:19] = 3
    result = corridor_analysis(values, zones, selection="all")
    links = {(link.from_core, link.to_core): link for link in result.links}
    assert links[(1, 3)].reason == "not_connected" and np.isinf(links[(1, 3)].cw_dist)
    assert links[(1, 3)].cells is None
    assert links[(1, 2)].kept
    assert sorted(map(sorted, result.groups)) == [[1, 2], [3]]


def test_scratch_dir_gives_the_same_result(tmp_path):
    values, zones = landscape(seed=9)
    a = corridor_analysis(values, zones, selection="all")
    b = corridor_analysis(values, zones, selection="all", scratch_dir=str(tmp_path))
    np.testing.assert_array_equal(a.corridor, b.corridor)
    assert list(tmp_path.iterdir()) == []  # the memory-mapped rasters are removed


@pytest.mark.parametrize(
    "zones_fill, message",
    [("one", "At least two"), ("stranded", "entirely on NoData")],
)
def test_bad_cores(zones_fill, message):
    values = np.ones((6, 6))
    zones = np.zeros((6, 6), int)
    zones[0, 0] = 1
    if zones_fill == "stranded":
        zones[5, 5] = 2
        values[5, 5] = np.nan
    with pytest.raises(InvalidInputError, match=message):
        corridor_analysis(values, zones, selection="all")


def test_analytic_one_cell_wide_corridor():
    values = np.full((1, 12), 3.0)
    zones = np.zeros(values.shape, int)
    zones[0, 0] = 1
    zones[0, 11] = 2
    result = corridor_analysis(values, zones, cellsize=100.0, selection="all")
    (link,) = result.links
    assert link.cw_dist == pytest.approx(11 * 3.0 * 100.0)
    assert link.lcp_length == pytest.approx(1100.0)
    assert link.cwd_to_path == pytest.approx(3.0)
    np.testing.assert_allclose(result.corridor, 0.0, atol=1e-9)
