# SPDX-FileCopyrightText: 2026 GPEC Connectivity contributors
# SPDX-License-Identifier: GPL-2.0-or-later
"""Cost distance against scikit-image MCP_Geometric, the reference the issue names (relative 1e-9)."""

import numpy as np
import pytest

from gpec_connectivity.core.costdistance import (
    NEIGHBOURS,
    NotConnectedError,
    cost_distance,
    least_cost_path,
    path_length,
    step_lengths,
    trace_path,
)
from gpec_connectivity.core.errors import InvalidResistanceError, NoSourcesError

skgraph = pytest.importorskip("skimage.graph")

RTOL = 1e-9


def random_surface(seed, shape, nodata_fraction):
    rng = np.random.default_rng(seed)
    values = np.exp(rng.normal(0.0, 1.2, shape))
    values[rng.random(shape) < nodata_fraction] = np.nan
    return values


def mcp_reference(values, starts, four, sampling):
    mcp = skgraph.MCP_Geometric(
        np.where(np.isnan(values), -1.0, values), fully_connected=not four, sampling=sampling
    )
    costs, _ = mcp.find_costs([tuple(s) for s in starts])
    return costs


@pytest.mark.parametrize("four", [False, True])
@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize("sampling", [(1.0, 1.0), (100.0, 100.0), (30.0, 20.0)])
def test_matches_mcp_geometric(seed, four, sampling):
    values = random_surface(seed, (61, 83), 0.15)
    rng = np.random.default_rng(seed + 100)
    valid = np.argwhere(~np.isnan(values))
    starts = valid[rng.choice(len(valid), 3, replace=False)]
    sources = np.zeros(values.shape, int)
    sources[tuple(starts.T)] = 1
    ours = cost_distance(values, sources, cellsize=sampling, four_neighbours=four).distance
    ref = mcp_reference(values, starts, four, sampling)
    reached = np.isfinite(ref)
    assert np.array_equal(np.isfinite(ours), reached)
    np.testing.assert_allclose(ours[reached], ref[reached], rtol=RTOL, atol=0)


def test_polygon_source_is_zero_inside():
    values = random_surface(7, (40, 40), 0.0)
    sources = np.zeros(values.shape, int)
    sources[10:15, 10:20] = 4
    result = cost_distance(values, sources, return_allocation=True)
    assert np.all(result.distance[10:15, 10:20] == 0)
    assert np.all(result.allocation == 4)
    ref = mcp_reference(values, np.argwhere(sources > 0), False, (1.0, 1.0))
    np.testing.assert_allclose(result.distance, ref, rtol=RTOL)


def test_allocation_is_the_cheapest_source():
    values = random_surface(11, (50, 70), 0.1)
    sources = np.zeros(values.shape, int)
    spots = {5: (3, 4), 9: (40, 60), 2: (25, 30)}
    for label, cell in spots.items():
        values[cell] = 1.0
        sources[cell] = label
    result = cost_distance(values, sources, return_allocation=True)
    singles = {label: cost_distance(values, sources == label).distance for label in spots}
    stack = np.stack([singles[k] for k in sorted(spots)])
    np.testing.assert_allclose(
        result.distance[np.isfinite(result.distance)],
        stack.min(axis=0)[np.isfinite(result.distance)],
        rtol=RTOL,
    )
    order = np.sort(stack, axis=0)
    with np.errstate(invalid="ignore"):  # inf - inf where no source reaches
        clear = np.isfinite(order[0]) & (order[1] - order[0] > 1e-6 * np.maximum(order[0], 1))
    labels = np.array(sorted(spots))[np.argmin(stack, axis=0)]
    assert np.array_equal(result.allocation[clear], labels[clear])
    assert np.all(result.allocation[~np.isfinite(result.distance)] == 0)


