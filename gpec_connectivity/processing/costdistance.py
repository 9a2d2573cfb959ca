# SPDX-FileCopyrightText: 2026 GPEC Connectivity contributors
# SPDX-License-Identifier: GPL-2.0-or-later
"""gpec:costdistance: accumulated cost from sources, with nearest-source allocation."""

import time

import numpy as np
from qgis.core import (
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
)

from ..adapters.checks import require_no_overwrite
from ..adapters.feedback import progress_callback
from ..adapters.raster import read_array, write_array
from ..adapters.vector import features_inside, rasterize_sources
from ..core.costdistance import check_resistance, cost_distance
from ..core.errors import QT_TR_NOOP, InvalidInputError, NoSourcesError
from ..core.memory import cost_distance_bytes
from ..i18n import tr
from ..qgis_compat import FIELD_ANY, NUMBER_DOUBLE, SOURCE_GEOMETRY
from .base import GpecAlgorithm
from .inputs import resistance_grid
from .parameters import advanced, float64_parameter, four_neighbours_parameter, with_help
from .styling import style_cost, style_on_load

ALLOCATION_NODATA = np.iinfo(np.int32).min


def source_labels(features, field_name):
    """Integer allocation label of each source feature and a log of how labels were assigned.

    Features sharing an id form one source. Integer ids are used as they are; other ids are numbered 1..n in
    sorted order. Without an id field, each feature is its own source, labelled by its feature id.
    """
    if not field_name:
        return [int(f.id()) for f, _ in features], None
    values = [f[field_name] for f, _ in features]
    empty = [int(f.id()) for (f, _), v in zip(features, values) if v is None or str(v).strip() == ""]
    if empty:
        raise InvalidInputError(
            QT_TR_NOOP("Source feature(s) {} have no value in the id field {}."),
            ", ".join(str(v) for v in empty[:20]),
            field_name,
        )
    if all(isinstance(v, int) and not isinstance(v, bool) for v in values):
        return [int(v) for v in values], None
    names = sorted({str(v) for v in values})
    number = {name: i + 1 for i, name in enumerate(names)}
    return [number[str(v)] for v in values], number


