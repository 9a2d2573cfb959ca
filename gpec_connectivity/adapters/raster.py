# SPDX-FileCopyrightText: 2026 GPEC Connectivity contributors
# SPDX-License-Identifier: GPL-2.0-or-later
"""Raster layers to numpy arrays (NoData as NaN) and numpy arrays to GeoTIFF, on a described grid."""

import os
from dataclasses import dataclass

import numpy as np
from osgeo import gdal, osr
from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsPointXY,
    QgsRasterFileWriter,
    QgsRectangle,
)

from ..core.errors import QT_TR_NOOP, InvalidInputError
from ..i18n import tr

#: NoData written in floating-point outputs (costs and resistances are never negative).
FLOAT_NODATA = -9999.0

_DTYPES = {
    Qgis.DataType.Byte: np.uint8,
    Qgis.DataType.UInt16: np.uint16,
    Qgis.DataType.Int16: np.int16,
    Qgis.DataType.UInt32: np.uint32,
    Qgis.DataType.Int32: np.int32,
    Qgis.DataType.Float32: np.float32,
    Qgis.DataType.Float64: np.float64,
}
if hasattr(Qgis.DataType, "Int8"):  # QGIS >= 3.30
    _DTYPES[Qgis.DataType.Int8] = np.int8

_GDAL_TYPES = {
    np.dtype(np.uint8): gdal.GDT_Byte,
    np.dtype(np.int16): gdal.GDT_Int16,
    np.dtype(np.int32): gdal.GDT_Int32,
    np.dtype(np.float32): gdal.GDT_Float32,
    np.dtype(np.float64): gdal.GDT_Float64,
}


@dataclass(frozen=True)
class Grid:
    """A north-up raster grid: CRS, extent and size in cells.

    Attributes
    ----------
    crs : QgsCoordinateReferenceSystem
    extent : QgsRectangle
    width, height : int
        Columns and rows.
    """

    crs: QgsCoordinateReferenceSystem
    extent: QgsRectangle
    width: int
    height: int

    @classmethod
    def of(cls, layer):
        """The grid of a raster layer."""
        return cls(
            QgsCoordinateReferenceSystem(layer.crs()),
            QgsRectangle(layer.extent()),
            layer.width(),
            layer.height(),
        )

    @property
    def xres(self):
        return self.extent.width() / self.width

    @property
    def yres(self):
        return self.extent.height() / self.height

    @property
    def cellsize(self):
        """(row height, column width) in map units, as the core expects."""
        return (self.yres, self.xres)

    @property
    def n_cells(self):
        return int(self.width) * int(self.height)

    @property
    def shape(self):
        return (self.height, self.width)

    def geotransform(self):
        return (self.extent.xMinimum(), self.xres, 0.0, self.extent.yMaximum(), 0.0, -self.yres)

    def cell_center(self, row, col):
        """Map coordinates of the centre of cell (row, col)."""
        return QgsPointXY(
            self.extent.xMinimum() + (col + 0.5) * self.xres, self.extent.yMaximum() - (row + 0.5) * self.yres
        )

    def cell_centers(self, cells):
        """Map coordinates (x, y arrays) of the centres of an (n, 2) array of rows and columns."""
        cells = np.asarray(cells, dtype=float)
        x = self.extent.xMinimum() + (cells[:, 1] + 0.5) * self.xres
        y = self.extent.yMaximum() - (cells[:, 0] + 0.5) * self.yres
        return x, y

    def matches(self, other):
        """True when ``other`` has the same CRS, size and extent (to a hundredth of a cell)."""
        tol = 0.01 * min(self.xres, self.yres)
        return (
            self.crs == other.crs
            and (self.width, self.height) == (other.width, other.height)
            and abs(self.extent.xMinimum() - other.extent.xMinimum()) <= tol
            and abs(self.extent.yMaximum() - other.extent.yMaximum()) <= tol
            and abs(self.extent.xMaximum() - other.extent.xMaximum()) <= tol
            and abs(self.extent.yMinimum() - other.extent.yMinimum()) <= tol
        )

    def describe(self):
        """Short text for messages: size, cell size and CRS."""
        return "{} x {} cells of {:g} x {:g}, {}".format(
            self.width, self.height, self.xres, self.yres, self.crs.authid() or self.crs.description()
        )


def read_array(layer, band=1, feedback=None, shape=None):
    """Read one band of a raster layer as float64, with every kind of NoData turned into NaN.

    NoData is the source's NoData value (when QGIS uses it), the layer's user-defined NoData ranges, and NaN.
    NaN cells that the raster does not declare as NoData are reported to ``feedback`` as a warning. ``shape``
    (rows, columns) reads a resampled overview instead of the full grid (for styling and previews).

    Raises
    ------
    InvalidInputError
        If the layer cannot be read or has an unsupported data type.
    """
    provider = layer.dataProvider()
    data_type = provider.dataType(band)
    dtype = _DTYPES.get(data_type)
    if dtype is None:
        raise InvalidInputError(
            QT_TR_NOOP("The raster {} has an unsupported data type; use an integer or floating-point band."),
            layer.name(),
        )
    height, width = shape if shape is not None else (layer.height(), layer.width())
    raw = _read_with_gdal(layer, band, dtype) if shape is None else None
    if raw is None:
        block = provider.block(band, layer.extent(), width, height)
        if block is None or not block.isValid():
            raise InvalidInputError(QT_TR_NOOP("The raster {} could not be read."), layer.name())
        raw = np.frombuffer(bytes(block.data()), dtype=dtype)
        if raw.size != width * height:
            raise InvalidInputError(QT_TR_NOOP("The raster {} could not be read."), layer.name())
        raw = raw.reshape(height, width)
    values = raw.astype(np.float64)
    nodata = np.isnan(values)
    declared_nan = False
    if provider.sourceHasNoDataValue(band) and provider.useSourceNoDataValue(band):
        declared = provider.sourceNoDataValue(band)
        declared_nan = np.isnan(declared)
        if not declared_nan:
            nodata |= raw == np.array(declared).astype(dtype)
    for rng in provider.userNoDataValues(band):
        lo, hi = rng.min(), rng.max()
        low_ok = values >= lo if rng.includeMinimum() else values > lo
        high_ok = values <= hi if rng.includeMaximum() else values < hi
        nodata |= low_ok & high_ok
    del raw
    if feedback is not None and dtype in (np.float32, np.float64) and not declared_nan:
        undeclared = int(np.count_nonzero(np.isnan(values)))
        if undeclared:
            feedback.pushWarning(
                tr("{} cell(s) of {} hold NaN; they are treated as NoData.").format(undeclared, layer.name())
            )
    values[nodata] = np.nan
    return values


