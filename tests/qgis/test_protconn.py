# SPDX-FileCopyrightText: 2026 GPEC Connectivity contributors
# SPDX-License-Identifier: GPL-2.0-or-later
"""gpec:protconn through processing.run on GeoPackage layers: values by hand (Saura et al. 2017, 2018 as
Makurhini computes them), dissolving, multipart areas, transboundary stepping stones, charts and bad input."""

import os

import numpy as np
import processing
import pytest
from osgeo import ogr
from qgis.core import QgsProcessingException

from .conftest import ORIGIN, RecordingFeedback, outputs_written, read_features, write_raster, write_vector

X0, Y0 = ORIGIN[0], ORIGIN[1] - 20000.0
KM = 1000.0


def box(x0, y0, x1, y1):
    """WKT rectangle in km from (X0, Y0)."""
    a, b, c, d = X0 + x0 * KM, Y0 + y0 * KM, X0 + x1 * KM, Y0 + y1 * KM
    return "POLYGON(({0} {1},{2} {1},{2} {3},{0} {3},{0} {1}))".format(a, b, c, d)


def multibox(*boxes):
    inner = ",".join(box(*b)[len("POLYGON") :] for b in boxes)
    return "MULTIPOLYGON({})".format(inner)


REGION_FIELDS = (("name", ogr.OFTString),)
PA_FIELDS = (("pa", ogr.OFTString),)


def as_multi(features):
    """The features with every POLYGON written as a MULTIPOLYGON (the layers are multipolygon layers)."""
    out = []
    for wkt, attributes in features:
        if wkt.startswith("POLYGON"):
            wkt = "MULTIPOLYGON({})".format(wkt[len("POLYGON") :])
        out.append((wkt, attributes))
    return out


def layers(tmp_path, pas, regions=None):
    path = tmp_path / "input.gpkg"
    regions = as_multi(
        regions or [(box(0, 0, 20, 20), {"name": "West"}), (box(20, 0, 40, 20), {"name": "East"})]
    )
    pas = as_multi(pas)
    region_uri = write_vector(path, "regions", ogr.wkbMultiPolygon, regions, fields=REGION_FIELDS)
    pa_uri = write_vector(path, "pas", ogr.wkbMultiPolygon, pas, fields=PA_FIELDS)
    return pa_uri, region_uri


def run(tmp_path, pa_uri, region_uri, feedback=None, **params):
    parameters = {
        "PROTECTED_AREAS": pa_uri,
        "REGIONS": region_uri,
        "REGION_NAME_FIELD": "name",
        "DISTANCES": "2000",
        "OUTPUT": str(tmp_path / "out_table.gpkg"),
        "OUTPUT_REGIONS": str(tmp_path / "out_regions.gpkg"),
    }
    parameters.update(params)
    return processing.run("gpec:protconn", parameters, feedback=feedback)


def rows(path):
    return read_features(path, lambda f: (f["region"], f["distance"]))


def test_dissolved_overlaps_by_hand(provider, tmp_path):
    # A (2x2 km) and the union of B (2x2) and C (2x2, overlapping B by 1x2): units of 4 and 6 km2, 2 km apart.
    pa_uri, region_uri = layers(
        tmp_path,
        [
            (box(2, 2, 4, 4), {"pa": "A"}),
            (box(6, 2, 8, 4), {"pa": "B"}),
            (box(7, 2, 9, 4), {"pa": "C"}),
        ],
    )
    out = run(tmp_path, pa_uri, region_uri, TRANSBOUNDARY=False)
    west = rows(out["OUTPUT"])[("West", 2000.0)]
    area = 400.0  # km2
    eca = np.sqrt(16 + 36 + 2 * 4 * 6 * 0.5)  # km2, p = 0.5 at 2 km
    assert west["prot"] == pytest.approx(100 * 10 / area)
    assert west["unprot"] == pytest.approx(100 - 2.5)
    assert west["eca"] == pytest.approx(eca)
    assert west["protconn"] == pytest.approx(100 * eca / area)
    assert west["protunconn"] == pytest.approx(2.5 - 100 * eca / area)
    assert west["protconn_prot"] == pytest.approx(100 * np.sqrt(52) / area)
    assert west["protconn_trans"] == pytest.approx(0.0)
    assert west["protconn_unprot"] == pytest.approx(100 * (eca - np.sqrt(52)) / area)
    within = 100 * np.sqrt(3 * 16) * np.sqrt(10 / 12) / area  # Makurhini's correction for the 2 km2 overlap
    assert west["protconn_within"] == pytest.approx(within)
    assert west["protconn_contig"] == pytest.approx(100 * np.sqrt(52) / area - within)
    assert west["protconn_bound"] == pytest.approx(west["protconn"])
    assert west["region_area"] == pytest.approx(area)
    east = rows(out["OUTPUT"])[("East", 2000.0)]  # a region without protected areas
    assert east["prot"] == 0.0 and east["protconn"] == 0.0 and east["unprot"] == 100.0 and east["eca"] == 0.0
    regions = read_features(out["OUTPUT_REGIONS"], lambda f: f["name"])
    assert regions["West"]["protconn"] == pytest.approx(west["protconn"])
    assert "protconn_within" in regions["East"].fields().names()