def test_traced_path_costs_the_distance_at_its_end():
    values = random_surface(5, (45, 45), 0.1)
    sources = np.zeros(values.shape, int)
    sources[2, 2] = 1
    values[2, 2] = 1.0
    result = cost_distance(values, sources, cellsize=10.0, return_predecessors=True)
    lengths = step_lengths(10.0)
    reached = np.argwhere(np.isfinite(result.distance))
    for cell in reached[:: max(1, len(reached) // 25)]:
        path = trace_path(result.predecessor, cell)
        assert tuple(path[0]) == (2, 2) and tuple(path[-1]) == tuple(cell)
        steps = np.diff(path, axis=0)
        codes = [NEIGHBOURS.index(tuple(s)) for s in steps]
        cost = sum(
            (values[tuple(a)] + values[tuple(b)]) / 2 * lengths[k] for a, b, k in zip(path, path[1:], codes)
        )
        assert cost == pytest.approx(result.distance[tuple(cell)], rel=1e-12)


def test_max_cost_leaves_far_cells_unreached():
    values = np.ones((1, 10))
    sources = np.zeros((1, 10), int)
    sources[0, 0] = 1
    result = cost_distance(values, sources, max_cost=4.5)
    assert result.distance[0, :5].tolist() == [0, 1, 2, 3, 4]
    assert np.all(np.isinf(result.distance[0, 5:]))
    values = random_surface(2, (40, 40), 0.1)
    sources = np.zeros(values.shape, int)
    sources[20, 20] = 1
    values[20, 20] = 1.0
    full = cost_distance(values, sources).distance
    limit = np.nanpercentile(full[np.isfinite(full)], 40)
    cut = cost_distance(values, sources, max_cost=limit, return_allocation=True)
    assert np.array_equal(np.isfinite(cut.distance), full <= limit)
    np.testing.assert_array_equal(cut.distance[full <= limit], full[full <= limit])
    assert np.all(cut.allocation[full > limit] == 0)


def test_nodata_wall_blocks_diagonal_and_orthogonal_moves():
    values = np.ones((5, 5))
    values[:, 2] = np.nan
    sources = np.zeros((5, 5), int)
    sources[2, 0] = 1
    result = cost_distance(values, sources)
    assert np.all(np.isinf(result.distance[:, 3:]))


@pytest.mark.parametrize("bad", [0.0, -3.0])
def test_zero_or_negative_resistance_is_refused(bad):
    values = np.ones((4, 4))
    values[1, 1] = bad
    with pytest.raises(InvalidResistanceError, match="zero or negative"):
        cost_distance(values, np.eye(4, dtype=int))


def test_all_nodata_is_refused():
    with pytest.raises(InvalidResistanceError, match="NoData"):
        cost_distance(np.full((3, 3), np.nan), np.eye(3, dtype=int))


def test_sources_on_nodata_only_are_refused():
    values = np.ones((3, 3))
    values[0, 0] = np.nan
    sources = np.zeros((3, 3), int)
    sources[0, 0] = 1
    with pytest.raises(NoSourcesError):
        cost_distance(values, sources)


def test_least_cost_path_cost_equals_cost_distance_at_its_end():
    values = random_surface(21, (60, 60), 0.1)
    start = np.zeros(values.shape, bool)
    start[5:9, 5:9] = True
    end = np.zeros(values.shape, bool)
    end[50:55, 40:50] = True
    values[start | end] = 1.0
    path = least_cost_path(values, start, end, cellsize=25.0)
    full = cost_distance(values, start, cellsize=25.0).distance
    assert path.cost == pytest.approx(full[end].min(), rel=1e-12)
    assert path.cost == pytest.approx(full[tuple(path.cells[-1])], rel=1e-12)
    assert start[tuple(path.cells[0])] and end[tuple(path.cells[-1])]
    assert path.length == pytest.approx(path_length(path.cells, 25.0))
    assert not np.any(np.isnan(values[tuple(path.cells.T)]))


def test_least_cost_path_analytic_straight_line():
    values = np.full((3, 11), 2.0)
    start = np.zeros(values.shape, bool)
    start[1, 0] = True
    end = np.zeros(values.shape, bool)
    end[1, 10] = True
    path = least_cost_path(values, start, end, cellsize=100.0)
    assert path.cost == pytest.approx(10 * 2.0 * 100.0)
    assert path.length == pytest.approx(1000.0)
    assert path.cells[:, 0].tolist() == [1] * 11


def test_least_cost_path_not_connected():
    values = np.ones((5, 5))
    values[:, 2] = np.nan
    start = np.zeros((5, 5), bool)
    start[0, 0] = True
    end = np.zeros((5, 5), bool)
    end[4, 4] = True
    with pytest.raises(NotConnectedError, match="cannot be reached"):
        least_cost_path(values, start, end)
