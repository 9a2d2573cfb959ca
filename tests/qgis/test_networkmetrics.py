# SPDX-FileCopyrightText: 2026 GPEC Connectivity contributors
# SPDX-License-Identifier: GPL-2.0-or-later
"""gpec:networkmetrics through processing.run on GeoPackage layers: values by hand, fields, and bad input."""

import numpy as np
import processing
import pytest
from osgeo import ogr
from qgis.core import QgsProcessingException
from qgis.PyQt.QtCore import QVariant

from gpec_connectivity.core import network

from .conftest import ORIGIN, RecordingFeedback, outputs_written, read_features, write_raster, write_vector

X0, Y0 = ORIGIN[0], ORIGIN[1] - 10000.0  # a 10 km x 10 km study area south-east of the raster origin


def square(x, y, size, *, x0=X0, y0=Y0):
    """WKT of a square with its lower-left corner at (x, y) metres from (x0, y0)."""
    a, b = x0 + x, y0 + y
    return "POLYGON(({0} {1},{2} {1},{2} {3},{0} {3},{0} {1}))".format(a, b, a + size, b + size)


@pytest.fixture
def patches(tmp_path):
    """Three 1 km squares in a row with edge gaps of 1 km and 3 km (5 km between the outer two)."""
    fields = (("id", ogr.OFTInteger), ("quality", ogr.OFTReal))
    path = tmp_path / "patches.gpkg"
    layer = write_vector(
        path,
        "patches",
        ogr.wkbPolygon,
        [
            (square(1000, 4000, 1000), {"id": 11, "quality": 1.0}),
            (square(3000, 4000, 1000), {"id": 22, "quality": 0.5}),
            (square(7000, 4000, 1000), {"id": 33, "quality": 2.0}),
        ],
        fields=fields,
    )
    study = write_vector(path, "study", ogr.wkbPolygon, [(square(0, 0, 10000), {"id": 1})])
    return layer, study


def run(tmp_path, patches_uri, feedback=None, **params):
    parameters = {
        "PATCHES": patches_uri,
        "PATCH_ID_FIELD": "id",
        "DISTANCE": 1000.0,
        "OUTPUT_NODES": str(tmp_path / "out_nodes.gpkg"),
        "OUTPUT_LINKS": str(tmp_path / "out_links.gpkg"),
        "OUTPUT_SUMMARY": str(tmp_path / "out_summary.gpkg"),
    }
    parameters.update(params)
    return processing.run("gpec:networkmetrics", parameters, feedback=feedback)


def test_three_patches_by_hand(provider, tmp_path, patches, feedback):
    uri, study = patches
    out = run(tmp_path, uri, feedback, STUDY_AREA=study)
    a = 1e6
    # p = 0.5 per 1000 m: p12 = 1/2, p23 = 1/8, p13 = max(1/32 direct, 1/2 * 1/8 via the middle patch) = 1/16
    num = 3 * a * a + 2 * a * a * (0.5 + 0.125 + 0.0625)
    area_l = 1e8
    assert out["PC"] == pytest.approx(num / area_l**2)
    assert out["ECA_PC"] == pytest.approx(np.sqrt(num))
    # IIC: only the 1 km gap is a binary link: components {11, 22} and {33}
    assert out["IIC"] == pytest.approx((3 * a * a + 2 * a * a * 0.5) / area_l**2)
    assert out["COMPONENTS"] == 2
    nodes = {f["id"]: f for f in read_features(out["OUTPUT_NODES"])}
    for name in (
        "attribute",
        "component",
        "d_iic",
        "d_pc",
        "d_pc_intra",
        "d_pc_flux",
        "d_pc_connector",
        "bc_pc",
    ):
        assert name in nodes[11].fields().names()
    middle = nodes[22]
    assert middle["attribute"] == pytest.approx(a)
    assert middle["d_pc_intra"] == pytest.approx(100 * a * a / num)
    assert middle["d_pc_flux"] == pytest.approx(100 * 2 * a * a * (0.5 + 0.125) / num)
    # without the middle patch 11-33 fall back to the direct 1/32
    assert middle["d_pc_connector"] == pytest.approx(100 * 2 * a * a * (0.0625 - 0.03125) / num)
    assert middle["d_pc"] == pytest.approx(
        middle["d_pc_intra"] + middle["d_pc_flux"] + middle["d_pc_connector"], abs=1e-9
    )
    assert middle["bc_pc"] == pytest.approx(2 * a * a * 0.0625)
    assert nodes[11]["component"] == nodes[22]["component"] != nodes[33]["component"]
    links = {(f["from_id"], f["to_id"]): f for f in read_features(out["OUTPUT_LINKS"])}
    assert set(links) == {(11, 22), (11, 33), (22, 33)}
    assert links[(11, 33)]["distance"] == pytest.approx(5000.0)
    assert links[(11, 33)]["p_ij"] == pytest.approx(1 / 32)
    assert links[(11, 33)]["p_star"] == pytest.approx(1 / 16)
    assert links[(11, 33)]["d_pc"] == pytest.approx(0.0)
    # without the 22-33 link: 22-33 goes round through 11 (1/2 * 1/32), 11-33 falls back to its direct 1/32
    lost = (0.125 - 0.5 / 32) + (0.0625 - 0.03125)
    assert links[(22, 33)]["d_pc"] == pytest.approx(100 * 2 * a * a * lost / num)
    assert links[(11, 22)]["iic_link"] and not links[(22, 33)]["iic_link"]
    (summary,) = read_features(out["OUTPUT_SUMMARY"])
    assert summary["pc"] == pytest.approx(out["PC"]) and summary["components"] == 2
    assert summary["landscape_area"] == pytest.approx(area_l) and summary["eca_iic"] == pytest.approx(
        out["ECA_IIC"]
    )
    assert any("Most important patches" in line for line in feedback.infos)