def test_multipart_area_counts_its_parts_apart(provider, tmp_path):
    pa_uri, region_uri = layers(tmp_path, [(multibox((2, 2, 3, 3), (6, 2, 7, 3)), {"pa": "Tuzkol"})])
    out = run(tmp_path, pa_uri, region_uri, DISTANCES="1000", TRANSBOUNDARY=False)
    west = rows(out["OUTPUT"])[("West", 1000.0)]
    eca = np.sqrt(1 + 1 + 2 * 0.5**3)  # two 1 km2 parts 3 km apart
    assert west["protconn"] == pytest.approx(100 * eca / 400)
    assert west["protconn_within"] == pytest.approx(100 * np.sqrt(2) / 400)
    assert west["protconn_contig"] == pytest.approx(0.0, abs=1e-9)


def test_transboundary_stepping_stone(provider, tmp_path):
    # W1 and W2 sit on the border 4 km apart; E across the border is 0.5 km from each of them.
    pas = [
        (box(18, 8, 20, 10), {"pa": "W1"}),
        (box(18, 14, 20, 16), {"pa": "W2"}),
        (box(20.5, 9, 21.5, 15), {"pa": "E"}),
    ]
    pa_uri, region_uri = layers(tmp_path, pas)
    on = rows(run(tmp_path, pa_uri, region_uri, DISTANCES="1000", TRANSBOUNDARY_BUFFER=5000.0)["OUTPUT"])
    west = on[("West", 1000.0)]
    with_stone = np.sqrt(32 + 32 * 0.5)  # p* = 0.5^0.5 * 0.5^0.5 through E instead of 0.5^4 direct
    alone = np.sqrt(32 + 32 * 0.5**4)
    assert west["eca"] == pytest.approx(with_stone)
    assert west["protconn_trans"] == pytest.approx(100 * (with_stone - alone) / 400)
    assert west["prot"] == pytest.approx(2.0)  # E adds no protected area to West
    for name in ("OUTPUT", "OUTPUT_REGIONS"):
        os.remove(str(tmp_path / ("out_table.gpkg" if name == "OUTPUT" else "out_regions.gpkg")))
    near = rows(run(tmp_path, pa_uri, region_uri, DISTANCES="1000", TRANSBOUNDARY_BUFFER=100.0)["OUTPUT"])
    assert near[("West", 1000.0)]["protconn_trans"] == pytest.approx(0.0)
    assert near[("West", 1000.0)]["eca"] == pytest.approx(alone)


def test_several_distances_charts_and_invariants(provider, tmp_path):
    pas = [(box(2, 2, 4, 4), {"pa": "A"}), (box(6, 2, 8, 4), {"pa": "B"}), (box(24, 5, 30, 9), {"pa": "C"})]
    pa_uri, region_uri = layers(tmp_path, pas)
    charts = tmp_path / "out_charts"
    out = run(tmp_path, pa_uri, region_uri, DISTANCES="1000, 10000;100000", OUTPUT_CHARTS=str(charts))
    table = rows(out["OUTPUT"])
    assert sorted(table) == [(r, d) for r in ("East", "West") for d in (1000.0, 10000.0, 100000.0)]
    for f in table.values():
        assert f["protconn"] <= f["prot"] + 1e-9
        parts = f["protconn_prot"] + f["protconn_trans"] + f["protconn_unprot"]
        assert parts == pytest.approx(f["protconn"], abs=1e-9)
        assert f["protconn_within"] + f["protconn_contig"] == pytest.approx(f["protconn_prot"], abs=1e-9)
    assert table[("West", 1000.0)]["protconn"] < table[("West", 100000.0)]["protconn"]
    for name in ("West", "East"):
        png = charts / "protconn_{}.png".format(name)
        svg = charts / "protconn_{}.svg".format(name)
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 5000
        assert "<svg" in svg.read_text(encoding="utf-8")


def test_geographic_crs(provider, tmp_path):
    region = "POLYGON((69.0 43.0,69.3 43.0,69.3 43.2,69.0 43.2,69.0 43.0))"
    pa = "POLYGON((69.05 43.05,69.08 43.05,69.08 43.08,69.05 43.08,69.05 43.05))"
    path = tmp_path / "geo.gpkg"
    region_uri = write_vector(
        path, "r", ogr.wkbPolygon, [(region, {"name": "R"})], epsg=4326, fields=REGION_FIELDS
    )
    pa_uri = write_vector(path, "p", ogr.wkbPolygon, [(pa, {"pa": "P"})], epsg=4326, fields=PA_FIELDS)
    with pytest.raises(QgsProcessingException, match="geographic CRS.*working CRS"):
        run(tmp_path, pa_uri, region_uri)
    assert not outputs_written(tmp_path)
    out = run(tmp_path, pa_uri, region_uri, CRS="EPSG:6933")  # an equal-area CRS in metres
    (row,) = rows(out["OUTPUT"]).values()
    assert row["protconn"] == pytest.approx(row["prot"]) and 1 < row["prot"] < 3


