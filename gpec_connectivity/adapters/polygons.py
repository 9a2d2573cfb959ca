# SPDX-FileCopyrightText: 2026 GPEC Connectivity contributors
# SPDX-License-Identifier: GPL-2.0-or-later
"""Polygon layers for the network indicators: working CRS, repair, dissolve, parts, areas and distances."""

import numpy as np
from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsGeometry,
    QgsPointXY,
    QgsRectangle,
    QgsUnitTypes,
)

from ..core.corridors import cw_distance_matrix
from ..core.costdistance import check_resistance
from ..core.errors import QT_TR_NOOP, InvalidInputError
from ..core.memory import check_memory, cost_distance_bytes
from ..core.progress import report
from ..i18n import tr
from ..qgis_compat import GEOMETRY_POINT, GEOMETRY_POLYGON
from .checks import raster_grid
from .features import feature_number, footprint, spatial_index
from .raster import read_array
from .vector import rasterize_zones

_METRES = getattr(getattr(Qgis, "DistanceUnit", None), "Meters", None)
if _METRES is None:  # QGIS < 3.30
    _METRES = QgsUnitTypes.DistanceUnit.DistanceMeters

#: Width given to barriers without a width, so that a line still cuts the polygons it crosses (map units).
HAIRLINE = 0.01


def working_crs(sources, crs=None):
    """The projected CRS the analysis runs in: ``crs`` when given, else the CRS of the first source.

    Parameters
    ----------
    sources : list of (QgsProcessingFeatureSource, str)
        The input layers and their role in messages.
    crs : QgsCoordinateReferenceSystem, optional
        The user's working CRS.

    Raises
    ------
    InvalidInputError
        No CRS, or a geographic one (degrees would make distances and areas meaningless).
    """
    if crs is not None and crs.isValid():
        if crs.isGeographic():
            raise InvalidInputError(
                QT_TR_NOOP(
                    "The working CRS {} is geographic (degrees). Choose a projected, equal-area CRS in metres, "
                    "for example the Lambert azimuthal equal-area projection of your country or EPSG:6933."
                ),
                crs.userFriendlyIdentifier(),
            )
        return QgsCoordinateReferenceSystem(crs)
    source, role = sources[0]
    layer_crs = source.sourceCrs()
    if not layer_crs.isValid():
        raise InvalidInputError(
            QT_TR_NOOP(
                "The {} layer ({}) has no coordinate reference system. Assign its CRS (Layer Properties > "
                "Source), then run again."
            ),
            role,
            source.sourceName(),
        )
    if layer_crs.isGeographic():
        raise InvalidInputError(
            QT_TR_NOOP(
                "The {} layer ({}) is in a geographic CRS ({}), measured in degrees, so distances and areas "
                "would be wrong. Set the working CRS to a projected, equal-area CRS in metres (for example the "
                "Lambert azimuthal equal-area projection of your country, or EPSG:6933), or reproject the "
                "layers with Vector > Data Management Tools > Reproject Layer, then run again."
            ),
            role,
            source.sourceName(),
            layer_crs.userFriendlyIdentifier(),
        )
    return QgsCoordinateReferenceSystem(layer_crs)


def square_km(crs):
    """km2 per squared map unit of a projected CRS (1e-6 for metres)."""
    factor = QgsUnitTypes.fromUnitToUnitFactor(crs.mapUnits(), _METRES)
    return factor * factor / 1e6


def polygon_parts(geometry):
    """The single polygons of a (multi)polygon or collection, as a list of QgsGeometry (empty ones dropped)."""
    if geometry is None or geometry.isNull() or geometry.isEmpty():
        return []
    if geometry.type() != GEOMETRY_POLYGON:
        geometry = geometry.convertToType(GEOMETRY_POLYGON, True)
        if geometry is None or geometry.isNull():
            return []
    if not geometry.isMultipart():
        return [geometry] if geometry.area() > 0 else []
    return [QgsGeometry(part) for part in geometry.asGeometryCollection() if part.area() > 0]


def dissolve(geometries):
    """The union of geometries (overlaps merged) as one geometry; an empty geometry for an empty list."""
    geometries = [g for g in geometries if g is not None and not g.isEmpty()]
    if not geometries:
        return QgsGeometry()
    if len(geometries) == 1:
        return QgsGeometry(geometries[0])
    return QgsGeometry.unaryUnion(geometries)


def prepared(geometry):
    """A prepared GEOS engine for fast repeated predicates and distances."""
    engine = QgsGeometry.createGeometryEngine(geometry.constGet())
    engine.prepareGeometry()
    return engine


