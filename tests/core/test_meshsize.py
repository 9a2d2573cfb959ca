# SPDX-FileCopyrightText: 2026 GPEC Connectivity contributors
# SPDX-License-Identifier: GPL-2.0-or-later
"""Effective mesh size (Jaeger 2000; Moser et al. 2007): the definitions computed by hand."""

import numpy as np
import pytest

from gpec_connectivity.core.errors import InvalidInputError
from gpec_connectivity.core.meshsize import change_percent, effective_mesh_size


def test_undivided_unit():
    m = effective_mesh_size([100.0], 100.0)
    assert m.meff == 100.0 and m.neff == 1.0 and m.seff == pytest.approx(10.0) and m.patches == 1


@pytest.mark.parametrize("pieces", [2, 4, 10])
def test_equal_division(pieces):
    # Jaeger (2000): dividing a landscape into n equal meshes gives m_eff = A / n and n_eff = n.
    m = effective_mesh_size([100.0 / pieces] * pieces, 100.0)
    assert m.meff == pytest.approx(100.0 / pieces)
    assert m.neff == pytest.approx(pieces)


def test_unequal_division_and_barrier_footprint():
    # Patches of 1/2, 1/4, 1/4: m_eff = A (1/4 + 1/16 + 1/16) = 3A/8; a barrier footprint counts in A_total.
    assert effective_mesh_size([50.0, 25.0, 25.0], 100.0).meff == pytest.approx(37.5)
    m = effective_mesh_size([45.0, 45.0], 100.0)  # a 10 km2 motorway strip through a 100 km2 unit
    assert m.meff == pytest.approx(2 * 45.0**2 / 100.0)
    assert m.meff <= 100.0


def test_cross_boundary_connections():
    # Moser et al. (2007): a piece weighs with the area of its complete patch across the unit's boundary.
    cut = effective_mesh_size([60.0, 40.0], 100.0)
    cbc = effective_mesh_size([60.0, 40.0], 100.0, complete_areas=[60.0, 400.0])
    assert cut.meff == pytest.approx((3600 + 1600) / 100)
    assert cbc.meff == pytest.approx((3600 + 40 * 400) / 100)
    assert cbc.meff >= cut.meff
    # all patches inside the unit: CBC equals cutting-out
    assert effective_mesh_size([60.0, 40.0], 100.0, complete_areas=[60.0, 40.0]).meff == cut.meff


def test_density_and_change():
    m = effective_mesh_size([250.0, 250.0], 500.0)  # km2
    assert m.meff == 250.0 and m.seff == pytest.approx(4.0)  # meshes per 1000 km2
    assert change_percent(250.0, 200.0) == pytest.approx(-20.0)
    assert change_percent(0.0, 10.0) is None


def test_fully_sealed_unit():
    m = effective_mesh_size([], 100.0)
    assert m.meff == 0.0 and m.seff == np.inf and m.neff == np.inf and m.patches == 0


def test_invariant_meff_at_most_the_unit_area():
    rng = np.random.default_rng(3)
    for _ in range(20):
        pieces = rng.dirichlet(np.ones(rng.integers(1, 12))) * rng.uniform(0.5, 1.0) * 100.0
        assert effective_mesh_size(pieces, 100.0).meff <= 100.0 + 1e-9


def test_bad_input():
    with pytest.raises(InvalidInputError, match="no area"):
        effective_mesh_size([1.0], 0.0)
    with pytest.raises(InvalidInputError, match="cover more than"):
        effective_mesh_size([60.0, 60.0], 100.0)
    with pytest.raises(InvalidInputError, match="not negative"):
        effective_mesh_size([-1.0], 100.0)
    with pytest.raises(InvalidInputError, match="smaller than its piece"):
        effective_mesh_size([60.0], 100.0, complete_areas=[50.0])
    with pytest.raises(InvalidInputError, match="one complete-patch area"):
        effective_mesh_size([60.0], 100.0, complete_areas=[60.0, 70.0])