def test_same_numbers_as_the_core(provider, tmp_path, patches):
    uri, _ = patches
    out = run(tmp_path, uri, ATTRIBUTE_FIELD="quality", LANDSCAPE_AREA=50.0, PROBABILITY=0.3, DISTANCE=1500.0)
    d = np.array([[0.0, 1000.0, 5000.0], [1000.0, 0.0, 3000.0], [5000.0, 3000.0, 0.0]])
    ref = network.network_indices([1.0, 0.5, 2.0], d, distance=1500.0, probability=0.3, landscape_area=50.0)
    assert out["PC"] == pytest.approx(ref.pc) and out["IIC"] == pytest.approx(ref.iic)
    nodes = sorted(read_features(out["OUTPUT_NODES"]), key=lambda f: f["id"])
    np.testing.assert_allclose([f["d_pc"] for f in nodes], ref.d_pc, rtol=1e-9)
    np.testing.assert_allclose([f["d_iic"] for f in nodes], ref.d_iic, rtol=1e-9)
    np.testing.assert_allclose([f["attribute"] for f in nodes], [1.0, 0.5, 2.0])


def test_centroid_distances_and_maximum_link_distance(provider, tmp_path, patches):
    uri, _ = patches
    out = run(tmp_path, uri, DISTANCE_TYPE=1, MAX_LINK_DISTANCE=2500.0, DISTANCE=2000.0)
    links = read_features(out["OUTPUT_LINKS"])
    assert [(f["from_id"], f["to_id"], f["distance"]) for f in links] == [(11, 22, pytest.approx(2000.0))]
    a = 1e6
    assert out["ECA_PC"] == pytest.approx(np.sqrt(3 * a * a + a * a))  # only 11-22 linked, p = 0.5
    assert out["COMPONENTS"] == 2


def test_least_cost_distances(provider, tmp_path, patches):
    uri, _ = patches
    # uniform resistance 1 on 100 m cells covering the patches: the least cost between the 1 km gap's nearest cells
    # is 11 steps of 100 (cell centre to cell centre), the cw_dist of gpec:corridors.
    resistance = write_raster(tmp_path / "r.tif", np.ones((100, 100)), origin=(X0, Y0 + 10000.0))
    out = run(tmp_path, uri, DISTANCE_TYPE=2, RESISTANCE=resistance, DISTANCE=1100.0)
    links = {(f["from_id"], f["to_id"]): f for f in read_features(out["OUTPUT_LINKS"])}
    assert links[(11, 22)]["distance"] == pytest.approx(1100.0)
    assert links[(22, 33)]["distance"] == pytest.approx(3100.0)
    assert links[(11, 22)]["p_ij"] == pytest.approx(0.5)


def test_geographic_crs_is_refused_unless_a_working_crs_is_set(provider, tmp_path):
    wkt = "POLYGON((69.00 43.00,69.01 43.00,69.01 43.01,69.00 43.01,69.00 43.00))"
    wkt2 = "POLYGON((69.03 43.00,69.04 43.00,69.04 43.01,69.03 43.01,69.03 43.00))"
    uri = write_vector(
        tmp_path / "geo.gpkg", "geo", ogr.wkbPolygon, [(wkt, {"id": 1}), (wkt2, {"id": 2})], epsg=4326
    )
    with pytest.raises(QgsProcessingException, match="geographic CRS.*degrees.*working CRS"):
        run(tmp_path, uri)
    assert not outputs_written(tmp_path)
    out = run(tmp_path, uri, CRS="EPSG:32642")
    (link,) = read_features(out["OUTPUT_LINKS"])
    assert 1500 < link["distance"] < 1700  # about 0.02 degrees of longitude at 43 N