def refused(tmp_path, pa_uri, region_uri, match, **params):
    with pytest.raises(QgsProcessingException, match=match):
        run(tmp_path, pa_uri, region_uri, **params)
    assert not outputs_written(tmp_path), "an output was written"


@pytest.mark.parametrize(
    "distances, match",
    [
        ("abc", "is not a distance"),
        ("0", "must be positive"),
        ("10000, -5", "must be positive"),
        ("", "at least"),
    ],
)
def test_bad_distances(provider, tmp_path, distances, match):
    pa_uri, region_uri = layers(tmp_path, [(box(2, 2, 4, 4), {"pa": "A"})])
    refused(tmp_path, pa_uri, region_uri, match, DISTANCES=distances)


def test_probability_outside_0_1(provider, tmp_path):
    pa_uri, region_uri = layers(tmp_path, [(box(2, 2, 4, 4), {"pa": "A"})])
    refused(tmp_path, pa_uri, region_uri, "strictly between 0 and 1", PROBABILITY=1.5)


def test_empty_layers(provider, tmp_path):
    pa_uri, region_uri = layers(tmp_path, [])
    refused(tmp_path, pa_uri, region_uri, "protected areas layer has no features")
    path = tmp_path / "other.gpkg"
    empty_regions = write_vector(path, "r", ogr.wkbPolygon, [], fields=REGION_FIELDS)
    pa_uri2 = write_vector(path, "p", ogr.wkbPolygon, [(box(2, 2, 4, 4), {"pa": "A"})], fields=PA_FIELDS)
    refused(tmp_path, pa_uri2, empty_regions, "regions layer has no features")


def test_invalid_protected_area_is_repaired(provider, tmp_path):
    bowtie = "POLYGON(({0} {1},{2} {3},{2} {1},{0} {3},{0} {1}))".format(
        X0 + 2 * KM, Y0 + 2 * KM, X0 + 4 * KM, Y0 + 4 * KM
    )
    pa_uri, region_uri = layers(tmp_path, [(bowtie, {"pa": "bow"})])
    feedback = RecordingFeedback()
    out = run(tmp_path, pa_uri, region_uri, feedback, TRANSBOUNDARY=False)
    assert any("repaired" in w for w in feedback.warnings)
    assert rows(out["OUTPUT"])[("West", 2000.0)]["prot"] == pytest.approx(100 * 2 / 400)


def test_least_cost_distances(provider, tmp_path):
    # uniform resistance 1 on 100 m cells: the 2 km gap costs 21 steps of 100 between the nearest cell centres
    pa_uri, region_uri = layers(tmp_path, [(box(2, 2, 4, 4), {"pa": "A"}), (box(6, 2, 8, 4), {"pa": "B"})])
    resistance = write_raster(tmp_path / "r.tif", np.ones((200, 200)), origin=(X0, Y0 + 20 * KM))
    out = run(tmp_path, pa_uri, region_uri, DISTANCE_TYPE=2, RESISTANCE=resistance, TRANSBOUNDARY=False)
    west = rows(out["OUTPUT"])[("West", 2000.0)]
    assert west["eca"] == pytest.approx(np.sqrt(16 + 16 + 2 * 16 * 0.5 ** (2100 / 2000)))
    other = write_raster(tmp_path / "utm43.tif", np.ones((200, 200)), epsg=32643, origin=(X0, Y0 + 20 * KM))
    for name in ("out_table.gpkg", "out_regions.gpkg"):
        os.remove(str(tmp_path / name))
    refused(tmp_path, pa_uri, region_uri, "Reproject the raster", DISTANCE_TYPE=2, RESISTANCE=other)


def test_protected_area_on_nodata_is_refused_not_isolated(provider, tmp_path):
    """As gpec:corridors does: a protected unit entirely on NoData stops the run, named by a point on it."""
    pa_uri, region_uri = layers(tmp_path, [(box(2, 2, 4, 4), {"pa": "A"}), (box(6, 2, 8, 4), {"pa": "B"})])
    values = np.ones((200, 200))
    values[160:180, 60:80] = np.nan  # the cells of B (x 6-8 km, y 2-4 km)
    resistance = write_raster(tmp_path / "r.tif", values, origin=(X0, Y0 + 20 * KM))
    refused(
        tmp_path,
        pa_uri,
        region_uri,
        r"lie entirely on NoData.*: \({:.0f}, {:.0f}\)\.".format(X0 + 7 * KM, Y0 + 3 * KM),
        DISTANCE_TYPE=2,
        RESISTANCE=resistance,
        TRANSBOUNDARY=False,
    )
