# SPDX-FileCopyrightText: 2026 GPEC Connectivity contributors
# SPDX-License-Identifier: GPL-2.0-or-later
"""Reading and checking the inputs that several algorithms share: the resistance surface, core areas, focal
regions, the working CRS and the distance type; every failure is a core error naming the layer or feature."""

import numpy as np

from ..adapters.checks import raster_grid, require_memory
from ..adapters.polygons import working_crs
from ..adapters.raster import read_array
from ..adapters.vector import (
    features_inside,
    grid_rectangle,
    overlapping_pairs,
    point_cell,
    rasterize_sources,
    rasterize_zones,
)
from ..core.costdistance import check_resistance
from ..core.errors import QT_TR_NOOP, InvalidInputError
from ..i18n import tr
from ..qgis_compat import FAST_INSERT, GEOMETRY_POINT


def resistance_grid(algorithm, parameters, context, needed_bytes, name="RESISTANCE"):
    """The resistance raster layer and its grid, after the projected-CRS, emptiness and memory checks.

    ``needed_bytes(n_cells)`` estimates the algorithm's working memory; the check runs before anything the
    size of the raster is allocated.
    """
    layer = algorithm.parameterAsRasterLayer(parameters, name, context)
    if layer is None:
        raise InvalidInputError(QT_TR_NOOP("The resistance surface could not be loaded."))
    grid = raster_grid(layer, tr("resistance surface"))
    require_memory(needed_bytes(grid.n_cells), grid.n_cells)
    return layer, grid


def read_resistance(layer, feedback):
    """Read the resistance surface and validate it (NaN is NoData, with a warning)."""
    return check_resistance(read_array(layer, feedback=feedback))


def identified_features(algorithm, parameters, context, feedback, grid, layer_name, field_name, role):
    """A layer parameter's features on the grid and its id field; refuses empty ids, naming the features.

    Returns the id field name and the features touching the grid and those outside it (see features_inside).
    """
    source = algorithm.parameterAsSource(parameters, layer_name, context)
    if source is None:
        raise InvalidInputError(QT_TR_NOOP("The {} layer could not be loaded."), role)
    field = algorithm.parameterAsString(parameters, field_name, context)
    if not field or source.fields().indexOf(field) < 0:
        raise InvalidInputError(QT_TR_NOOP("Choose the id field of the {} layer."), role)
    inside, outside = features_inside(source, grid, context, feedback, role)
    features = [f for f, _ in inside] + list(outside)
    empty = [int(f.id()) for f in features if f[field] in (None, "") or str(f[field]).strip() == ""]
    if empty:
        raise InvalidInputError(
            QT_TR_NOOP(
                "{} feature(s) of the {} layer have an empty id in {} (feature ids {}). Give every "
                "feature an id."
            ),
            len(empty),
            role,
            field,
            ", ".join(str(v) for v in empty[:20]),
        )
    return field, inside, outside


def core_areas(algorithm, parameters, context, feedback, grid, layer_name, field_name, role):
    """Core areas (or focal regions) of a polygon parameter, rasterised on the grid.

    Every feature must have its own non-empty id. Cores are numbered 1..n in the order of their sorted ids.

    Returns
    -------
    ids : list
        The user's ids, in label order (label = position + 1).
    zones : ndarray of int32
        Label per cell, 0 outside cores.
    geometries : list of QgsGeometry
        In the grid's CRS, in label order.
    """
    field, inside, outside = identified_features(
        algorithm, parameters, context, feedback, grid, layer_name, field_name, role
    )
    ids = [f[field] for f, _ in inside] + [f[field] for f in outside]
    seen, duplicates = set(), set()
    for value in ids:
        (duplicates if value in seen else seen).add(value)
    if duplicates:
        raise InvalidInputError(
            QT_TR_NOOP(
                "The ids {} appear more than once in the field {} of the {} layer. Each feature needs "
                "its own id (merge the parts of one area with Dissolve first)."
            ),
            ", ".join(str(v) for v in sorted(duplicates, key=str)[:20]),
            field,
            role,
        )
    if outside:
        raise InvalidInputError(
            QT_TR_NOOP(
                "The {} {} lie outside the resistance surface. Remove them (or select the others and "
                'use "Selected features only"), or use a resistance surface that covers them.'
            ),
            role,
            ", ".join(str(f[field]) for f in outside[:20]),
        )
    frame = grid_rectangle(grid)
    partial = [f[field] for f, g in inside if not frame.contains(g)]
    if partial:
        feedback.pushWarning(
            tr("{} {} extend beyond the resistance surface; only their part on it is used: {}.").format(
                len(partial), role, ", ".join(str(v) for v in partial[:20])
            )
        )
    inside.sort(key=lambda item: (str(type(item[0][field])), item[0][field]))
    ids = [f[field] for f, _ in inside]
    geometries = [g for _, g in inside]
    zones, counts = rasterize_zones(geometries, grid)
    lost = [ids[i] for i, n in enumerate(counts) if n == 0]
    if lost:
        raise InvalidInputError(
            QT_TR_NOOP(
                "The {} {} get no raster cell of their own: they lie inside another one or between "
                "cells. Merge overlapping areas or use a finer resistance surface."
            ),
            role,
            ", ".join(str(v) for v in lost[:20]),
        )
    overlaps = overlapping_pairs(geometries)
    if overlaps:
        feedback.pushWarning(
            tr("{} pair(s) of {} overlap ({}); each shared cell belongs to one of them.").format(
                len(overlaps), role, ", ".join("{}/{}".format(ids[a], ids[b]) for a, b in overlaps[:10])
            )
        )
    return ids, zones, geometries


