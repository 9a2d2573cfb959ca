# SPDX-FileCopyrightText: 2026 GPEC Connectivity contributors
# SPDX-License-Identifier: GPL-2.0-or-later
"""gpec:leastcostpath: the least-cost path between two features, as a line with its cost and length."""

from qgis.core import (
    QgsFeature,
    QgsFields,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterRasterLayer,
)

from ..adapters.checks import require_no_overwrite
from ..adapters.feedback import progress_callback
from ..adapters.vector import features_inside, path_line, rasterize_sources
from ..core.costdistance import least_cost_path
from ..core.errors import QT_TR_NOOP, InvalidInputError, NoSourcesError
from ..core.memory import cost_distance_bytes
from ..i18n import tr
from ..qgis_compat import SOURCE_GEOMETRY, WKB_LINESTRING, make_field
from .base import GpecAlgorithm
from .inputs import add_feature, read_resistance, resistance_grid
from .parameters import four_neighbours_parameter
from .styling import style_on_load, style_path


class LeastCostPathAlgorithm(GpecAlgorithm):
    RESISTANCE = "RESISTANCE"
    START = "START"
    END = "END"
    FOUR_NEIGHBOURS = "FOUR_NEIGHBOURS"
    OUTPUT = "OUTPUT"

    GROUP = "resistance"

    def name(self):
        return "leastcostpath"

    def displayName(self):  # noqa: N802 - QGIS API
        return tr("Least-cost path")

    def help_text(self):
        return tr(
            "<p>The cheapest route across a resistance surface from a start feature to an end feature, as a "
            "line through cell centres with its accumulated cost and its length.</p>"
            "<p>Costs follow the cost-distance definition of Circuitscape, Linkage Mapper and scikit-image "
            "MCP_Geometric: (resistance of a + resistance of b) / 2 times the step length. The path leaves "
            "the start where it is cheapest and ends in the cheapest cell of the end feature.</p>"
            "<h3>Parameters</h3>"
            "<p><b>Resistance surface</b>: positive resistance per cell in a projected CRS.</p>"
            "<p><b>Start</b> and <b>End</b>: points, lines or polygons; all features of a layer together form "
            'the start (or end). Use "Selected features only" to pick one feature.</p>'
            "<p><b>Connect 4 neighbours only</b>: orthogonal moves only (default: 8 neighbours).</p>"
            "<p><b>Least-cost path</b>: a line with fields cost (accumulated cost), length (map units) and "
            "n_cells.</p>"
        )

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.addParameter(QgsProcessingParameterRasterLayer(self.RESISTANCE, tr("Resistance surface")))
        self.addParameter(QgsProcessingParameterFeatureSource(self.START, tr("Start"), [SOURCE_GEOMETRY]))
        self.addParameter(QgsProcessingParameterFeatureSource(self.END, tr("End"), [SOURCE_GEOMETRY]))
        self.addParameter(four_neighbours_parameter(self.FOUR_NEIGHBOURS))
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Least-cost path")))

    def _region(self, parameters, name, grid, context, feedback, role):
        source = self.parameterAsSource(parameters, name, context)
        if source is None:
            raise InvalidInputError(QT_TR_NOOP("The {} layer could not be loaded."), role)
        inside, _ = features_inside(source, grid, context, feedback, role)
        if not inside:
            raise NoSourcesError(QT_TR_NOOP("No {} feature lies on the resistance surface."), role)
        zones, _ = rasterize_sources(inside, grid)
        return zones > 0

    def compute(self, parameters, context, feedback):
        require_no_overwrite(
            self, parameters, context, [self.OUTPUT], [self.RESISTANCE, self.START, self.END]
        )
        layer, grid = resistance_grid(self, parameters, context, cost_distance_bytes)
        start = self._region(parameters, self.START, grid, context, feedback, tr("start"))
        end = self._region(parameters, self.END, grid, context, feedback, tr("end"))
        values = read_resistance(layer, feedback)
        path = least_cost_path(
            values,
            start,
            end,
            cellsize=grid.cellsize,
            four_neighbours=self.parameterAsBoolean(parameters, self.FOUR_NEIGHBOURS, context),
            progress=progress_callback(feedback, 0, 95),
        )
        fields = QgsFields()
        fields.append(make_field("cost", "double"))
        fields.append(make_field("length", "double"))
        fields.append(make_field("n_cells", "int"))
        sink, dest = self.output_sink(parameters, self.OUTPUT, context, fields, WKB_LINESTRING, grid.crs)
        feature = QgsFeature(fields)
        feature.setGeometry(path_line(path.cells, grid))
        feature.setAttributes([path.cost, path.length, int(len(path.cells))])
        add_feature(sink, feature)
        feedback.pushInfo(
            tr("Least-cost path: cost {:,.2f}, length {:,.1f} map units, {} cells.").format(
                path.cost, path.length, len(path.cells)
            )
        )
        style_on_load(context, dest, style_path)
        return {self.OUTPUT: dest}
