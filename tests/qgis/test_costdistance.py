# SPDX-FileCopyrightText: 2026 GPEC Connectivity contributors
# SPDX-License-Identifier: GPL-2.0-or-later
"""gpec:costdistance and gpec:leastcostpath run through processing.run on real GeoTIFF/GeoPackage layers."""

import numpy as np
import processing
import pytest
from osgeo import ogr
from qgis.core import QgsVectorLayer

from .conftest import cell_point, cell_polygon, read_raster, write_raster, write_vector

skgraph = pytest.importorskip("skimage.graph")


def random_resistance(seed, shape=(48, 64), nodata=0.12):
    rng = np.random.default_rng(seed)
    values = np.exp(rng.normal(0, 1, shape)).astype(np.float32).astype(float)  # what a Float32 GeoTIFF holds
    values[rng.random(shape) < nodata] = np.nan
    return values


@pytest.mark.parametrize("four", [False, True])
@pytest.mark.parametrize("seed", [3, 8])
def test_cost_distance_equals_mcp_geometric(provider, tmp_path, seed, four):
    values = random_resistance(seed)
    starts = [(5, 7), (40, 50)]
    for cell in starts:
        values[cell] = 1.0
    resistance = write_raster(tmp_path / "r.tif", values, cellsize=100.0)
    sources = write_vector(
        tmp_path / "s.gpkg",
        "s",
        ogr.wkbPoint,
        [(cell_point(*c), {"id": i + 1}) for i, c in enumerate(starts)],
    )
    out = processing.run(
        "gpec:costdistance",
        {
            "RESISTANCE": resistance,
            "SOURCES": sources,
            "FOUR_NEIGHBOURS": four,
            "FLOAT64": True,
            "OUTPUT": str(tmp_path / "cd.tif"),
            "OUTPUT_ALLOCATION": str(tmp_path / "alloc.tif"),
            "SOURCE_ID_FIELD": "id",
        },
    )
    ours = read_raster(out["OUTPUT"])
    mcp = skgraph.MCP_Geometric(
        np.where(np.isnan(values), -1, values), fully_connected=not four, sampling=(100.0, 100.0)
    )
    ref, _ = mcp.find_costs(starts)
    reached = np.isfinite(ref)
    assert np.array_equal(~np.isnan(ours), reached)
    np.testing.assert_allclose(ours[reached], ref[reached], rtol=1e-9, atol=0)
    alloc = read_raster(out["OUTPUT_ALLOCATION"])
    assert set(np.unique(alloc[reached])) <= {1.0, 2.0}
    assert alloc[starts[0]] == 1 and alloc[starts[1]] == 2
    assert np.all(np.isnan(alloc[~reached]))


def test_text_ids_polygons_and_max_cost(provider, tmp_path, feedback):
    values = np.ones((20, 30))
    resistance = write_raster(tmp_path / "r.tif", values, cellsize=50.0)
    polygons = [
        (cell_polygon(2, 2, 5, 5, cellsize=50.0), {"name": "west"}),
        (cell_polygon(2, 25, 5, 28, cellsize=50.0), {"name": "east"}),
    ]
    sources = write_vector(
        tmp_path / "s.gpkg", "s", ogr.wkbPolygon, polygons, fields=(("name", ogr.OFTString),)
    )
    out = processing.run(
        "gpec:costdistance",
        {
            "RESISTANCE": resistance,
            "SOURCES": sources,
            "SOURCE_ID_FIELD": "name",
            "MAX_COST": 300.0,
            "OUTPUT": str(tmp_path / "cd.tif"),
            "OUTPUT_ALLOCATION": str(tmp_path / "alloc.tif"),
        },
        feedback=feedback,
    )
    distance = read_raster(out["OUTPUT"])
    assert np.all(distance[2:5, 2:5] == 0)
    assert distance[3, 5] == pytest.approx(50.0)
    assert np.nanmax(distance) <= 300.0 and np.isnan(distance[3, 15])
    alloc = read_raster(out["OUTPUT_ALLOCATION"])
    assert alloc[3, 3] == 2 and alloc[3, 26] == 1  # text ids numbered in sorted order: east=1, west=2
    assert any("east=1" in line for line in feedback.infos)


def test_vectors_in_another_crs_are_reprojected(provider, tmp_path, feedback):
    values = np.ones((10, 10))
    resistance = write_raster(tmp_path / "r.tif", values)
    # the centre of cell (4, 4) of the UTM 42N grid, given in WGS 84 degrees
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsPointXY, QgsProject

    transform = QgsCoordinateTransform(
        QgsCoordinateReferenceSystem("EPSG:32642"),
        QgsCoordinateReferenceSystem("EPSG:4326"),
        QgsProject.instance(),
    )
    point = transform.transform(QgsPointXY(600450.0, 4799550.0))
    sources = write_vector(
        tmp_path / "s.gpkg",
        "s",
        ogr.wkbPoint,
        [("POINT({} {})".format(point.x(), point.y()), {"id": 1})],
        epsg=4326,
    )
    out = processing.run(
        "gpec:costdistance",
        {"RESISTANCE": resistance, "SOURCES": sources, "OUTPUT": str(tmp_path / "cd.tif")},
        feedback=feedback,
    )
    distance = read_raster(out["OUTPUT"])
    assert distance[4, 4] == 0 and distance[4, 5] == pytest.approx(100.0)
    assert any("reprojected" in line for line in feedback.infos)


def test_least_cost_path_cost_equals_cost_distance_at_its_end(provider, tmp_path):
    values = random_resistance(12, shape=(40, 50), nodata=0.08)
    values[2:6, 2:6] = 1.0
    values[33:37, 40:46] = 1.0
    resistance = write_raster(tmp_path / "r.tif", values)
    start = write_vector(
        tmp_path / "v.gpkg", "start", ogr.wkbPolygon, [(cell_polygon(2, 2, 6, 6), {"id": 1})]
    )
    end = write_vector(
        tmp_path / "v.gpkg", "end", ogr.wkbPolygon, [(cell_polygon(33, 40, 37, 46), {"id": 2})]
    )
    out = processing.run(
        "gpec:leastcostpath",
        {"RESISTANCE": resistance, "START": start, "END": end, "OUTPUT": str(tmp_path / "lcp.gpkg")},
    )
    layer = QgsVectorLayer(out["OUTPUT"], "lcp", "ogr")
    (feature,) = list(layer.getFeatures())
    cd = processing.run(
        "gpec:costdistance",
        {"RESISTANCE": resistance, "SOURCES": start, "FLOAT64": True, "OUTPUT": str(tmp_path / "cd.tif")},
    )
    distance = read_raster(cd["OUTPUT"])
    last = feature.geometry().asPolyline()[-1]
    row, col = int((4800000.0 - last.y()) // 100), int((last.x() - 600000.0) // 100)
    assert feature["cost"] == pytest.approx(distance[row, col], rel=1e-9)
    assert feature["cost"] == pytest.approx(np.nanmin(distance[33:37, 40:46]), rel=1e-9)
    assert feature["length"] == pytest.approx(feature.geometry().length(), rel=1e-9)
    assert feature["n_cells"] == len(feature.geometry().asPolyline())
