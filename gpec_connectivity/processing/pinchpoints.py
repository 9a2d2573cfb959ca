# SPDX-FileCopyrightText: 2026 GPEC Connectivity contributors
# SPDX-License-Identifier: GPL-2.0-or-later
"""gpec:pinchpoints: current flow through least-cost corridors (Linkage Mapper's Pinchpoint Mapper)."""

from qgis.core import (
    QgsFeature,
    QgsFields,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
)

from ..adapters.checks import require_no_overwrite
from ..adapters.feedback import progress_callback
from ..adapters.outputs import StagedOutputs
from ..adapters.raster import write_array
from ..core.circuit import circuit_memory
from ..core.errors import QT_TR_NOOP, InvalidInputError
from ..core.memory import corridor_bytes
from ..core.pinchpoints import pinch_points
from ..i18n import tr
from ..qgis_compat import NUMBER_DOUBLE, WKB_LINESTRING, make_field
from .base import GpecAlgorithm
from .inputs import add_feature, core_areas, read_resistance, resistance_grid
from .links import link_feature, link_fields, links_on_the_fly, null, read_links, reason_text
from .parameters import (
    SOLVERS,
    average_resistances_parameter,
    core_parameters,
    four_neighbours_parameter,
    links_parameter,
    solver_parameter,
)
from .styling import style_current, style_on_load

ADDED = ("eff_resist", "cwd_to_eff_resist")


