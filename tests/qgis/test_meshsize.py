# SPDX-FileCopyrightText: 2026 GPEC Connectivity contributors
# SPDX-License-Identifier: GPL-2.0-or-later
"""gpec:meshsize through processing.run on GeoPackage layers: cutting-out and CBC by hand, widths, a proposed
road, and bad input."""

import os

import processing
import pytest
from osgeo import ogr
from qgis.core import NULL, QgsProcessingException

from .conftest import ORIGIN, RecordingFeedback, read_features, write_vector

X0, Y0 = ORIGIN[0], ORIGIN[1] - 20000.0
KM = 1000.0
UNIT_FIELDS = (("name", ogr.OFTString),)
ROAD_FIELDS = (("width_m", ogr.OFTReal),)


def box(x0, y0, x1, y1):
    a, b, c, d = X0 + x0 * KM, Y0 + y0 * KM, X0 + x1 * KM, Y0 + y1 * KM
    return "POLYGON(({0} {1},{2} {1},{2} {3},{0} {3},{0} {1}))".format(a, b, c, d)


def line(x0, y0, x1, y1):
    return "LINESTRING({} {},{} {})".format(X0 + x0 * KM, Y0 + y0 * KM, X0 + x1 * KM, Y0 + y1 * KM)


@pytest.fixture
def landscape(tmp_path):
    """Two 10 km units side by side; a 100 m wide road crosses the western one at x = 4 km."""
    path = tmp_path / "input.gpkg"
    units = write_vector(
        path,
        "units",
        ogr.wkbPolygon,
        [(box(0, 0, 10, 10), {"name": "U1"}), (box(10, 0, 20, 10), {"name": "U2"})],
        fields=UNIT_FIELDS,
    )
    roads = write_vector(
        path, "roads", ogr.wkbLineString, [(line(4, -1, 4, 11), {"width_m": 100.0})], fields=ROAD_FIELDS
    )
    proposed = write_vector(
        path, "proposed", ogr.wkbLineString, [(line(9, 5, 21, 5), {"width_m": None})], fields=ROAD_FIELDS
    )
    return units, roads, proposed


def lake_layer(tmp_path):
    """A lake covering all of U2 and the eastern kilometre of U1."""
    return write_vector(
        tmp_path / "lake.gpkg",
        "lake",
        ogr.wkbPolygon,
        [(box(9, -1, 21, 11), {"width_m": None})],
        fields=ROAD_FIELDS,
    )


def run(tmp_path, units, barriers, feedback=None, **params):
    parameters = {
        "REPORTING_UNITS": units,
        "UNIT_NAME_FIELD": "name",
        "BARRIERS": barriers,
        "BARRIER_WIDTH_FIELD": "width_m",
        "OUTPUT": str(tmp_path / "out_mesh.gpkg"),
    }
    parameters.update(params)
    return processing.run("gpec:meshsize", parameters, feedback=feedback)


def table(path):
    return read_features(path, lambda f: f["unit"])


def test_cutting_out_by_hand(provider, tmp_path, landscape):
    units, roads, _ = landscape
    rows = table(run(tmp_path, units, [roads])["OUTPUT"])
    left, right = 3.95 * 10, 5.95 * 10  # km2 on either side of the 100 m road
    assert rows["U1"]["area"] == pytest.approx(100.0)
    assert rows["U1"]["meff"] == pytest.approx((left**2 + right**2) / 100.0, rel=1e-6)
    assert rows["U1"]["seff"] == pytest.approx(1000.0 / rows["U1"]["meff"])
    assert rows["U1"]["neff"] == pytest.approx(100.0 / rows["U1"]["meff"])
    assert rows["U1"]["patches"] == 2
    assert rows["U2"]["meff"] == pytest.approx(100.0) and rows["U2"]["patches"] == 1
    assert rows["U1"]["meff"] <= rows["U1"]["area"]


