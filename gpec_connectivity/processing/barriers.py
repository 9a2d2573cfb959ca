# SPDX-FileCopyrightText: 2026 GPEC Connectivity contributors
# SPDX-License-Identifier: GPL-2.0-or-later
"""gpec:barriers: where restoration would most shorten least-cost paths (Linkage Mapper's Barrier Mapper)."""

import numpy as np
from qgis.core import (
    QgsProcessingParameterBoolean,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
)

from ..adapters.checks import require_no_overwrite
from ..adapters.feedback import progress_callback
from ..adapters.outputs import StagedOutputs
from ..adapters.raster import write_array, write_bands
from ..core.barriers import detect_barriers
from ..core.errors import QT_TR_NOOP, InvalidInputError
from ..core.memory import corridor_bytes
from ..i18n import tr
from ..qgis_compat import NUMBER_DOUBLE
from .base import GpecAlgorithm
from .inputs import core_areas, read_resistance, resistance_grid
from .links import links_on_the_fly, read_links
from .parameters import core_parameters, four_neighbours_parameter, links_parameter
from .styling import style_barriers, style_cost, style_on_load


class BarriersAlgorithm(GpecAlgorithm):
    RESISTANCE = "RESISTANCE"
    CORES = "CORES"
    CORE_ID_FIELD = "CORE_ID_FIELD"
    LINKS = "LINKS"
    MIN_RADIUS = "MIN_RADIUS"
    MAX_RADIUS = "MAX_RADIUS"
    RADIUS_STEP = "RADIUS_STEP"
    RESTORED_RESISTANCE = "RESTORED_RESISTANCE"
    PER_DIAMETER = "PER_DIAMETER"
    FOUR_NEIGHBOURS = "FOUR_NEIGHBOURS"
    OUTPUT_BARRIERS = "OUTPUT_BARRIERS"
    OUTPUT_RADIUS = "OUTPUT_RADIUS"
    OUTPUT_PER_RADIUS = "OUTPUT_PER_RADIUS"

    GROUP = "circuit"

    def name(self):
        return "barriers"

    def displayName(self):  # noqa: N802 - QGIS API
        return tr("Barriers to restore")

    def help_text(self):
        return tr(
            "<p>Finds the barriers whose restoration would most improve connectivity between core areas, as "
            "Linkage Mapper's Barrier Mapper does (McRae, Hall, Beier and Theobald 2012, PLoS ONE 7(12): "
            "e52604).</p>"
            "<p>A circular window of a given radius centred on each cell is imagined restored to the restored "
            "resistance. The least-cost path through it costs the smallest cost-weighted distance from one core "
            "to the window's edge, plus the same from the other core, plus the diameter times the restored "
            "resistance. The improvement score is how much shorter that is than the link's least-cost distance, "
            "per map unit of window diameter (or raw); the map keeps the largest score over the kept links.</p>"
            "<h3>Parameters</h3>"
            "<p><b>Links</b>: the links layer of Least-cost corridors (kept links), or none to find them here "
            "with the corridors' defaults. <b>Radii</b>: from the minimum to the maximum by the step, in map "
            "units (at least one cell). <b>Restored resistance</b>: 0 means the smallest resistance of the "
            "surface. <b>Score per unit of window diameter</b>: off gives the raw reduction of cost distance.</p>"
            "<p><b>Outputs</b>: the best score over all radii, the radius that gave it, and optionally one band "
            "per radius. Scores are never negative (Linkage Mapper keeps negative values; restoring cannot "
            "lengthen a path).</p>"
        )

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.addParameter(QgsProcessingParameterRasterLayer(self.RESISTANCE, tr("Resistance surface")))
        for parameter in core_parameters(self.CORES, self.CORE_ID_FIELD):
            self.addParameter(parameter)
        self.addParameter(links_parameter(self.LINKS))
        for name, label, default in (
            (self.MIN_RADIUS, tr("Minimum radius (map units)"), 500.0),
            (self.MAX_RADIUS, tr("Maximum radius (map units)"), 1500.0),
            (self.RADIUS_STEP, tr("Radius step (map units)"), 500.0),
        ):
            self.addParameter(QgsProcessingParameterNumber(name, label, NUMBER_DOUBLE, default, minValue=0.0))
        self.addParameter(
            QgsProcessingParameterNumber(
                self.RESTORED_RESISTANCE,
                tr("Restored resistance (0: smallest of the surface)"),
                NUMBER_DOUBLE,
                0.0,
                minValue=0.0,
            )
        )
        self.addParameter(
            QgsProcessingParameterBoolean(
                self.PER_DIAMETER, tr("Score per unit of window diameter"), defaultValue=True
            )
        )
        self.addParameter(four_neighbours_parameter(self.FOUR_NEIGHBOURS, is_advanced=True))
        self.addParameter(
            QgsProcessingParameterRasterDestination(self.OUTPUT_BARRIERS, tr("Barrier improvement"))
        )
        self.addParameter(
            QgsProcessingParameterRasterDestination(self.OUTPUT_RADIUS, tr("Radius of the best improvement"))
        )
        self.addParameter(
            QgsProcessingParameterRasterDestination(
                self.OUTPUT_PER_RADIUS,
                tr("Improvement per radius (one band each)"),
                optional=True,
                createByDefault=False,
            )
        )

    def _radii(self, parameters, context, grid):
        low = self.parameterAsDouble(parameters, self.MIN_RADIUS, context)
        high = self.parameterAsDouble(parameters, self.MAX_RADIUS, context)
        step = self.parameterAsDouble(parameters, self.RADIUS_STEP, context)
        if not (low > 0 and high >= low):
            raise InvalidInputError(
                QT_TR_NOOP("The radii need 0 < minimum <= maximum; got {:g} and {:g}."), low, high
            )
        if low < min(grid.xres, grid.yres):
            raise InvalidInputError(
                QT_TR_NOOP("The minimum radius ({:g}) must be at least one cell ({:g} map units)."),
                low,
                min(grid.xres, grid.yres),
            )
        if high > low and not step > 0:
            raise InvalidInputError(QT_TR_NOOP("The radius step must be above 0."))
        radii = list(np.arange(low, high + 1e-9 * high, step)) if high > low else [low]
        if len(radii) > 100:
            raise InvalidInputError(
                QT_TR_NOOP("That is {} radii; use a larger step (at most 100 radii)."), len(radii)
            )
        return [float(r) for r in radii]

    def compute(self, parameters, context, feedback):
        outputs = [self.OUTPUT_BARRIERS, self.OUTPUT_RADIUS, self.OUTPUT_PER_RADIUS]
        require_no_overwrite(self, parameters, context, outputs, [self.RESISTANCE, self.CORES, self.LINKS])
        cores = self.parameterAsSource(parameters, self.CORES, context)
        n_cores = max(2, cores.featureCount()) if cores is not None else 2
        layer, grid = resistance_grid(
            self, parameters, context, lambda n: corridor_bytes(n, n_cores) + 24 * n
        )
        radii = self._radii(parameters, context, grid)
        ids, zones, geometries = core_areas(
            self, parameters, context, feedback, grid, self.CORES, self.CORE_ID_FIELD, tr("core areas")
        )
        four = self.parameterAsBoolean(parameters, self.FOUR_NEIGHBOURS, context)
        values = read_resistance(layer, feedback)
        distances = None
        if parameters.get(self.LINKS) not in (None, ""):
            records = read_links(self, parameters, context, self.LINKS, ids, tr("links"))
            pairs = sorted({(r.a, r.b) for r in records if r.kept})
        else:
            found = links_on_the_fly(
                values, zones, ids, geometries, grid, four, progress_callback(feedback, 0, 30)
            )
            pairs = sorted({(link.from_core, link.to_core) for link in found.kept_links})
            distances = found.distances
        if not pairs:
            raise InvalidInputError(QT_TR_NOOP("There are no kept links to look for barriers on."))
        restored = self.parameterAsDouble(parameters, self.RESTORED_RESISTANCE, context) or None
        try:
            result = detect_barriers(
                values,
                zones,
                pairs,
                radii,
                cellsize=grid.cellsize,
                four_neighbours=four,
                restored_resistance=restored,
                per_diameter=self.parameterAsBoolean(parameters, self.PER_DIAMETER, context),
                distances=distances,
                progress=progress_callback(feedback, 30 if distances is not None else 0, 95),
            )
        finally:
            if distances is not None:
                distances.close()
        feedback.pushInfo(
            tr("{} link(s), radii {}; restored resistance {:g}.").format(
                len(pairs), ", ".join("{:g}".format(r) for r in radii), result.restored_resistance
            )
        )
        if np.any(result.best > 0):
            best = np.nanmax(result.best)
            row, col = np.unravel_index(int(np.nanargmax(result.best)), result.best.shape)
            point = grid.cell_center(row, col)
            feedback.pushInfo(
                tr("Best improvement {:.4g} at ({:.0f}, {:.0f}), radius {:g}.").format(
                    best, point.x(), point.y(), result.best_radius[row, col]
                )
            )
        else:
            feedback.pushInfo(tr("No window improves any link at these radii."))
        barrier_path = self.parameterAsOutputLayer(parameters, self.OUTPUT_BARRIERS, context)
        radius_path = self.parameterAsOutputLayer(parameters, self.OUTPUT_RADIUS, context)
        per_path = self.parameterAsOutputLayer(parameters, self.OUTPUT_PER_RADIUS, context)
        out = {self.OUTPUT_BARRIERS: barrier_path, self.OUTPUT_RADIUS: radius_path}
        with StagedOutputs() as stage:
            write_array(stage.path(barrier_path), result.best, grid)
            write_array(stage.path(radius_path), result.best_radius, grid)
            if per_path:
                write_bands(
                    stage.path(per_path),
                    result.per_radius,
                    grid,
                    descriptions=["radius {:g}".format(r) for r in radii],
                )
                out[self.OUTPUT_PER_RADIUS] = per_path
            stage.commit()
        style_on_load(context, barrier_path, style_barriers)
        style_on_load(context, radius_path, style_cost)
        feedback.setProgress(100)
        return out