def focal_zones_from_layer(algorithm, parameters, context, feedback, grid, layer_name, field_name, role):
    """Focal regions from a point or polygon layer: ``{label: flat cell indices}`` and the user's ids.

    Features sharing an id form one region; labels are 1..n in the order of the sorted ids. Polygons of
    different ids may not overlap (refused, naming them). Points take the cell they fall in, a point on a cell
    edge the cell to its north or west (Circuitscape's rule); two ids may share a cell (they are then 0 apart,
    as in Circuitscape).

    Returns
    -------
    ids : list
        The user's ids in label order.
    regions : dict
        ``{label: ndarray of flat cell indices}``.
    """
    field, inside, outside = identified_features(
        algorithm, parameters, context, feedback, grid, layer_name, field_name, role
    )
    if outside:
        feedback.pushWarning(
            tr("{} feature(s) of the {} layer lie outside the resistance surface and are ignored.").format(
                len(outside), role
            )
        )
    ids = sorted({f[field] for f, _ in inside}, key=lambda v: (str(type(v)), v))
    label_of = {value: k + 1 for k, value in enumerate(ids)}
    labels = [label_of[f[field]] for f, _ in inside]
    geometries = [g for _, g in inside]
    regions = {label: [] for label in range(1, len(ids) + 1)}
    if geometries and geometries[0].type() == GEOMETRY_POINT:
        shared = {}
        for label, geometry in zip(labels, geometries):
            for point in geometry.asMultiPoint() if geometry.isMultipart() else [geometry.asPoint()]:
                cell = point_cell(point, grid)
                regions[label].append(cell)
                shared.setdefault(cell, set()).add(label)
        together = sorted({tuple(sorted(v)) for v in shared.values() if len(v) > 1})
        if together:
            feedback.pushWarning(
                tr("Focal points of different ids share a cell ({}); they are 0 apart.").format(
                    ", ".join("/".join(str(ids[v - 1]) for v in group) for group in together[:10])
                )
            )
    else:
        clashes = [(a, b) for a, b in overlapping_pairs(geometries) if labels[a] != labels[b]]
        if clashes:
            raise InvalidInputError(
                QT_TR_NOOP(
                    "Focal regions of different ids overlap ({}). Each cell can belong to one focal region "
                    "only: merge or separate them."
                ),
                ", ".join("{}/{}".format(ids[labels[a] - 1], ids[labels[b] - 1]) for a, b in clashes[:10]),
            )
        zones, _ = rasterize_sources(inside, grid)
        owner = np.array([0] + labels, dtype=np.int64)[zones.ravel()]
        for label in regions:
            regions[label] = np.flatnonzero(owner == label)
    return ids, {label: np.asarray(cells, dtype=np.int64) for label, cells in regions.items()}


def add_feature(sink, feature):
    """Write one feature, stopping with the writer's message if it is refused (never a silent loss)."""
    if not sink.addFeature(feature, FAST_INSERT):
        raise InvalidInputError(QT_TR_NOOP("A feature could not be written: {}"), sink.lastError())


def read_working_crs(algorithm, parameters, context, sources, name="CRS"):
    """The working CRS: the user's choice, else the CRS of the first of ``sources`` ((source, role) pairs)."""
    chosen = algorithm.parameterAsCrs(parameters, name, context) if parameters.get(name) else None
    return working_crs(sources, chosen)


def read_distance_type(
    algorithm, parameters, context, crs, distance_type="DISTANCE_TYPE", resistance="RESISTANCE"
):
    """The distance type (index into :data:`DISTANCE_TYPES`) and, for least-cost, the resistance layer, which
    must be in the working CRS (rasters are not reprojected on the fly)."""
    kind = algorithm.parameterAsEnum(parameters, distance_type, context)
    if kind != 2:
        return kind, None
    layer = algorithm.parameterAsRasterLayer(parameters, resistance, context)
    if layer is None:
        raise InvalidInputError(
            QT_TR_NOOP(
                "Least-cost distances need a resistance surface: choose one, or another distance type."
            )
        )
    if layer.crs() != crs:
        raise InvalidInputError(
            QT_TR_NOOP(
                "The resistance surface is in {} but the analysis runs in {}. Reproject the raster (Raster > "
                "Projections > Warp) or set the working CRS to the raster's CRS."
            ),
            layer.crs().userFriendlyIdentifier(),
            crs.userFriendlyIdentifier(),
        )
    return kind, layer
