# SPDX-FileCopyrightText: 2026 GPEC Connectivity contributors
# SPDX-License-Identifier: GPL-2.0-or-later
"""gpec:resistancesurface on real GeoTIFF, CSV and GeoPackage layers."""

import os

import numpy as np
import processing
import pytest
from osgeo import gdal, ogr
from qgis.core import QgsProcessingException, QgsRasterLayer, QgsVectorLayer

from .conftest import ORIGIN, read_raster, write_raster, write_vector


@pytest.fixture
def landcover(tmp_path):
    classes = np.ones((20, 30))
    classes[:, 10:20] = 2
    classes[5, 5] = 0  # NoData
    classes[:, 25:] = 3
    return write_raster(tmp_path / "lc.tif", classes, nodata=0, dtype=gdal.GDT_Byte), classes


def write_table(tmp_path, text, name="table.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_reclassify_with_csv_table(provider, tmp_path, landcover):
    path, classes = landcover
    table = write_table(tmp_path, "class,resistance,label\n1,5,forest\n2,50,steppe\n3,,water\n")
    out = processing.run(
        "gpec:resistancesurface",
        {"LANDCOVER": path, "RESISTANCE_TABLE": table, "OUTPUT": str(tmp_path / "r.tif")},
    )
    values = read_raster(out["OUTPUT"])
    assert np.all(values[classes == 1] == 5) and np.all(values[classes == 2] == 50)
    assert np.all(np.isnan(values[classes == 3])) and np.isnan(values[5, 5])
    layer = QgsRasterLayer(out["OUTPUT"], "r")
    assert layer.dataProvider().dataType(1) == 6  # Float32


def test_table_layer_with_other_field_names(provider, tmp_path, landcover):
    path, classes = landcover
    table = write_vector(
        tmp_path / "t.gpkg",
        "table",
        ogr.wkbNone,
        [(None, {"lc": 1, "cost": 2.5}), (None, {"lc": 2, "cost": 7.0}), (None, {"lc": 3, "cost": 9.0})],
        fields=(("lc", ogr.OFTInteger), ("cost", ogr.OFTReal)),
    )
    out = processing.run(
        "gpec:resistancesurface",
        {
            "LANDCOVER": path,
            "RESISTANCE_TABLE": QgsVectorLayer(table, "t", "ogr"),
            "CLASS_FIELD": "lc",
            "RESISTANCE_FIELD": "cost",
            "LABEL_FIELD": "",
            "OUTPUT": str(tmp_path / "r.tif"),
        },
    )
    values = read_raster(out["OUTPUT"])
    assert values[0, 0] == 2.5 and values[0, 15] == 7.0 and values[0, 27] == 9.0


def test_unknown_classes_are_listed_and_nothing_written(provider, tmp_path, landcover):
    path, _ = landcover
    table = write_table(tmp_path, "class,resistance\n1,5\n")
    with pytest.raises(
        QgsProcessingException, match="2 class\\(es\\) that the resistance table does not list: 2, 3"
    ):
        processing.run(
            "gpec:resistancesurface",
            {"LANDCOVER": path, "RESISTANCE_TABLE": table, "OUTPUT": str(tmp_path / "out.tif")},
        )
    assert not os.path.exists(tmp_path / "out.tif")


def test_no_table_and_no_profile(provider, tmp_path, landcover):
    with pytest.raises(QgsProcessingException, match="Give a resistance table"):
        processing.run(
            "gpec:resistancesurface", {"LANDCOVER": landcover[0], "OUTPUT": str(tmp_path / "out.tif")}
        )


def test_linear_features_are_burnt_without_diagonal_gaps(provider, tmp_path, landcover):
    path, classes = landcover
    table = write_table(tmp_path, "class,resistance\n1,5\n2,50\n3,20\n")
    x0, y0 = ORIGIN
    lines = [
        ("LINESTRING({} {}, {} {})".format(x0 + 50, y0 - 50, x0 + 1950, y0 - 1950), {"resistance": 500.0}),
        ("LINESTRING({} {}, {} {})".format(x0 + 50, y0 - 1550, x0 + 2950, y0 - 1550), {"resistance": None}),
    ]
    roads = write_vector(
        tmp_path / "roads.gpkg", "roads", ogr.wkbLineString, lines, fields=(("resistance", ogr.OFTReal),)
    )
    out = processing.run(
        "gpec:resistancesurface",
        {
            "LANDCOVER": path,
            "RESISTANCE_TABLE": table,
            "LINEAR_FEATURES": [roads],
            "LINE_RESISTANCE": 300.0,
            "OUTPUT": str(tmp_path / "r.tif"),
        },
    )
    values = read_raster(out["OUTPUT"])
    diagonal = [values[i, i] for i in range(20) if (i, i) != (5, 5)]
    assert all(v == 500.0 for v in diagonal)
    # every cell the diagonal touches is burnt, so no 8-neighbour step crosses the road unburnt
    burnt = values >= 300.0
    for i in range(19):
        assert burnt[i, i + 1] or burnt[i + 1, i]
    assert np.all(
        values[15, :] >= 300.0
    )  # fixed value where the field is empty; maximum keeps 500 at the crossing
    assert values[15, 15] == 500.0 and np.isnan(values[5, 5])


def test_further_rasters_are_combined(provider, tmp_path, landcover):
    path, classes = landcover
    table = write_table(tmp_path, "class,resistance\n1,5\n2,50\n3,20\n")
    factor = np.full(classes.shape, 2.0)
    factor[0, 0] = np.nan
    extra = write_raster(tmp_path / "factor.tif", factor)
    out = processing.run(
        "gpec:resistancesurface",
        {
            "LANDCOVER": path,
            "RESISTANCE_TABLE": table,
            "EXTRA_RASTERS": [extra],
            "COMBINE": 0,
            "OUTPUT": str(tmp_path / "r.tif"),
        },
    )
    values = read_raster(out["OUTPUT"])
    assert values[1, 1] == 10.0 and values[1, 15] == 100.0 and np.isnan(values[0, 0])