def test_invalid_geometry_is_repaired_and_reported(provider, tmp_path, patches):
    bowtie = "POLYGON(({0} {1},{2} {3},{2} {1},{0} {3},{0} {1}))".format(X0 + 5000, Y0, X0 + 6000, Y0 + 1000)
    uri = write_vector(
        tmp_path / "bad.gpkg", "bad", ogr.wkbPolygon, [(square(0, 0, 1000), {"id": 1}), (bowtie, {"id": 2})]
    )
    feedback = RecordingFeedback()
    out = run(tmp_path, uri, feedback)
    assert any("repaired" in w and "2" in w for w in feedback.warnings)
    nodes = {f["id"]: f for f in read_features(out["OUTPUT_NODES"])}
    assert nodes[2]["attribute"] == pytest.approx(500000.0)  # two triangles of 0.25 km2


def refused(tmp_path, uri, match, **params):
    with pytest.raises(QgsProcessingException, match=match):
        run(tmp_path, uri, **params)
    assert not outputs_written(tmp_path), "an output was written"


def test_empty_layer(provider, tmp_path):
    uri = write_vector(tmp_path / "empty.gpkg", "empty", ogr.wkbPolygon, [])
    refused(tmp_path, uri, "no features")


@pytest.mark.parametrize("distance", [0.0, -100.0])
def test_distance_must_be_positive(provider, tmp_path, patches, distance):
    refused(tmp_path, patches[0], "dispersal distance must be positive", DISTANCE=distance)


@pytest.mark.parametrize("probability", [0.0, 1.0, 1.5])
def test_probability_outside_0_1(provider, tmp_path, patches, probability):
    refused(tmp_path, patches[0], "strictly between 0 and 1", PROBABILITY=probability)


def test_missing_attribute_values(provider, tmp_path):
    uri = write_vector(
        tmp_path / "q.gpkg",
        "q",
        ogr.wkbPolygon,
        [
            (square(0, 0, 1000), {"id": 1, "quality": 2.0}),
            (square(3000, 0, 1000), {"id": 2, "quality": None}),
        ],
        fields=(("id", ogr.OFTInteger), ("quality", ogr.OFTReal)),
    )
    refused(tmp_path, uri, "no value in the attribute field quality", ATTRIBUTE_FIELD="quality")


def test_least_cost_needs_a_resistance_surface(provider, tmp_path, patches):
    refused(tmp_path, patches[0], "need a resistance surface", DISTANCE_TYPE=2)


def test_network_too_large_for_memory(provider, tmp_path, patches, monkeypatch):
    monkeypatch.setattr(network, "available_memory", lambda: 2**20)
    refused(tmp_path, patches[0], "need about .* of memory.*maximum link distance")


def test_output_may_not_overwrite_the_input(provider, tmp_path, patches):
    uri, _ = patches
    with pytest.raises(QgsProcessingException, match="would overwrite the input"):
        run(tmp_path, uri, OUTPUT_NODES=str(tmp_path / "patches.gpkg"))


def test_cancel_leaves_no_output(provider, tmp_path):
    rng = np.random.default_rng(4)
    corners = rng.uniform(0, 9500, (120, 2))
    uri = write_vector(
        tmp_path / "many.gpkg",
        "many",
        ogr.wkbPolygon,
        [(square(x, y, 200), {"id": k}) for k, (x, y) in enumerate(corners)],
    )
    feedback = RecordingFeedback(cancel_at=30)
    with pytest.raises(QgsProcessingException, match="Cancelled by the user; nothing was written"):
        run(tmp_path, uri, feedback, DISTANCE=500.0)
    assert not outputs_written(tmp_path)


def test_iic_distance_apart_from_the_dispersal_distance(provider, tmp_path, patches):
    # Conefor's -confAdj apart from -confProb: IIC links up to 3 km, PC still at p = 0.5 per 1000 m
    uri, study = patches
    (tmp_path / "a").mkdir()
    default = run(tmp_path / "a", uri, STUDY_AREA=study)
    out = run(tmp_path, uri, STUDY_AREA=study, IIC_DISTANCE=3000.0)
    a, area_l = 1e6, 1e8
    pc_num = 3 * a * a + 2 * a * a * (0.5 + 0.125 + 0.0625)
    assert out["PC"] == pytest.approx(pc_num / area_l**2) and default["PC"] == pytest.approx(out["PC"])
    # binary links 11-22 (1 km) and 22-33 (3 km): nl = 1, 1 and 2 (11-33 through 22)
    iic_num = 3 * a * a + 2 * a * a * (1 / 2 + 1 / 2 + 1 / 3)
    assert out["IIC"] == pytest.approx(iic_num / area_l**2)
    assert default["IIC"] == pytest.approx((3 * a * a + 2 * a * a * 0.5) / area_l**2)
    assert out["COMPONENTS"] == 1 and default["COMPONENTS"] == 2
    nodes = {f["id"]: f for f in read_features(out["OUTPUT_NODES"])}
    # without 22, 11 and 33 are apart: IIC keeps 2 a^2
    assert nodes[22]["d_iic"] == pytest.approx(100 * (iic_num - 2 * a * a) / iic_num)
    assert nodes[22]["d_pc_connector"] == pytest.approx(100 * 2 * a * a * (0.0625 - 0.03125) / pc_num)
    links = {(f["from_id"], f["to_id"]): f for f in read_features(out["OUTPUT_LINKS"])}
    assert links[(22, 33)]["iic_link"] and not links[(11, 33)]["iic_link"]
    assert links[(22, 33)]["p_ij"] == pytest.approx(0.125)
    (summary,) = read_features(out["OUTPUT_SUMMARY"])
    assert summary["iic_distance"] == pytest.approx(3000.0) and summary["distance"] == pytest.approx(1000.0)
    (summary,) = read_features(default["OUTPUT_SUMMARY"])
    assert summary["iic_distance"] == pytest.approx(1000.0)


