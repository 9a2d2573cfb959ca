# SPDX-FileCopyrightText: 2026 GPEC Connectivity contributors
# SPDX-License-Identifier: GPL-2.0-or-later
"""ProtConn and its fractions (Saura et al. 2017, 2018; Makurhini MK_ProtConn): cases computed by hand from the
definitions, and the invariants ProtConn <= Prot, Prot + Trans + Unprot = ProtConn, Within + Contig = Prot."""

import numpy as np
import pytest

from gpec_connectivity.core.errors import InvalidInputError
from gpec_connectivity.core.protconn import FRACTIONS, protconn

SQ2, SQ3 = np.sqrt(2.0), np.sqrt(3.0)


def check_invariants(r):
    assert r.protconn <= r.prot + 1e-9
    assert r.protconn_prot + r.protconn_trans + r.protconn_unprot == pytest.approx(r.protconn, abs=1e-9)
    assert r.protconn_within + r.protconn_contig == pytest.approx(r.protconn_prot, abs=1e-9)
    assert r.protunconn == pytest.approx(r.prot - r.protconn, abs=1e-9)
    assert r.unprot == pytest.approx(100 - r.prot)
    assert r.protconn - 1e-9 <= r.protconn_bound <= r.prot + 1e-9
    for name in FRACTIONS:
        assert getattr(r, name) >= -1e-9, name


def test_two_reserves_by_hand():
    # a = 10 each, 10 apart, p = 0.5 at 10: ECA = sqrt(100 + 100 + 2 * 100 * 0.5) = 10 sqrt(3)
    d = np.array([[0.0, 10.0], [10.0, 0.0]])
    r = protconn([10.0, 10.0], d, region_area=1000.0, distance=10.0)
    assert r.eca == pytest.approx(10 * SQ3)
    assert r.prot == pytest.approx(2.0)
    assert r.protconn == pytest.approx(SQ3)
    assert r.protconn_prot == pytest.approx(SQ2)  # 100 sqrt(100 + 100) / 1000
    assert r.protconn_trans == 0.0
    assert r.protconn_unprot == pytest.approx(SQ3 - SQ2)
    assert r.protconn_within == pytest.approx(SQ2) and r.protconn_contig == 0.0
    assert r.protconn_bound == pytest.approx(r.protconn)  # one piece of land: nothing to excuse
    assert r.relconn == pytest.approx(100 * SQ3 / 2)
    check_invariants(r)


def test_transboundary_stepping_stone():
    # A stone outside the region, 2 from each reserve: p* = 0.5^0.4 instead of 0.5 for the direct gap of 10.
    d = np.array([[0.0, 10.0, 2.0], [10.0, 0.0, 2.0], [2.0, 2.0, 0.0]])
    r = protconn([10.0, 10.0], d, region_area=1000.0, distance=10.0, transboundary=1)
    p_star = 0.5**0.4
    eca = np.sqrt(200 + 200 * p_star)
    assert r.eca == pytest.approx(eca)
    assert r.protconn_trans == pytest.approx((eca - 10 * SQ3) / 10)
    assert r.protconn_unprot == pytest.approx(SQ3 - SQ2)
    assert r.prot == pytest.approx(2.0)  # the stone adds no protected area
    check_invariants(r)


def test_adjoining_and_overlapping_designations():
    # One unit of 30 made of two adjoining parks of 20 and 10: Within = 100 sqrt(20^2 + 10^2) / A_L.
    r = protconn([30.0], np.zeros((1, 1)), region_area=1000.0, distance=10.0, pa_areas=[20.0, 10.0])
    assert r.protconn == pytest.approx(3.0) and r.prot == pytest.approx(3.0)
    assert r.protconn_prot == pytest.approx(3.0)
    assert r.protconn_within == pytest.approx(np.sqrt(500) / 10)
    assert r.protconn_contig == pytest.approx(3.0 - np.sqrt(500) / 10)
    check_invariants(r)
    # Two designations over the same 30 (full overlap): Makurhini's correction sqrt(sum a / sum b) makes
    # Within = 100 sqrt(2 * 30^2) sqrt(30 / 60) / A_L = ProtConn_Prot (no contiguity between two copies).
    r = protconn([30.0], np.zeros((1, 1)), region_area=1000.0, distance=10.0, pa_areas=[30.0, 30.0])
    assert r.protconn_within == pytest.approx(3.0) and r.protconn_contig == pytest.approx(0.0, abs=1e-12)