def clip_one(geometry, engine, mask, *, inside=True):
    """Single polygons of ``geometry`` inside ``mask`` (or outside it); ``engine`` is ``prepared(mask)``."""
    g = geometry.constGet()
    if not engine.intersects(g):
        return [] if inside else polygon_parts(geometry)
    if engine.contains(g):
        return polygon_parts(geometry) if inside else []
    return polygon_parts(geometry.intersection(mask) if inside else geometry.difference(mask))


def clip_parts(geometries, index, mask, *, inside=True):
    """Single polygons of ``geometries`` clipped to ``mask`` (``inside``) or to the outside of it.

    ``index`` is a spatial index of ``geometries``; with ``inside=False`` every geometry is considered.
    """
    engine = prepared(mask)
    candidates = index.intersects(mask.boundingBox()) if inside else range(len(geometries))
    out = []
    for i in sorted(candidates):
        out.extend(clip_one(geometries[i], engine, mask, inside=inside))
    return out


def areas(geometries):
    """Planar areas of geometries (map units squared)."""
    return np.array([g.area() for g in geometries], dtype=float)


def _centroids(geometries):
    return np.array([[p.x(), p.y()] for p in (g.centroid().asPoint() for g in geometries)], dtype=float)


def surface_point(geometry):
    """The centroid of a polygon, or a point on its surface (GEOS PointOnSurface) when the centroid falls outside
    it (crescents, rings, U shapes), as Makurhini measures centroid distances since 2021."""
    centre = geometry.centroid()
    if geometry.intersects(centre):
        return centre.asPoint()
    return geometry.pointOnSurface().asPoint()


def _surface_points(geometries):
    return np.array([[p.x(), p.y()] for p in (surface_point(g) for g in geometries)], dtype=float)


def edge_distance_pairs(geometries, max_distance=None, progress=None):
    """Edge-to-edge distances (0 where polygons touch or overlap) between all pairs, or pairs within
    ``max_distance``.

    Returns
    -------
    i, j : ndarray of int64 (i < j)
    d : ndarray of float64
    """
    n = len(geometries)
    engines = [prepared(g) for g in geometries]
    rows, cols, values = [], [], []
    index = spatial_index(geometries) if max_distance is not None else None
    for i in range(n):
        if index is not None:
            box = QgsRectangle(geometries[i].boundingBox())
            box.grow(max_distance)
            others = [j for j in index.intersects(box) if j > i]
        else:
            others = range(i + 1, n)
        engine = engines[i]
        for j in others:
            d = engine.distance(geometries[j].constGet())
            if max_distance is None or d <= max_distance:
                rows.append(i)
                cols.append(j)
                values.append(d)
        if progress is not None and i % 32 == 0:
            report(progress, i / max(1, n))
    order = np.lexsort((np.array(cols, dtype=np.int64), np.array(rows, dtype=np.int64)))
    return (
        np.array(rows, dtype=np.int64)[order],
        np.array(cols, dtype=np.int64)[order],
        np.array(values, dtype=float)[order],
    )


def distance_matrix(n, pairs):
    """A symmetric n x n matrix (inf where no pair, 0 on the diagonal) from ``(i, j, d)`` pair arrays."""
    i, j, d = pairs
    matrix = np.full((n, n), np.inf)
    matrix[i, j] = d
    matrix[j, i] = d
    np.fill_diagonal(matrix, 0.0)
    return matrix


def edge_distance_matrix(geometries):
    """All edge-to-edge distances between geometries as a matrix (0 where they touch or overlap)."""
    return distance_matrix(len(geometries), edge_distance_pairs(geometries))


def centroid_distance_pairs(geometries, max_distance=None, *, on_surface=False):
    """Distances between the centroids of all pairs (or pairs within ``max_distance``); with ``on_surface``, a
    centroid that falls outside its polygon is replaced by a point on the surface (:func:`surface_point`)."""
    xy = _surface_points(geometries) if on_surface else _centroids(geometries)
    n = len(xy)
    if max_distance is not None:
        from scipy.spatial import cKDTree

        pairs = cKDTree(xy).query_pairs(max_distance, output_type="ndarray") if n > 1 else np.zeros((0, 2))
        i = np.minimum(pairs[:, 0], pairs[:, 1]).astype(np.int64)
        j = np.maximum(pairs[:, 0], pairs[:, 1]).astype(np.int64)
        order = np.lexsort((j, i))
        i, j = i[order], j[order]
    else:
        i, j = np.triu_indices(n, 1)
        i, j = i.astype(np.int64), j.astype(np.int64)
    d = np.hypot(xy[i, 0] - xy[j, 0], xy[i, 1] - xy[j, 1])
    return i, j, d


