# SPDX-FileCopyrightText: 2026 GPEC Connectivity contributors
# SPDX-License-Identifier: GPL-2.0-or-later
"""Input checks shared by the algorithms; each failure is a core error with a message the user can act on."""

import os

from ..core.errors import QT_TR_NOOP, InvalidInputError
from ..core.memory import check_memory
from .raster import Grid


def require_projected(layer, role):
    """Refuse a layer with no CRS or a geographic (degree) CRS; ``role`` names it in the message."""
    crs = layer.crs() if hasattr(layer, "crs") else layer.sourceCrs()
    if not crs.isValid():
        raise InvalidInputError(
            QT_TR_NOOP(
                "The {} ({}) has no coordinate reference system. Assign its CRS (Layer Properties > "
                "Source), then run again."
            ),
            role,
            layer.name() if hasattr(layer, "name") else layer.sourceName(),
        )
    if crs.isGeographic():
        raise InvalidInputError(
            QT_TR_NOOP(
                "The {} ({}) is in a geographic CRS ({}), measured in degrees, so distances and costs "
                "would be wrong. Reproject it to a projected CRS in metres (for example the UTM zone of "
                "the study area) with Raster > Projections > Warp (Reproject), then run again."
            ),
            role,
            layer.name(),
            crs.userFriendlyIdentifier(),
        )


def raster_grid(layer, role):
    """The grid of a raster layer after checking it is projected and not empty."""
    require_projected(layer, role)
    if layer.width() <= 0 or layer.height() <= 0:
        raise InvalidInputError(QT_TR_NOOP("The {} ({}) is empty."), role, layer.name())
    return Grid.of(layer)


def require_same_grid(grid, layer, role):
    """Refuse a raster that is not on ``grid`` (CRS, extent and cell size), with advice on aligning it."""
    other = Grid.of(layer)
    if other.crs != grid.crs:
        raise InvalidInputError(
            QT_TR_NOOP(
                "The {} ({}) is in {} but the resistance surface is in {}. Rasters are not reprojected on "
                "the fly: reproject it with Raster > Projections > Warp (Reproject) onto the resistance "
                "surface's grid, then run again."
            ),
            role,
            layer.name(),
            other.crs.userFriendlyIdentifier(),
            grid.crs.userFriendlyIdentifier(),
        )
    if not grid.matches(other):
        raise InvalidInputError(
            QT_TR_NOOP(
                "The {} ({}) is not on the grid of the resistance surface: it has {} where {} is expected. "
                "Align it with Raster > Align Rasters (same extent and cell size), then run again."
            ),
            role,
            layer.name(),
            other.describe(),
            grid.describe(),
        )


def _normalised(path):
    if not path:
        return None
    path = str(path).split("|")[0]
    if path.startswith(("memory:", "TEMPORARY_OUTPUT")) or "://" in path:
        return None
    return os.path.normcase(os.path.realpath(path))


def _input_paths(algorithm, parameters, context, name):
    """Files behind an input parameter (raster, vector, several layers or a plain file)."""
    definition = algorithm.parameterDefinition(name)
    if definition is None or parameters.get(name) in (None, ""):
        return []
    kind = definition.type()
    if kind == "raster":
        layers = [algorithm.parameterAsRasterLayer(parameters, name, context)]
    elif kind in ("source", "vector"):
        layers = [algorithm.parameterAsVectorLayer(parameters, name, context)]
    elif kind == "multilayer":
        layers = algorithm.parameterAsLayerList(parameters, name, context)
    elif kind == "file":
        return [algorithm.parameterAsFile(parameters, name, context)]
    else:
        return []
    return [layer.source() for layer in layers if layer is not None]


def require_no_overwrite(algorithm, parameters, context, outputs, inputs):
    """Refuse when an output destination is the file of an input layer (the input would be lost).

    Parameters
    ----------
    outputs : sequence of str
        Names of destination parameters.
    inputs : sequence of str
        Names of input parameters (layers or files).
    """
    sources = {}
    for name in inputs:
        for candidate in _input_paths(algorithm, parameters, context, name):
            path = _normalised(candidate)
            if path:
                sources[path] = name
    for name in outputs:
        if parameters.get(name) in (None, ""):
            continue
        destination = algorithm.parameterAsOutputLayer(parameters, name, context)
        path = _normalised(destination)
        if path and path in sources:
            raise InvalidInputError(
                QT_TR_NOOP(
                    "The output {} would overwrite the input {} ({}). Choose another file name for the "
                    "output."
                ),
                name,
                sources[path],
                destination,
            )


def require_memory(needed, n_cells):
    """Refuse before starting when the estimate exceeds the available memory."""
    check_memory(needed, n_cells=n_cells)
