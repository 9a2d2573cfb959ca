# SPDX-FileCopyrightText: 2026 GPEC Connectivity contributors
# SPDX-License-Identifier: GPL-2.0-or-later
"""Vector features onto a raster grid and back: reprojection, rasterising, distances, path lines."""

import numpy as np
from osgeo import gdal, ogr, osr
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsGeometry,
    QgsPointXY,
    QgsRectangle,
)

from ..core.errors import QT_TR_NOOP, InvalidInputError, NoSourcesError
from ..qgis_compat import GEOMETRY_LINE
from .features import read_features, spatial_index


def features_on_grid(source, grid, context, feedback=None, role=""):
    """The features of a feature source with their geometries in the grid's CRS (see
    :func:`~gpec_connectivity.adapters.features.read_features`: reprojected, invalid geometries repaired)."""
    return read_features(source, grid.crs, context, feedback, role or source.sourceName())


def _memory_raster(grid, gdal_type, fill):
    dataset = gdal.GetDriverByName("MEM").Create("", grid.width, grid.height, 1, gdal_type)
    dataset.SetGeoTransform(grid.geotransform())
    srs = osr.SpatialReference()
    srs.ImportFromWkt(grid.crs.toWkt(QgsCoordinateReferenceSystem.WktVariant.WKT_PREFERRED_GDAL))
    dataset.SetProjection(srs.ExportToWkt())
    band = dataset.GetRasterBand(1)
    band.Fill(fill)
    del band
    return dataset


def rasterize(geometries, values, grid, *, all_touched=False, dtype=np.int32, fill=0):
    """Burn geometries onto ``grid``; where they overlap, the one given last wins.

    Parameters
    ----------
    geometries : sequence of QgsGeometry
        In the grid's CRS.
    values : sequence of number
        Value burnt for each geometry.
    grid : Grid
    all_touched : bool, keyword-only
        Burn every cell a geometry touches (lines, barriers, tiny polygons) instead of the cells whose centre
        lies inside (polygons) or on the line's rendered path (GDAL's default).
    dtype : numpy dtype, keyword-only
        np.int32 or np.float64.
    fill : number, keyword-only
        Value of cells no geometry covers.
    """
    is_float = np.dtype(dtype).kind == "f"
    gdal_type = gdal.GDT_Float64 if is_float else gdal.GDT_Int32
    dataset = _memory_raster(grid, gdal_type, fill)
    vector = ogr.GetDriverByName("Memory").CreateDataSource("")
    srs = osr.SpatialReference()
    srs.ImportFromWkt(grid.crs.toWkt(QgsCoordinateReferenceSystem.WktVariant.WKT_PREFERRED_GDAL))
    layer = vector.CreateLayer("burn", srs=srs)
    layer.CreateField(ogr.FieldDefn("v", ogr.OFTReal if is_float else ogr.OFTInteger))
    for geometry, value in zip(geometries, values):
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetGeometry(ogr.CreateGeometryFromWkb(bytes(geometry.asWkb())))
        feature.SetField("v", float(value) if is_float else int(value))
        layer.CreateFeature(feature)
        feature = None
    options = ["ATTRIBUTE=v"] + (["ALL_TOUCHED=TRUE"] if all_touched else [])
    error = gdal.RasterizeLayer(dataset, [1], layer, options=options)
    if error != 0:
        raise InvalidInputError(QT_TR_NOOP("The features could not be rasterised (GDAL error {})."), error)
    band = dataset.GetRasterBand(1)
    array = band.ReadAsArray().astype(dtype, copy=False)
    del band, layer
    vector = None
    dataset = None
    return array


def rasterize_zones(geometries, grid):
    """Zone raster (1..n in the order of ``geometries``, 0 elsewhere) for core areas or focal regions.

    Polygons take the cells whose centre lies inside; a feature too small to contain any cell centre takes the
    cells it touches instead, so no core silently disappears. Returns the zones and the number of cells each
    feature received.
    """
    zones = rasterize(geometries, range(1, len(geometries) + 1), grid)
    counts = np.bincount(zones.ravel(), minlength=len(geometries) + 1)[1:]
    missing = [i for i, n in enumerate(counts) if n == 0]
    if missing:
        touched = rasterize(
            [geometries[i] for i in missing], [i + 1 for i in missing], grid, all_touched=True
        )
        free = (zones == 0) & (touched > 0)
        zones[free] = touched[free]
        counts = np.bincount(zones.ravel(), minlength=len(geometries) + 1)[1:]
    return zones, counts


def path_line(cells, grid):
    """A polyline through the centres of the path's cells (two identical vertices for a one-cell path)."""
    x, y = grid.cell_centers(cells)
    points = [QgsPointXY(float(a), float(b)) for a, b in zip(x, y)]
    if len(points) == 1:
        points.append(QgsPointXY(points[0]))
    return QgsGeometry.fromPolylineXY(points)


def grid_rectangle(grid):
    """The grid's extent as a geometry."""
    return QgsGeometry.fromRect(QgsRectangle(grid.extent))


def rasterize_sources(features, grid):
    """Zones (1..n in feature order) for sources of any geometry type; lines take every cell they touch."""
    geometries = [geometry for _, geometry in features]
    if not geometries:
        return np.zeros(grid.shape, dtype=np.int32), np.zeros(0, dtype=int)
    if geometries[0].type() == GEOMETRY_LINE:
        zones = rasterize(geometries, range(1, len(geometries) + 1), grid, all_touched=True)
        counts = np.bincount(zones.ravel(), minlength=len(geometries) + 1)[1:]
        return zones, counts
    return rasterize_zones(geometries, grid)


def features_inside(source, grid, context, feedback, role):
    """Features of ``source`` reprojected to the grid, split into those touching the grid and those outside."""
    features = features_on_grid(source, grid, context, feedback, role)
    if not features:
        raise NoSourcesError(QT_TR_NOOP("The {} layer has no features with a geometry."), role)
    frame = grid_rectangle(grid)
    inside = [(f, g) for f, g in features if g.intersects(frame)]
    outside = [f for f, g in features if not g.intersects(frame)]
    return inside, outside


def overlapping_pairs(geometries):
    """Index pairs of geometries whose interiors overlap (touching edges do not count)."""
    index = spatial_index(geometries)
    pairs = []
    for i, geometry in enumerate(geometries):
        for j in index.intersects(geometry.boundingBox()):
            if j > i and geometry.intersects(geometries[j]) and not geometry.touches(geometries[j]):
                pairs.append((i, j))
    return sorted(pairs)


def point_cell(point, grid):
    """Flat index of the cell a point falls in; a point on a cell edge takes the cell to its north or west
    (Circuitscape's rule); points beyond the edge of the grid take the nearest edge cell."""
    left, top = grid.extent.xMinimum(), grid.extent.yMaximum()
    row = min(max(int(np.ceil((top - point.y()) / grid.yres)) - 1, 0), grid.height - 1)
    col = min(max(int(np.ceil((point.x() - left) / grid.xres)) - 1, 0), grid.width - 1)
    return row * grid.width + col