def read_cost_surface(layer, feedback):
    """The grid and validated values of a resistance raster for least-cost distances between polygons, read
    once (after checking that a cost distance over it fits in memory) and reused for every set of polygons."""
    grid = raster_grid(layer, tr("resistance surface"))
    check_memory(cost_distance_bytes(grid.n_cells) + 8 * grid.n_cells, n_cells=grid.n_cells)
    return grid, check_resistance(read_array(layer, feedback=feedback))


def least_cost_distance_pairs(geometries, surface, max_cost=None, progress=None, names=None):
    """Least-cost distances between polygons over a resistance surface (``read_cost_surface``): the minimum over
    the cells of B of the accumulated cost from A, as ``gpec:corridors`` computes ``cw_dist``; pairs that cannot
    reach each other, or farther than ``max_cost``, are left out. A polygon entirely on NoData is refused, named
    by ``names`` (one per geometry: the patch ids), or else by the coordinates of a point on it.
    """
    grid, values = surface
    zones, counts = rasterize_zones(geometries, grid)
    outside = [i for i, c in enumerate(counts) if c == 0]
    if outside:
        raise InvalidInputError(
            QT_TR_NOOP(
                "{} node(s) get no cell of the resistance surface (they lie outside it or between cells): "
                "positions {}. Use a resistance surface that covers every node."
            ),
            len(outside),
            ", ".join(str(i + 1) for i in outside[:20]),
        )
    n = len(geometries)
    if names is None:
        points = (g.pointOnSurface().asPoint() for g in geometries)
        names = ["({:.0f}, {:.0f})".format(p.x(), p.y()) for p in points]
    matrix = cw_distance_matrix(
        values,
        zones,
        list(range(1, n + 1)),
        cellsize=grid.cellsize,
        max_cost=max_cost,
        names={k + 1: name for k, name in enumerate(names)},
        progress=progress,
    )
    i, j = np.triu_indices(n, 1)
    d = matrix[i, j]
    keep = np.isfinite(d)
    return i[keep].astype(np.int64), j[keep].astype(np.int64), d[keep]


def barrier_footprints(features, width, width_field=None, feedback=None, role=""):
    """Barrier polygons: lines (and points) buffered by half their width on each side; polygons as they are, or
    grown by half the width of their own field value. A line without width is drawn :data:`HAIRLINE` wide so that
    it still cuts the polygons it crosses; a point without width is no barrier.

    Parameters
    ----------
    features : list of (QgsFeature, QgsGeometry)
    width : float
        Default width of lines and points (map units).
    width_field : str, optional
        Field whose positive value overrides the default for a feature; a value that is not a positive number
        is reported by feature id (``feedback``, ``role``) and the default applies.
    """
    out = []
    for feature, geometry in features:
        own = feature_number(feature, width_field, role, feedback)
        kind = geometry.type()
        if kind == GEOMETRY_POLYGON:
            out.append(footprint(geometry, own) if own else geometry)
            continue
        w = own if own else width
        if w > 0:
            out.append(footprint(geometry, w))
        elif kind != GEOMETRY_POINT:
            out.append(geometry.buffer(HAIRLINE / 2.0, 2))
    return [g for g in out if not g.isEmpty()]


def line_between(a, b):
    """A straight line between two points (QgsPointXY)."""
    return QgsGeometry.fromPolylineXY([QgsPointXY(a), QgsPointXY(b)])


#: How distances between patches are measured (the DISTANCE_TYPE options of the network algorithms, in order).
DISTANCE_TYPES = ("edge", "centroid", "least-cost", "centroid-on-surface")


def patch_distances(kind, geometries, max_distance=None, surface=None, progress=None, names=None):
    """Pairs ``(i, j, d)`` of distances between patches (habitat patches, protected units) of one kind of
    :data:`DISTANCE_TYPES`: edge to edge, centroid to centroid, least-cost over ``surface``
    (:func:`read_cost_surface`; an area entirely on NoData is refused, named by ``names``), or centroid with a
    point on the surface where the centroid falls outside the polygon (Makurhini). Pairs farther than
    ``max_distance`` are left out."""
    if kind == "least-cost":
        return least_cost_distance_pairs(
            geometries, surface, max_cost=max_distance, progress=progress, names=names
        )
    if kind in ("centroid", "centroid-on-surface"):
        return centroid_distance_pairs(geometries, max_distance, on_surface=kind == "centroid-on-surface")
    if kind == "edge":
        return edge_distance_pairs(geometries, max_distance, progress=progress)
    raise ValueError(kind)