class PinchPointsAlgorithm(GpecAlgorithm):
    RESISTANCE = "RESISTANCE"
    CORES = "CORES"
    CORE_ID_FIELD = "CORE_ID_FIELD"
    LINKS = "LINKS"
    WIDTH_CUTOFF = "WIDTH_CUTOFF"
    ALL_TO_ONE = "ALL_TO_ONE"
    FOUR_NEIGHBOURS = "FOUR_NEIGHBOURS"
    AVERAGE_RESISTANCES = "AVERAGE_RESISTANCES"
    SOLVER = "SOLVER"
    OUTPUT_PINCHPOINTS = "OUTPUT_PINCHPOINTS"
    OUTPUT_LINKS = "OUTPUT_LINKS"
    OUTPUT_ALL_TO_ONE = "OUTPUT_ALL_TO_ONE"

    GROUP = "circuit"

    def name(self):
        return "pinchpoints"

    def displayName(self):  # noqa: N802 - QGIS API
        return tr("Pinch points")

    def help_text(self):
        return tr(
            "<p>Where movement is funnelled inside least-cost corridors, as Linkage Mapper's Pinchpoint Mapper "
            "maps it (McRae 2012; circuit theory of McRae et al. 2008). For every kept link, the corridor is "
            "truncated where its normalized least-cost corridor exceeds the width cut-off, and Circuitscape's "
            "pairwise current flows between the link's two cores inside it (each core one short-circuited "
            "focal region). The current maps of all links are combined by their maximum; each link's own cores "
            "are left NoData.</p>"
            "<p>The links table gains eff_resist (the link's effective resistance times the cell size, "
            "comparable with cw_dist, as Linkage Mapper reports it) and cwd_to_eff_resist = cw_dist / "
            "eff_resist: about 1 for a single narrow route, higher when the corridor offers many "
            "alternative routes (its effective resistance is then far below cw_dist).</p>"
            "<h3>Parameters</h3>"
            "<p><b>Resistance surface</b>, <b>Core areas</b> and <b>Core id field</b>: as for the corridors. "
            "<b>Links</b>: the links layer written by Least-cost corridors (its kept links are used); without "
            "it the links are found here with the corridors' defaults (adjacent cores, links through other cores "
            "dropped). <b>Corridor width cut-off</b>: in cost units. <b>All-to-one</b>: also solve all cores at "
            "once in all-to-one mode across the whole truncated corridor network.</p>"
        )

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.addParameter(QgsProcessingParameterRasterLayer(self.RESISTANCE, tr("Resistance surface")))
        for parameter in core_parameters(self.CORES, self.CORE_ID_FIELD):
            self.addParameter(parameter)
        self.addParameter(links_parameter(self.LINKS))
        self.addParameter(
            QgsProcessingParameterNumber(
                self.WIDTH_CUTOFF,
                tr("Corridor width cut-off, cost units"),
                NUMBER_DOUBLE,
                10000.0,
                minValue=0.0,
            )
        )
        self.addParameter(
            QgsProcessingParameterBoolean(
                self.ALL_TO_ONE, tr("Also solve all cores at once (all-to-one)"), defaultValue=False
            )
        )
        self.addParameter(four_neighbours_parameter(self.FOUR_NEIGHBOURS, is_advanced=True))
        self.addParameter(average_resistances_parameter(self.AVERAGE_RESISTANCES, is_advanced=True))
        self.addParameter(solver_parameter(self.SOLVER))
        self.addParameter(
            QgsProcessingParameterRasterDestination(self.OUTPUT_PINCHPOINTS, tr("Pinch points"))
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(self.OUTPUT_LINKS, tr("Links with effective resistance"))
        )
        self.addParameter(
            QgsProcessingParameterRasterDestination(
                self.OUTPUT_ALL_TO_ONE, tr("All-to-one current"), optional=True, createByDefault=False
            )
        )

    def compute(self, parameters, context, feedback):
        outputs = [self.OUTPUT_PINCHPOINTS, self.OUTPUT_LINKS, self.OUTPUT_ALL_TO_ONE]
        require_no_overwrite(self, parameters, context, outputs, [self.RESISTANCE, self.CORES, self.LINKS])
        cores = self.parameterAsSource(parameters, self.CORES, context)
        n_cores = max(2, cores.featureCount()) if cores is not None else 2
        solver = SOLVERS[self.parameterAsEnum(parameters, self.SOLVER, context)]

        def needed(n_cells):
            return corridor_bytes(n_cells, n_cores) + circuit_memory(n_cells, 2, method=solver, regions=True)

        layer, grid = resistance_grid(self, parameters, context, needed)
        ids, zones, geometries = core_areas(
            self, parameters, context, feedback, grid, self.CORES, self.CORE_ID_FIELD, tr("core areas")
        )
        cutoff = self.parameterAsDouble(parameters, self.WIDTH_CUTOFF, context)
        if not cutoff > 0:
            raise InvalidInputError(QT_TR_NOOP("Set a corridor width cut-off (cost units) above 0."))
        four = self.parameterAsBoolean(parameters, self.FOUR_NEIGHBOURS, context)
        values = read_resistance(layer, feedback)
        records, found = None, None
        if parameters.get(self.LINKS) not in (None, ""):
            records = read_links(self, parameters, context, self.LINKS, ids, tr("links"))
            pairs = sorted({(r.a, r.b) for r in records if r.kept})
            distances = None
        else:
            found = links_on_the_fly(
                values, zones, ids, geometries, grid, four, progress_callback(feedback, 0, 30)
            )
            pairs = sorted({(link.from_core, link.to_core) for link in found.kept_links})
            distances = found.distances
        if not pairs:
            raise InvalidInputError(QT_TR_NOOP("There are no kept links to map pinch points on."))
        feedback.pushInfo(
            tr("{} kept link(s); corridors truncated at {:g} cost units.").format(len(pairs), cutoff)
        )
        try:
            result = pinch_points(
                values,
                zones,
                pairs,
                width_cutoff=cutoff,
                cellsize=grid.cellsize,
                four_neighbours=four,
                average_resistances=self.parameterAsBoolean(parameters, self.AVERAGE_RESISTANCES, context),
                all_to_one=self.parameterAsBoolean(parameters, self.ALL_TO_ONE, context),
                solver=solver,
                distances=distances,
                progress=progress_callback(feedback, 30 if found else 0, 95),
            )
        finally:
            if distances is not None:
                distances.close()
        feedback.pushInfo(tr("Solver: {}.").format(result.solver))
        pinch_path = self.parameterAsOutputLayer(parameters, self.OUTPUT_PINCHPOINTS, context)
        all_path = self.parameterAsOutputLayer(parameters, self.OUTPUT_ALL_TO_ONE, context)
        with StagedOutputs() as stage:
            write_array(stage.path(pinch_path), result.current, grid)
            out = {self.OUTPUT_PINCHPOINTS: pinch_path}
            out[self.OUTPUT_LINKS] = self._write_links(parameters, context, grid, ids, records, found, result)
            if all_path and result.all_to_one is not None:
                write_array(stage.path(all_path), result.all_to_one, grid)
                out[self.OUTPUT_ALL_TO_ONE] = all_path
            stage.commit()
        style_on_load(context, pinch_path, style_current)
        if self.OUTPUT_ALL_TO_ONE in out:
            style_on_load(context, all_path, style_current)
        for (a, b), r in sorted(result.eff_resist.items()):
            feedback.pushInfo(
                tr("Link {} - {}: cw_dist {:,.1f}, eff_resist {:,.1f}, cwd_to_eff_resist {:.3g}.").format(
                    ids[a - 1], ids[b - 1], result.cw_dist[(a, b)], r, result.cwd_to_eff_resist((a, b))
                )
            )
        feedback.setProgress(100)
        return out

    def _write_links(self, parameters, context, grid, ids, records, found, result):
        """The links with eff_resist and cwd_to_eff_resist: the input's features, or the links found here."""
        if records is not None:
            source = self.parameterAsSource(parameters, self.LINKS, context)
            fields = QgsFields(source.fields())
            for name in ADDED:
                if fields.indexOf(name) < 0:
                    fields.append(make_field(name, "double"))
            sink, dest = self.output_sink(
                parameters, self.OUTPUT_LINKS, context, fields, source.wkbType(), source.sourceCrs()
            )
            for record in records:
                feature = QgsFeature(fields)
                feature.setGeometry(record.feature.geometry())
                for name in source.fields().names():
                    feature[name] = record.feature[name]
                pair = (record.a, record.b)
                kept = record.kept and pair in result.eff_resist
                feature["eff_resist"] = null(result.eff_resist[pair]) if kept else None
                feature["cwd_to_eff_resist"] = null(result.cwd_to_eff_resist(pair)) if kept else None
                add_feature(sink, feature)
        else:
            fields = link_fields(ids, extra=ADDED)
            sink, dest = self.output_sink(
                parameters, self.OUTPUT_LINKS, context, fields, WKB_LINESTRING, grid.crs
            )
            for link in found.links:
                pair = (link.from_core, link.to_core)
                extra = (
                    (result.eff_resist.get(pair), result.cwd_to_eff_resist(pair))
                    if link.kept
                    else (None, None)
                )
                reason = reason_text(link, None, None, ids)
                add_feature(sink, link_feature(link, ids, grid, fields, reason, extra))
        return dest