def test_cross_boundary_connections_by_hand(provider, tmp_path, landscape):
    units, roads, _ = landscape
    rows = table(run(tmp_path, units, [roads], METHOD=1)["OUTPUT"])
    left, right = 39.5, 59.5
    complete = right + 100.0  # the eastern piece of U1 continues into U2
    assert rows["U1"]["meff"] == pytest.approx((left * left + right * complete) / 100.0, rel=1e-6)
    assert rows["U2"]["meff"] == pytest.approx(complete, rel=1e-6)


def test_width_default_field_override_and_polygon_barriers(provider, tmp_path, landscape):
    units, _, _ = landscape
    path = tmp_path / "more.gpkg"
    roads = write_vector(
        path,
        "roads",
        ogr.wkbLineString,
        [(line(4, -1, 4, 11), {"width_m": None}), (line(2, 2, 2, 5), {"width_m": 200.0})],
        fields=ROAD_FIELDS,
    )
    town = write_vector(
        path, "town", ogr.wkbPolygon, [(box(6, 6, 7, 7), {"width_m": None})], fields=ROAD_FIELDS
    )
    rows = table(run(tmp_path, units, [roads, town], BARRIER_WIDTH=50.0)["OUTPUT"])
    # the road at 4 km takes the default 50 m; the dead-end road (200 m wide, 3 km long) splits nothing but removes
    # 0.6 km2 plus its round ends; the town removes 1 km2 (the default width is for lines: used as it is).
    dead_end = 0.2 * 3 + 3.14159265 * 0.1**2
    left = 3.975 * 10 - dead_end
    right = 5.975 * 10 - 1.0
    assert rows["U1"]["meff"] == pytest.approx((left**2 + right**2) / 100.0, rel=1e-4)
    assert rows["U1"]["patches"] == 2


def test_unit_entirely_under_a_barrier_has_no_mesh_density(provider, tmp_path, landscape):
    units, _, _ = landscape
    lake = lake_layer(tmp_path)
    rows = table(run(tmp_path, units, [lake])["OUTPUT"])
    u2 = rows["U2"]
    assert u2["meff"] == 0.0 and u2["patches"] == 0
    assert u2["seff"] == NULL and u2["neff"] == NULL  # infinitely fragmented: no finite density to report
    assert rows["U1"]["meff"] == pytest.approx(90.0**2 / 100.0)  # one 9 x 10 km patch left in 100 km2


def test_missing_width_field_is_reported(provider, tmp_path, landscape):
    units, _, _ = landscape
    roads = write_vector(
        tmp_path / "bare.gpkg", "roads", ogr.wkbLineString, [(line(4, -1, 4, 11), {"id": 1})]
    )
    feedback = RecordingFeedback()
    rows = table(run(tmp_path, units, [roads], feedback, BARRIER_WIDTH=100.0)["OUTPUT"])
    assert any("width_m" in text for text in feedback.warnings)
    assert rows["U1"]["meff"] == pytest.approx((39.5**2 + 59.5**2) / 100.0)  # the default 100 m


def test_proposed_road_before_and_after(provider, tmp_path, landscape):
    units, roads, proposed = landscape
    feedback = RecordingFeedback()
    rows = table(run(tmp_path, units, [roads], feedback, PROPOSED=proposed)["OUTPUT"])
    u2 = rows["U2"]
    assert u2["meff"] == pytest.approx(100.0)
    # a line without width still cuts: two halves of 50 km2 (less a 1 cm strip)
    assert u2["meff_after"] == pytest.approx(50.0, rel=1e-5)
    assert u2["seff_after"] == pytest.approx(1000.0 / u2["meff_after"])
    assert u2["meff_change_pct"] == pytest.approx(-50.0, rel=1e-4)
    assert rows["U1"]["meff_after"] < rows["U1"]["meff"]
    assert any("->" in line for line in feedback.infos)


