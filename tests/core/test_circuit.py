# SPDX-FileCopyrightText: 2026 GPEC Connectivity contributors
# SPDX-License-Identifier: GPL-2.0-or-later
"""Circuit core against an independent dense solution, analytic resistor networks and its own solver options.

The reference here builds the resistor network cell by cell with plain loops (Circuitscape's averaging rules),
solves it with a dense pseudo-inverse and sums node currents as Circuitscape defines them. The Circuitscape
verification cases themselves run in tests/qgis/test_circuitscape_reference.py.
"""

import itertools
import math

import numpy as np
import pytest

from gpec_connectivity.core.circuit import circuit_flow, read_included_pairs, read_source_strengths
from gpec_connectivity.core.errors import InvalidInputError, InvalidResistanceError

try:
    import pyamg  # noqa: F401 - the Makefile installs it; the cg and direct paths run without it too
except ImportError:
    pyamg = None
#: The AMG solver's parameter: skipped, not failed, where pyamg is missing.
AMG = pytest.param("amg", marks=pytest.mark.skipif(pyamg is None, reason="pyamg is not installed"))


def dense_reference(resistance, focal_cells, *, four=False):
    """Pairwise effective resistances and cumulative node currents for single-cell focal nodes, by brute force."""
    rows, cols = resistance.shape
    cells = [(r, c) for r in range(rows) for c in range(cols) if np.isfinite(resistance[r, c])]
    index = {cell: k for k, cell in enumerate(cells)}
    laplacian = np.zeros((len(cells), len(cells)))
    edges = []
    steps = [(0, 1), (1, 0)] + ([] if four else [(1, 1), (1, -1)])
    for r, c in cells:
        for dr, dc in steps:
            other = (r + dr, c + dc)
            if other in index:
                g = (1 / resistance[r, c] + 1 / resistance[other]) / 2 / (math.sqrt(2) if dr and dc else 1)
                i, j = index[(r, c)], index[other]
                laplacian[i, i] += g
                laplacian[j, j] += g
                laplacian[i, j] -= g
                laplacian[j, i] -= g
                edges.append((i, j, g))
    inverse = np.linalg.pinv(laplacian)
    n = len(focal_cells)
    resistances = np.zeros((n, n))
    current = np.zeros(len(cells))
    for a, b in itertools.combinations(range(n), 2):
        rhs = np.zeros(len(cells))
        rhs[index[focal_cells[a]]] = 1
        rhs[index[focal_cells[b]]] = -1
        v = inverse @ rhs
        resistances[a, b] = resistances[b, a] = v @ rhs
        through = np.zeros(len(cells))
        for i, j, g in edges:
            flow = abs(v[i] - v[j]) * g
            through[i] += flow
            through[j] += flow
        through += np.abs(rhs)
        current += through / 2
    current_map = np.full(resistance.shape, np.nan)
    for cell, k in index.items():
        current_map[cell] = current[k]
    return resistances, current_map


@pytest.mark.parametrize("solver", ["direct", AMG, "cg"])
@pytest.mark.parametrize("four", [False, True])
def test_pairwise_matches_dense_solution(solver, four):
    rng = np.random.default_rng(5)
    resistance = np.exp(rng.normal(0, 1, (9, 11)))
    resistance[rng.random(resistance.shape) < 0.1] = np.nan
    valid = np.argwhere(np.isfinite(resistance))
    chosen = [tuple(valid[k]) for k in rng.choice(len(valid), 4, replace=False)]
    focal = np.zeros(resistance.shape, int)
    for label, cell in enumerate(chosen, start=1):
        focal[cell] = label
    expected_r, expected_current = dense_reference(resistance, chosen, four=four)
    result = circuit_flow(resistance, focal, four_neighbours=four, solver=solver, tolerance=1e-12)
    finite = np.isfinite(expected_r) & (np.abs(expected_r) < 1e9)
    np.testing.assert_allclose(result.resistances[finite], expected_r[finite], rtol=1e-8)
    inside = ~np.isnan(expected_current)
    np.testing.assert_allclose(result.current[inside], expected_current[inside], rtol=1e-7, atol=1e-9)
    assert result.solves == 3  # n - 1 solves for n single-cell focal nodes in one component


def test_series_and_parallel_resistors():
    series = np.array([[2.0, 3.0, 5.0, 7.0]])
    focal = np.array([[1, 0, 0, 2]])
    result = circuit_flow(series, focal, four_neighbours=True)
    # cell conductances averaged along each link: resistances 1/((1/a + 1/b) / 2)
    links = [2 / (1 / a + 1 / b) for a, b in zip(series[0, :-1], series[0, 1:])]
    assert result.resistances[0, 1] == pytest.approx(sum(links))
    parallel = np.ones((3, 5))
    parallel[1, 1:4] = np.nan  # two separate rows of three unit links, joined at the ends
    focal = np.zeros((3, 5), int)
    focal[1, 0] = 1
    focal[1, 4] = 2
    result = circuit_flow(parallel, focal, four_neighbours=True)
    arm = 1 + 4 + 1  # up, four along the row, down: six unit resistors in series
    assert result.resistances[0, 1] == pytest.approx(arm / 2)
    np.testing.assert_allclose(result.current[0], [0.5] * 5)