class CostDistanceAlgorithm(GpecAlgorithm):
    RESISTANCE = "RESISTANCE"
    SOURCES = "SOURCES"
    SOURCE_ID_FIELD = "SOURCE_ID_FIELD"
    FOUR_NEIGHBOURS = "FOUR_NEIGHBOURS"
    FLOAT64 = "FLOAT64"
    MAX_COST = "MAX_COST"
    OUTPUT = "OUTPUT"
    OUTPUT_ALLOCATION = "OUTPUT_ALLOCATION"

    GROUP = "resistance"

    def name(self):
        return "costdistance"

    def displayName(self):  # noqa: N802 - QGIS API
        return tr("Cost distance")

    def help_text(self):
        return tr(
            "<p>Accumulated cost (cost-weighted distance) from the source features over a resistance surface, "
            "and optionally which source each cell is cheapest to reach from (allocation).</p>"
            "<p>Moving between neighbouring cells a and b costs (resistance of a + resistance of b) / 2 times "
            "the distance between their centres: the definition of Circuitscape, Linkage Mapper (ArcGIS Cost "
            "Distance) and scikit-image MCP_Geometric. NoData cells cannot be crossed. The search is an exact "
            "Dijkstra shortest-path search.</p>"
            "<h3>Parameters</h3>"
            "<p><b>Resistance surface</b>: positive resistance per cell in a projected CRS (metres).</p>"
            "<p><b>Sources</b>: points, lines or polygons; polygons take the cells whose centre lies inside, "
            "lines every cell they touch. Layers in another CRS are reprojected on the fly.</p>"
            "<p><b>Source id field</b>: features with the same id form one source; the allocation raster holds "
            "these ids (text ids are numbered 1..n, the log lists the numbers). Without it, every feature is a "
            "source of its own, labelled by its feature id.</p>"
            "<p><b>Connect 4 neighbours only</b>: orthogonal moves only (default: 8 neighbours).</p>"
            "<p><b>Maximum cost</b>: cells beyond it are left NoData (faster on large rasters).</p>"
            "<p><b>Write 64-bit floating-point rasters</b>: full precision instead of Float32 (twice the size).</p>"
            "<p><b>Cost distance</b>: Float32 raster of accumulated cost, NoData where unreachable.</p>"
            "<p><b>Allocation</b>: Int32 raster of the nearest source's id.</p>"
        )

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.addParameter(
            with_help(
                QgsProcessingParameterRasterLayer(self.RESISTANCE, tr("Resistance surface")),
                tr("Positive resistance per cell, in a projected CRS."),
            )
        )
        self.addParameter(QgsProcessingParameterFeatureSource(self.SOURCES, tr("Sources"), [SOURCE_GEOMETRY]))
        self.addParameter(
            QgsProcessingParameterField(
                self.SOURCE_ID_FIELD,
                tr("Source id field"),
                parentLayerParameterName=self.SOURCES,
                type=FIELD_ANY,
                optional=True,
            )
        )
        self.addParameter(four_neighbours_parameter(self.FOUR_NEIGHBOURS))
        self.addParameter(
            advanced(
                QgsProcessingParameterNumber(
                    self.MAX_COST,
                    tr("Maximum cost (empty: no limit)"),
                    type=NUMBER_DOUBLE,
                    optional=True,
                    minValue=0.0,
                )
            )
        )
        self.addParameter(float64_parameter(self.FLOAT64))
        self.addParameter(QgsProcessingParameterRasterDestination(self.OUTPUT, tr("Cost distance")))
        self.addParameter(
            QgsProcessingParameterRasterDestination(
                self.OUTPUT_ALLOCATION,
                tr("Allocation (nearest source)"),
                optional=True,
                createByDefault=False,
            )
        )

    def compute(self, parameters, context, feedback):
        require_no_overwrite(
            self, parameters, context, [self.OUTPUT, self.OUTPUT_ALLOCATION], [self.RESISTANCE, self.SOURCES]
        )
        layer, grid = resistance_grid(self, parameters, context, cost_distance_bytes)
        source = self.parameterAsSource(parameters, self.SOURCES, context)
        if source is None:
            raise InvalidInputError(QT_TR_NOOP("The sources layer could not be loaded."))
        field_name = self.parameterAsString(parameters, self.SOURCE_ID_FIELD, context)
        four = self.parameterAsBoolean(parameters, self.FOUR_NEIGHBOURS, context)
        max_cost = None
        if parameters.get(self.MAX_COST) not in (None, ""):
            max_cost = self.parameterAsDouble(parameters, self.MAX_COST, context)
        out_path = self.parameterAsOutputLayer(parameters, self.OUTPUT, context)
        alloc_path = self.parameterAsOutputLayer(parameters, self.OUTPUT_ALLOCATION, context)

        inside, outside = features_inside(source, grid, context, feedback, tr("sources"))
        if outside:
            feedback.pushWarning(
                tr("{} source feature(s) lie outside the resistance surface and are ignored.").format(
                    len(outside)
                )
            )
        if not inside:
            raise NoSourcesError(QT_TR_NOOP("No source feature lies on the resistance surface."))
        labels, numbering = source_labels(inside, field_name)
        zones, _ = rasterize_sources(inside, grid)
        label_of_zone = np.array([0] + labels, dtype=np.int32)
        sources = label_of_zone[zones]
        if numbering:
            feedback.pushInfo(
                tr("Allocation values: {}").format(
                    ", ".join("{}={}".format(k, v) for k, v in numbering.items())
                )
            )

        clock = time.perf_counter
        timings = {}
        start = clock()
        values = read_array(layer, feedback=feedback)
        timings["read"] = clock() - start
        start = clock()
        values = check_resistance(values)
        timings["checks"] = clock() - start
        feedback.pushInfo(tr("Grid: {}.").format(grid.describe()))
        start = clock()
        result = cost_distance(
            values,
            sources,
            cellsize=grid.cellsize,
            four_neighbours=four,
            max_cost=max_cost,
            return_allocation=bool(alloc_path),
            progress=progress_callback(feedback, 0, 95),
        )
        timings["search"] = clock() - start
        start = clock()
        distance = result.distance
        reached = np.isfinite(distance)
        n_passable = int(np.count_nonzero(np.isfinite(values)))
        del values
        largest = float(distance.max(initial=-np.inf, where=reached))
        distance[~reached] = np.nan  # unreached (inf) is NoData
        feedback.pushInfo(
            tr("{:,} of {:,} passable cells reached; largest cost {:,.2f}.").format(
                int(np.count_nonzero(reached)), n_passable, largest if np.isfinite(largest) else np.nan
            )
        )
        timings["statistics"] = clock() - start
        start = clock()
        precision = np.float64 if self.parameterAsBoolean(parameters, self.FLOAT64, context) else np.float32
        write_array(out_path, distance, grid, dtype=precision)
        style_on_load(context, out_path, style_cost)
        outputs = {self.OUTPUT: out_path}
        if alloc_path:
            allocation = np.where(reached, result.allocation, ALLOCATION_NODATA)
            write_array(alloc_path, allocation, grid, dtype=np.int32, nodata=ALLOCATION_NODATA)
            outputs[self.OUTPUT_ALLOCATION] = alloc_path
        timings["write"] = clock() - start
        feedback.pushDebugInfo(
            "Timings: "
            + ", ".join("{} {:.2f} s".format(phase, seconds) for phase, seconds in timings.items())
        )
        feedback.setProgress(100)
        return outputs