def test_islands_and_protconn_bound():
    # Two reserves on two islands 50 apart (p* = 0.5^5). The sea is the region's boundary: ProtConn_Bound treats
    # the unconnectedness it causes as not due to the network's design.
    d = np.array([[0.0, 50.0], [50.0, 0.0]])
    node_to_part = np.array([[0.0, 50.0], [50.0, 0.0]])
    part_to_part = np.array([[0.0, 48.0], [48.0, 0.0]])
    r = protconn([10.0, 10.0], d, region_area=1000.0, distance=10.0, boundary=(node_to_part, part_to_part))
    eca = np.sqrt(200 + 200 * 0.5**5)
    design = np.sqrt(200 + 200 * 0.5**4.8)  # the islands themselves (attribute 0) shorten the crossing to 48
    assert r.protconn == pytest.approx(eca / 10)
    assert r.protunconn_design == pytest.approx(design / 10 - eca / 10)
    assert r.protconn_bound == pytest.approx(2.0 - (design - eca) / 10)
    check_invariants(r)
    # Without the boundary information the region is one piece: ProtConn_Bound = ProtConn.
    assert protconn([10.0, 10.0], d, region_area=1000.0, distance=10.0).protconn_bound == pytest.approx(
        eca / 10
    )


def test_single_protected_area_is_fully_connected():
    r = protconn([42.0], np.zeros((1, 1)), region_area=1000.0, distance=1.0)
    assert r.protconn == pytest.approx(r.prot) and r.protconn == pytest.approx(4.2)
    check_invariants(r)


def test_region_without_protected_areas():
    r = protconn([], np.zeros((0, 0)), region_area=1000.0, distance=10.0)
    assert r.prot == 0.0 and r.protconn == 0.0 and r.eca == 0.0 and r.unprot == 100.0
    assert all(getattr(r, name) == 0.0 for name in FRACTIONS if name != "unprot")
    # only transboundary protected land: still nothing protected inside
    r = protconn([], np.zeros((1, 1)), region_area=1000.0, distance=10.0, transboundary=1)
    assert r.protconn == 0.0


@pytest.mark.parametrize("seed", range(5))
def test_invariants_on_random_regions(seed):
    rng = np.random.default_rng(seed)
    n, t = 12, 5
    xy = rng.uniform(0, 100, (n + t, 2))
    d = np.hypot(xy[:, None, 0] - xy[None, :, 0], xy[:, None, 1] - xy[None, :, 1])
    a = rng.uniform(1, 20, n)
    pieces = np.concatenate([a * 0.6, a * 0.4])  # each unit made of two adjoining parks
    for distance in (1.0, 10.0, 100.0):
        r = protconn(a, d, region_area=5000.0, distance=distance, transboundary=t, pa_areas=pieces)
        check_invariants(r)
    far = protconn(a, d, region_area=5000.0, distance=1e-3, transboundary=t)
    near = protconn(a, d, region_area=5000.0, distance=1e6, transboundary=t)
    assert far.protconn == pytest.approx(100 * np.sqrt(np.sum(a * a)) / 5000, rel=1e-6)
    assert near.protconn == pytest.approx(near.prot, rel=1e-4)


def test_bad_input():
    d = np.zeros((1, 1))
    with pytest.raises(InvalidInputError, match="dispersal distance must be positive"):
        protconn([1.0], d, region_area=10.0, distance=0.0)
    with pytest.raises(InvalidInputError, match="strictly between 0 and 1"):
        protconn([1.0], d, region_area=10.0, distance=1.0, probability=1.0)
    with pytest.raises(InvalidInputError, match="no area"):
        protconn([1.0], d, region_area=0.0, distance=1.0)
    with pytest.raises(InvalidInputError, match="exceeds the region's area"):
        protconn([20.0], d, region_area=10.0, distance=1.0)
    with pytest.raises(InvalidInputError, match="shape"):
        protconn([1.0, 1.0], d, region_area=10.0, distance=1.0)
