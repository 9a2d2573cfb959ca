# SPDX-FileCopyrightText: 2026 GPEC Connectivity contributors
# SPDX-License-Identifier: GPL-2.0-or-later
"""Every bad input of the foundation issue: a clear message, nothing written, no crash."""

import os

import numpy as np
import processing
import pytest
from osgeo import ogr
from qgis.core import QgsProcessingException, QgsVectorLayer

from .conftest import (
    RecordingFeedback,
    cell_point,
    cell_polygon,
    huge_sparse_raster,
    outputs_written,
    read_raster,
    run_corridors,
    write_raster,
    write_vector,
)


def two_cores(tmp_path, **extra):
    features = [(cell_polygon(2, 2, 5, 5), {"id": 1}), (cell_polygon(12, 12, 16, 16), {"id": 2})]
    features += extra.get("more", [])
    return write_vector(tmp_path / "cores.gpkg", "cores", ogr.wkbPolygon, features)


def refused(tmp_path, resistance, cores, match, **params):
    with pytest.raises(QgsProcessingException, match=match):
        run_corridors(tmp_path, resistance, cores, **params)
    assert not outputs_written(tmp_path), "an output was written"


def test_geographic_crs_is_refused(provider, tmp_path):
    resistance = write_raster(
        tmp_path / "r.tif", np.ones((20, 20)), epsg=4326, cellsize=0.001, origin=(69.0, 43.0)
    )
    cores = write_vector(
        tmp_path / "c.gpkg",
        "c",
        ogr.wkbPolygon,
        [
            ("POLYGON((69.002 42.998,69.004 42.998,69.004 42.996,69.002 42.996,69.002 42.998))", {"id": 1}),
            ("POLYGON((69.012 42.988,69.014 42.988,69.014 42.986,69.012 42.986,69.012 42.988))", {"id": 2}),
        ],
        epsg=4326,
    )
    refused(tmp_path, resistance, cores, "geographic CRS.*degrees.*Reproject")


def test_raster_in_another_crs_is_refused_with_advice(provider, tmp_path):
    landcover = write_raster(tmp_path / "lc.tif", np.ones((20, 20)))
    other = write_raster(tmp_path / "other.tif", np.ones((20, 20)), epsg=32643)
    with pytest.raises(QgsProcessingException, match="Warp"):
        processing.run(
            "gpec:resistancesurface",
            {
                "LANDCOVER": landcover,
                "RESISTANCE_TABLE": _table(tmp_path),
                "EXTRA_RASTERS": [other],
                "OUTPUT": str(tmp_path / "out_r.tif"),
            },
        )
    misaligned = write_raster(tmp_path / "mis.tif", np.ones((20, 20)), origin=(600050.0, 4800000.0))
    with pytest.raises(QgsProcessingException, match="Align Rasters"):
        processing.run(
            "gpec:resistancesurface",
            {
                "LANDCOVER": landcover,
                "RESISTANCE_TABLE": _table(tmp_path),
                "EXTRA_RASTERS": [misaligned],
                "OUTPUT": str(tmp_path / "out_r.tif"),
            },
        )
    assert not (tmp_path / "out_r.tif").exists()


def _table(tmp_path):
    path = tmp_path / "table.csv"
    path.write_text("class,resistance\n1,10\n", encoding="utf-8")
    return str(path)


def test_cores_outside_the_raster(provider, tmp_path):
    resistance = write_raster(tmp_path / "r.tif", np.ones((20, 20)))
    cores = two_cores(tmp_path, more=[(cell_polygon(50, 50, 55, 55), {"id": 3})])
    refused(tmp_path, resistance, cores, "3 lie outside the resistance surface")


def test_fewer_than_two_cores(provider, tmp_path):
    resistance = write_raster(tmp_path / "r.tif", np.ones((20, 20)))
    cores = write_vector(tmp_path / "c.gpkg", "c", ogr.wkbPolygon, [(cell_polygon(2, 2, 5, 5), {"id": 1})])
    refused(tmp_path, resistance, cores, "At least two core areas")


def test_empty_core_layer(provider, tmp_path):
    resistance = write_raster(tmp_path / "r.tif", np.ones((20, 20)))
    cores = write_vector(tmp_path / "c.gpkg", "c", ogr.wkbPolygon, [])
    refused(tmp_path, resistance, cores, "no features")


def test_duplicate_core_ids(provider, tmp_path):
    resistance = write_raster(tmp_path / "r.tif", np.ones((20, 20)))
    cores = two_cores(tmp_path, more=[(cell_polygon(8, 2, 10, 4), {"id": 2})])
    refused(tmp_path, resistance, cores, "ids 2 appear more than once")


