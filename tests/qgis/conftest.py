# SPDX-FileCopyrightText: 2026 GPEC Connectivity contributors
# SPDX-License-Identifier: GPL-2.0-or-later
"""Fixtures for tests that run the real Processing algorithms in a real (headless) QGIS via pytest-qgis."""

import os

import numpy as np
import processing
import pytest
from osgeo import gdal, ogr, osr
from qgis.core import QgsApplication, QgsProcessingFeedback, QgsVectorLayer

from gpec_connectivity import classFactory

UTM = 32642
ORIGIN = (600000.0, 4800000.0)


@pytest.fixture
def provider(qgis_processing):
    """The GPEC provider registered the way QGIS does it (classFactory(None).initProcessing()), then removed."""
    plugin = classFactory(None)
    plugin.initProcessing()
    yield QgsApplication.processingRegistry().providerById("gpec")
    plugin.unload()


class RecordingFeedback(QgsProcessingFeedback):
    """Feedback that keeps what the algorithm reports, for assertions."""

    def __init__(self, cancel_at=None):
        super().__init__()
        self.infos, self.warnings, self.cancel_at = [], [], cancel_at
        self.progressChanged.connect(self._progress)

    def _progress(self, value):
        if self.cancel_at is not None and value >= self.cancel_at:
            self.cancel()

    def pushInfo(self, info):  # noqa: N802 - QGIS API
        self.infos.append(info)
        super().pushInfo(info)

    def pushWarning(self, warning):  # noqa: N802 - QGIS API
        self.warnings.append(warning)
        super().pushWarning(warning)


@pytest.fixture
def feedback():
    return RecordingFeedback()


def write_raster(
    path, array, *, epsg=UTM, cellsize=100.0, origin=ORIGIN, nodata=-9999.0, dtype=gdal.GDT_Float32
):
    """Write a real single-band GeoTIFF; NaN cells become ``nodata``."""
    array = np.asarray(array, dtype=float)
    rows, cols = array.shape
    dataset = gdal.GetDriverByName("GTiff").Create(str(path), cols, rows, 1, dtype)
    dataset.SetGeoTransform((origin[0], cellsize, 0, origin[1], 0, -cellsize))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    dataset.SetProjection(srs.ExportToWkt())
    band = dataset.GetRasterBand(1)
    if nodata is not None:
        band.SetNoDataValue(nodata)
        array = np.where(np.isnan(array), nodata, array)
    band.WriteArray(array)
    band = None
    dataset = None
    return str(path)


def read_raster(path):
    """A raster as float64 with NoData as NaN (keeps the dataset alive while its band is used)."""
    dataset = gdal.Open(str(path))
    band = dataset.GetRasterBand(1)
    values = band.ReadAsArray().astype(float)
    nodata = band.GetNoDataValue()
    if nodata is not None:
        values[values == nodata] = np.nan
    band = None
    dataset = None
    return values


def write_vector(path, layer_name, geometry_type, features, *, epsg=UTM, fields=(("id", ogr.OFTInteger),)):
    """Write a GeoPackage layer from (WKT, {field: value}) pairs; returns the layer URI for Processing."""
    driver = ogr.GetDriverByName("GPKG")
    dataset = driver.Open(str(path), 1) if path.exists() else driver.CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    layer = dataset.CreateLayer(layer_name, srs, geometry_type)
    for name, kind in fields:
        layer.CreateField(ogr.FieldDefn(name, kind))
    for wkt, attributes in features:
        feature = ogr.Feature(layer.GetLayerDefn())
        if wkt:
            feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        for name, value in attributes.items():
            if value is not None:
                feature.SetField(name, value)
        layer.CreateFeature(feature)
        feature = None
    layer = None
    dataset = None
    return "{}|layername={}".format(path, layer_name)


def cell_polygon(row0, col0, row1, col1, *, cellsize=100.0, origin=ORIGIN):
    """WKT of the rectangle covering cells [row0, row1) x [col0, col1) of a grid at ``origin``."""
    x0, x1 = origin[0] + col0 * cellsize, origin[0] + col1 * cellsize
    y0, y1 = origin[1] - row1 * cellsize, origin[1] - row0 * cellsize
    return "POLYGON(({0} {2},{1} {2},{1} {3},{0} {3},{0} {2}))".format(x0, x1, y0, y1)


def cell_point(row, col, *, cellsize=100.0, origin=ORIGIN):
    """WKT of the centre of cell (row, col)."""
    return "POINT({} {})".format(origin[0] + (col + 0.5) * cellsize, origin[1] - (row + 0.5) * cellsize)


def huge_sparse_raster(tmp_path, name="huge.tif"):
    """A 100,000 x 100,000 Float32 GeoTIFF (10^10 cells, hundreds of GB of working memory) stored sparse: the
    file holds almost nothing, so the memory check can be tested without the memory."""
    path = str(tmp_path / name)
    dataset = gdal.GetDriverByName("GTiff").Create(
        path,
        100000,
        100000,
        1,
        gdal.GDT_Float32,
        ["SPARSE_OK=TRUE", "TILED=YES", "BLOCKXSIZE=2048", "BLOCKYSIZE=2048", "BIGTIFF=YES"],
    )
    dataset.SetGeoTransform((ORIGIN[0], 1.0, 0, ORIGIN[1], 0, -1.0))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(UTM)
    dataset.SetProjection(srs.ExportToWkt())
    dataset = None
    return path


def read_features(path, key=None):
    """The features of a vector output: a list, or a dict by ``key(feature)`` when given."""
    layer = QgsVectorLayer(str(path), "out", "ogr")
    assert layer.isValid(), path
    features = list(layer.getFeatures())
    return features if key is None else {key(f): f for f in features}


def outputs_written(folder):
    """The files and folders named out_* in ``folder``: what a failed or cancelled run must not leave."""
    return sorted(p for p in os.listdir(folder) if p.startswith("out_"))


def run_corridors(tmp_path, resistance, cores, feedback=None, **params):
    """gpec:corridors between ``cores`` (id field ``id``), all pairs, outputs out_corridors.tif and out_links.gpkg
    in ``tmp_path``; ``params`` override any of these."""
    parameters = {
        "RESISTANCE": resistance,
        "CORES": cores,
        "CORE_ID_FIELD": "id",
        "LINKS": 1,
        "OUTPUT_CORRIDORS": str(tmp_path / "out_corridors.tif"),
        "OUTPUT_LINKS": str(tmp_path / "out_links.gpkg"),
    }
    parameters.update(params)
    return processing.run("gpec:corridors", parameters, feedback=feedback)