def test_geographic_crs_is_refused_unless_a_working_crs_is_set(provider, tmp_path):
    path = tmp_path / "geo.gpkg"
    unit = "POLYGON((69.0 43.0,69.1 43.0,69.1 43.1,69.0 43.1,69.0 43.0))"
    units = write_vector(path, "u", ogr.wkbPolygon, [(unit, {"name": "G"})], epsg=4326, fields=UNIT_FIELDS)
    roads = write_vector(path, "r", ogr.wkbLineString, [("LINESTRING(69.05 42.9,69.05 43.2)", {})], epsg=4326)
    with pytest.raises(QgsProcessingException, match="geographic CRS.*working CRS"):
        run(tmp_path, units, [roads])
    assert not os.path.exists(tmp_path / "out_mesh.gpkg")
    rows = table(run(tmp_path, units, [roads], CRS="EPSG:6933")["OUTPUT"])
    assert rows["G"]["patches"] == 2 and rows["G"]["meff"] < rows["G"]["area"] * 0.6


def test_empty_units_are_refused(provider, tmp_path, landscape):
    _, roads, _ = landscape
    empty = write_vector(tmp_path / "e.gpkg", "e", ogr.wkbPolygon, [], fields=UNIT_FIELDS)
    with pytest.raises(QgsProcessingException, match="reporting units layer has no features"):
        run(tmp_path, empty, [roads])
    assert not os.path.exists(tmp_path / "out_mesh.gpkg")


def test_empty_barrier_layer_is_reported(provider, tmp_path, landscape):
    units, _, _ = landscape
    empty = write_vector(tmp_path / "e.gpkg", "roads", ogr.wkbLineString, [], fields=ROAD_FIELDS)
    feedback = RecordingFeedback()
    rows = table(run(tmp_path, units, [empty], feedback)["OUTPUT"])
    assert any("has no features" in w for w in feedback.warnings)
    assert rows["U1"]["meff"] == pytest.approx(100.0)


def test_width_that_is_not_a_number_is_reported_by_feature_id(provider, tmp_path, landscape):
    units, _, _ = landscape
    roads = write_vector(
        tmp_path / "text.gpkg",
        "roads",
        ogr.wkbLineString,
        [(line(4, -1, 4, 11), {"width_m": "wide"})],
        fields=(("width_m", ogr.OFTString),),
    )
    feedback = RecordingFeedback()
    rows = table(run(tmp_path, units, [roads], feedback, BARRIER_WIDTH=100.0)["OUTPUT"])
    assert any("Feature 1 " in w and "'wide'" in w for w in feedback.warnings)
    assert rows["U1"]["meff"] == pytest.approx((39.5**2 + 59.5**2) / 100.0)  # the default 100 m, said so


def test_change_of_a_unit_that_was_entirely_barrier_is_null(provider, tmp_path, landscape):
    units, _, proposed = landscape
    lake = lake_layer(tmp_path)
    rows = table(run(tmp_path, units, [lake], PROPOSED=proposed)["OUTPUT"])
    assert rows["U2"]["meff"] == 0.0 and rows["U2"]["meff_after"] == 0.0
    assert rows["U2"]["meff_change_pct"] == NULL  # a relative change from 0 is undefined, not 0 %
    assert rows["U1"]["meff_change_pct"] == pytest.approx(0.0, abs=1e-9)


def test_unrepairable_geometry_is_refused_by_feature_id(provider, tmp_path, landscape):
    _, roads, _ = landscape
    flat = "POLYGON(({0} {1},{2} {1},{3} {1},{0} {1}))".format(X0, Y0, X0 + KM, X0 + 2 * KM)
    units = write_vector(
        tmp_path / "bad.gpkg",
        "units",
        ogr.wkbPolygon,
        [(box(0, 0, 10, 10), {"name": "U1"}), (flat, {"name": "flat"})],
        fields=UNIT_FIELDS,
    )
    with pytest.raises(QgsProcessingException, match="cannot be repaired.*feature ids 2"):
        run(tmp_path, units, [roads])
    assert not os.path.exists(tmp_path / "out_mesh.gpkg")


def test_output_that_cannot_be_created_stops_the_run(provider, tmp_path, landscape):
    units, roads, _ = landscape
    with pytest.raises(QgsProcessingException, match="[Cc]ould not create"):
        run(tmp_path, units, [roads], OUTPUT=str(tmp_path / "missing" / "folder" / "out.gpkg"))