def test_one_to_all_and_all_to_one_on_a_star():
    # a cross of unit cells: the centre joins four arms of two cells each
    values = np.full((5, 5), np.nan)
    values[2, :] = 1.0
    values[:, 2] = 1.0
    focal = np.zeros((5, 5), int)
    focal[2, 0], focal[2, 4], focal[0, 2], focal[4, 2] = 1, 2, 3, 4
    one = circuit_flow(values, focal, mode="one_to_all", four_neighbours=True)
    # from one tip: two unit links to the centre, then three arms of two links in parallel to ground
    np.testing.assert_allclose(one.resistances, 2 + 2 / 3)
    everyone = circuit_flow(values, focal, mode="all_to_one", four_neighbours=True)
    np.testing.assert_allclose(everyone.resistances, 2 + 2 / 3)
    assert np.nanmax(everyone.current) == pytest.approx(3 * 4)  # each tip's grounded run sends 3 A through it


def test_focal_regions_are_short_circuited_only_for_their_own_pair():
    values = np.ones((3, 9))
    focal = np.zeros((3, 9), int)
    focal[:, 0] = 1
    focal[:, 8] = 2
    focal[:, 4] = 3  # a whole column: short-circuits the middle only while pairs with region 3 are solved
    result = circuit_flow(values, focal, four_neighbours=True)
    wide = circuit_flow(values, np.where(focal == 3, 0, focal), four_neighbours=True)
    assert result.resistances[0, 1] == pytest.approx(wide.resistances[0, 1])
    assert result.resistances[0, 2] == pytest.approx(result.resistances[1, 2])
    assert result.resistances[0, 2] < result.resistances[0, 1]


def test_components_are_reported_not_connected():
    values = np.ones((3, 7))
    values[:, 3] = np.nan
    focal = np.zeros((3, 7), int)
    focal[1, 0], focal[1, 2], focal[1, 6] = 1, 2, 3
    result = circuit_flow(values, focal)
    assert np.isfinite(result.resistances[0, 1])
    assert np.isnan(result.resistances[0, 2]) and np.isnan(result.resistances[1, 2])


def test_focal_on_nodata_is_not_connected_not_an_error():
    values = np.ones((3, 5))
    values[0, 0] = np.nan
    focal = np.zeros((3, 5), int)
    focal[0, 0], focal[2, 0], focal[2, 4] = 1, 2, 3
    result = circuit_flow(values, focal)
    assert result.off_grid == [1]
    assert np.isnan(result.resistances[0, 1]) and np.isfinite(result.resistances[1, 2])


def test_two_ids_in_one_cell_are_zero_apart():
    values = np.ones((3, 5))
    result = circuit_flow(values, {1: [0], 2: [0], 3: [14]})
    assert result.resistances[0, 1] == 0.0
    assert result.resistances[0, 2] == pytest.approx(result.resistances[1, 2])


def test_included_pairs_and_strengths():
    values = np.ones((4, 6))
    focal = np.zeros((4, 6), int)
    focal[0, 0], focal[0, 5], focal[3, 0], focal[3, 5] = 1, 2, 3, 4
    included = read_included_pairs("mode include\n1 2\n3 4\n")
    pairs = included.pairwise([1, 2, 3, 4])
    result = circuit_flow(values, focal, pairs=pairs)
    assert np.isfinite(result.resistances[0, 1]) and np.isfinite(result.resistances[2, 3])
    assert np.isnan(result.resistances[0, 2])
    strong = circuit_flow(values, focal, mode="one_to_all", strengths={1: 3.0})
    plain = circuit_flow(values, focal, mode="one_to_all")
    np.testing.assert_allclose(
        strong.resistances, plain.resistances
    )  # strength scales current, not resistance
    off = circuit_flow(values, focal, mode="one_to_all", strengths=read_source_strengths("1 0\n"))
    assert np.isnan(off.resistances[0]) and np.isfinite(off.resistances[1])


def test_polygons_merge_their_nodata_cells():
    values = np.ones((3, 5))
    values[0, 2] = np.nan
    polygons = np.zeros((3, 5), int)
    polygons[0, 1:4] = 7
    focal = np.zeros((3, 5), int)
    focal[2, 0], focal[2, 4] = 1, 2
    result = circuit_flow(values, focal, polygons=polygons)
    assert np.isfinite(result.current[0, 2])  # the NoData cell belongs to the short-circuit region


@pytest.mark.parametrize(
    "values, focal, error",
    [
        (np.ones((3, 3)), np.eye(3, dtype=int), InvalidInputError),  # one focal region only
        (np.where(np.eye(3) > 0, 0.0, 1.0), np.diag([0, 1, 2]), InvalidResistanceError),  # zero resistance
        (-np.ones((3, 3)), np.diag([1, 0, 2]), InvalidResistanceError),
    ],
)
def test_bad_input(values, focal, error):
    with pytest.raises(error):
        circuit_flow(values, focal)


def test_included_pairs_matrix_format():
    text = "min 2\nmax 50\n0 1 2 3\n1 0 9 60\n2 9 0 0\n3 60 0 0\n"
    included = read_included_pairs(text)
    assert included.ids == [1, 2, 3]
    assert included.pairwise([1, 2, 3]) == {(1, 2)}  # 60 is above max
    with pytest.raises(InvalidInputError, match="format"):
        read_included_pairs("1 2\n")