def test_empty_core_ids(provider, tmp_path):
    resistance = write_raster(tmp_path / "r.tif", np.ones((20, 20)))
    cores = two_cores(tmp_path, more=[(cell_polygon(8, 2, 10, 4), {"id": None})])
    refused(tmp_path, resistance, cores, "have an empty id")


def test_all_nodata_raster(provider, tmp_path):
    resistance = write_raster(tmp_path / "r.tif", np.full((20, 20), np.nan))
    refused(tmp_path, resistance, two_cores(tmp_path), "Every cell of the resistance surface is NoData")


@pytest.mark.parametrize("bad", [0.0, -2.0])
def test_zero_or_negative_resistance(provider, tmp_path, bad):
    values = np.ones((20, 20))
    values[10, 3] = bad
    resistance = write_raster(tmp_path / "r.tif", values)
    refused(tmp_path, resistance, two_cores(tmp_path), "zero or negative resistance")


def test_nan_is_nodata_with_a_warning(provider, tmp_path):
    values = np.ones((20, 20))
    values[10, 3] = np.nan
    resistance = write_raster(tmp_path / "r.tif", values, nodata=None)  # NaN not declared as NoData
    feedback = RecordingFeedback()
    out = run_corridors(tmp_path, resistance, two_cores(tmp_path), feedback=feedback)
    assert any("NaN" in w and "NoData" in w for w in feedback.warnings)
    assert np.isnan(read_raster(out["OUTPUT_CORRIDORS"])[10, 3])


def test_core_entirely_on_nodata(provider, tmp_path):
    values = np.ones((20, 20))
    values[12:16, 12:16] = np.nan
    resistance = write_raster(tmp_path / "r.tif", values)
    refused(
        tmp_path,
        resistance,
        two_cores(tmp_path),
        "lie entirely on NoData cells of the resistance surface, so nothing can leave them: 2\\.",
    )


def test_cores_that_cannot_reach_each_other_are_reported(provider, tmp_path):
    values = np.ones((20, 20))
    values[:, 9] = np.nan
    resistance = write_raster(tmp_path / "r.tif", values)
    feedback = RecordingFeedback()
    out = run_corridors(tmp_path, resistance, two_cores(tmp_path), feedback=feedback)
    (link,) = list(QgsVectorLayer(out["OUTPUT_LINKS"], "l", "ogr").getFeatures())
    assert link["kept"] in (False, 0) and link["reason"].startswith("not connected")
    assert link["cw_dist"] is None or str(link["cw_dist"]) == "NULL"
    assert any("cannot reach each other" in w for w in feedback.warnings)


def test_output_that_would_overwrite_an_input(provider, tmp_path):
    values = np.ones((20, 20))
    resistance = write_raster(tmp_path / "r.tif", values)
    before = (tmp_path / "r.tif").read_bytes()
    with pytest.raises(QgsProcessingException, match="would overwrite the input"):
        processing.run(
            "gpec:corridors",
            {
                "RESISTANCE": resistance,
                "CORES": two_cores(tmp_path),
                "CORE_ID_FIELD": "id",
                "OUTPUT_CORRIDORS": resistance,
                "OUTPUT_LINKS": str(tmp_path / "out_links.gpkg"),
            },
        )
    assert (tmp_path / "r.tif").read_bytes() == before
    sources = write_vector(tmp_path / "s.gpkg", "s", ogr.wkbPoint, [(cell_point(3, 3), {"id": 1})])
    with pytest.raises(QgsProcessingException, match="would overwrite the input"):
        processing.run(
            "gpec:costdistance",
            {"RESISTANCE": resistance, "SOURCES": sources, "OUTPUT": str(tmp_path / "r.tif")},
        )
    assert (tmp_path / "r.tif").read_bytes() == before


def test_raster_too_large_for_memory_is_refused_before_reading(provider, tmp_path):
    path = huge_sparse_raster(tmp_path)
    assert os.path.getsize(path) < 2**20
    cores = write_vector(
        tmp_path / "c.gpkg",
        "c",
        ogr.wkbPolygon,
        [
            (cell_polygon(2, 2, 5, 5, cellsize=1.0), {"id": 1}),
            (cell_polygon(12, 12, 16, 16, cellsize=1.0), {"id": 2}),
        ],
    )
    refused(tmp_path, path, cores, "needs about .* of memory but only .* is available.*Coarsen")
    with pytest.raises(QgsProcessingException, match="Coarsen"):
        processing.run(
            "gpec:costdistance",
            {"RESISTANCE": path, "SOURCES": cores, "OUTPUT": str(tmp_path / "out_cd.tif")},
        )