def _read_with_gdal(layer, band, dtype):
    """The full band of a file-based GDAL layer read with ``ReadAsArray`` (one call, no copy through QGIS
    blocks), or None when the layer is not one GDAL opens as QGIS sees it (then the provider path is used)."""
    if layer.providerType() != "gdal":
        return None
    path = layer.source().split("|")[0]
    if not os.path.isfile(path):
        return None
    try:
        dataset = gdal.Open(path, gdal.GA_ReadOnly)
    except RuntimeError:
        return None
    if dataset is None or dataset.RasterCount < band:
        return None
    if (dataset.RasterXSize, dataset.RasterYSize) != (layer.width(), layer.height()):
        return None
    gdal_band = dataset.GetRasterBand(band)  # ``dataset`` stays alive while the band is used
    if (gdal_band.GetScale() or 1.0) != 1.0 or (gdal_band.GetOffset() or 0.0) != 0.0:
        return None  # QGIS applies scale and offset; leave that to the provider
    try:
        raw = gdal_band.ReadAsArray()
    except RuntimeError:
        return None
    del gdal_band, dataset
    if raw is None or raw.dtype != np.dtype(dtype) or raw.shape != (layer.height(), layer.width()):
        return None
    return raw


def gdal_driver_for(path):
    """GDAL driver short name for an output path (GeoTIFF when the extension is unknown)."""
    ext = os.path.splitext(path)[1].lstrip(".").lower()
    name = QgsRasterFileWriter.driverForExtension(ext) if ext else ""
    return name or "GTiff"


def write_array(path, array, grid, *, dtype=np.float32, nodata=None):
    """Write a 2-D array to a raster file on ``grid``; NaN cells become NoData. Returns ``path``.

    GeoTIFFs are tiled and DEFLATE-compressed (BigTIFF when needed).
    """
    return write_bands(path, [array], grid, dtype=dtype, nodata=nodata)


def write_bands(path, arrays, grid, *, dtype=np.float32, nodata=None, descriptions=None):
    """Write 2-D arrays as the bands of one raster file on ``grid`` (NaN is NoData). Returns ``path``."""
    dtype = np.dtype(dtype)
    if nodata is None:
        nodata = FLOAT_NODATA if dtype.kind == "f" else 0
    driver_name = gdal_driver_for(path)
    options = []
    if driver_name == "GTiff":
        predictor = "3" if dtype.kind == "f" else "2"
        options = ["COMPRESS=DEFLATE", "PREDICTOR=" + predictor, "TILED=YES", "BIGTIFF=IF_SAFER"]
        options.append("NUM_THREADS=ALL_CPUS")  # compress tiles in parallel; the file is the same
        if len(arrays) > 1:
            options.append("INTERLEAVE=BAND")
    driver = gdal.GetDriverByName(driver_name)
    if driver is None:
        raise InvalidInputError(QT_TR_NOOP("No GDAL driver can write {}."), path)
    gdal_type = _GDAL_TYPES[dtype]
    if driver.GetMetadataItem(gdal.DCAP_CREATE) == "YES":
        dataset = driver.Create(path, grid.width, grid.height, len(arrays), gdal_type, options)
        target = dataset
    else:  # drivers that can only copy (e.g. some ASCII formats): write in memory, then copy
        target = gdal.GetDriverByName("MEM").Create("", grid.width, grid.height, len(arrays), gdal_type)
        dataset = None
    target.SetGeoTransform(grid.geotransform())
    srs = osr.SpatialReference()
    srs.ImportFromWkt(grid.crs.toWkt(QgsCoordinateReferenceSystem.WktVariant.WKT_PREFERRED_GDAL))
    target.SetProjection(srs.ExportToWkt())
    for index, array in enumerate(arrays, start=1):
        values = np.asarray(array)
        if values.dtype.kind == "f" and dtype.kind == "f":  # one cast, NoData set in place
            out = values.astype(dtype)
            np.copyto(out, nodata, where=np.isnan(out))
        else:
            out = np.where(np.isnan(values), nodata, values) if values.dtype.kind == "f" else values
        band = target.GetRasterBand(index)
        band.SetNoDataValue(float(nodata))
        if descriptions:
            band.SetDescription(str(descriptions[index - 1]))
        band.WriteArray(out.astype(dtype, copy=False))
        band.FlushCache()
        del band
    if dataset is None:
        driver.CreateCopy(path, target, 0)
    target = None
    dataset = None
    return path