def test_iic_distance_must_not_be_negative(provider, tmp_path, patches):
    refused(tmp_path, patches[0], "IIC_DISTANCE|IIC link distance", IIC_DISTANCE=-5.0)


def ring_and_square(tmp_path):
    """A 1 km square ring with an off-centre hole (x 300-800 m, y 200-800 m inside it) and a 200 m square."""
    a, b = X0 + 1000, Y0 + 4000
    ring = (
        "POLYGON(({0} {1},{2} {1},{2} {3},{0} {3},{0} {1}),({4} {5},{6} {5},{6} {7},{4} {7},{4} {5}))".format(
            a, b, a + 1000, b + 1000, a + 300, b + 200, a + 800, b + 800
        )
    )
    return write_vector(
        tmp_path / "ring.gpkg",
        "ring",
        ogr.wkbPolygon,
        [(ring, {"id": 1}), (square(3000, 4400, 200), {"id": 2})],
    )


@pytest.mark.parametrize(
    "kind, expected",
    [
        # centroid of the ring: x = (100 * 500 - 30 * 550) / 70 = 478.571 m from its left edge, y = 500 m (in the
        # hole); the square's centroid is at x = 2100 m from there
        (1, 2100.0 - 3350.0 / 7.0),
        # point on the surface (Makurhini): the widest part of the line y = 500 m across the ring is the 300 m
        # left side, whose middle is x = 150 m
        (3, 2100.0 - 150.0),
    ],
)
def test_centroid_outside_the_patch_takes_a_point_on_its_surface(provider, tmp_path, kind, expected):
    out = run(tmp_path, ring_and_square(tmp_path), DISTANCE_TYPE=kind, DISTANCE=2000.0)
    (link,) = read_features(out["OUTPUT_LINKS"])
    assert link["distance"] == pytest.approx(expected)
    assert link["p_ij"] == pytest.approx(0.5 ** (expected / 2000.0))
    start = link.geometry().asPolyline()[0]
    assert start.x() == pytest.approx(X0 + 1000 + 2100.0 - expected) and start.y() == pytest.approx(Y0 + 4500)
    (summary,) = read_features(out["OUTPUT_SUMMARY"])
    assert summary["distance_type"] == ("centroid" if kind == 1 else "centroid-on-surface")


def test_a_centroid_inside_the_patch_is_kept(provider, tmp_path, patches):
    # the three squares have their centroids inside: the new distance type gives plain centroid distances
    uri, _ = patches
    out = run(tmp_path, uri, DISTANCE_TYPE=3, MAX_LINK_DISTANCE=2500.0, DISTANCE=2000.0)
    links = read_features(out["OUTPUT_LINKS"])
    assert [(f["from_id"], f["to_id"], f["distance"]) for f in links] == [(11, 22, pytest.approx(2000.0))]


def is_null(value):
    return value is None or (isinstance(value, QVariant) and value.isNull())


def test_values_not_computed_are_null(provider, tmp_path, patches, monkeypatch):
    # issue 12: a value the core did not compute (NaN) is written NULL, never 0 or intra + flux
    from gpec_connectivity.processing import networkmetrics

    def without_importance(*args, **kwargs):
        return network.network_indices(*args, node_importance=False, link_importance=False, **kwargs)

    monkeypatch.setattr(networkmetrics, "network_indices", without_importance)
    out = run(tmp_path, patches[0])
    for node in read_features(out["OUTPUT_NODES"]):
        for name in ("d_pc", "d_pc_connector", "bc_pc", "d_iic", "d_iic_connector"):
            assert is_null(node[name]), name
        assert node["d_pc_intra"] > 0 and node["d_iic_intra"] > 0
    for link in read_features(out["OUTPUT_LINKS"]):
        assert is_null(link["d_pc"])
        assert link["p_star"] > 0
