# SPDX-FileCopyrightText: 2026 GPEC Connectivity contributors
# SPDX-License-Identifier: GPL-2.0-or-later
"""gpec:corridors: least-cost corridors and links between core areas (Linkage Mapper Linkage Pathways)."""

import shutil

import numpy as np
from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
    QgsProcessingUtils,
)

from ..adapters.checks import require_no_overwrite
from ..adapters.feedback import progress_callback
from ..adapters.outputs import StagedOutputs
from ..adapters.polygons import edge_distance_matrix
from ..adapters.raster import write_array
from ..core.corridors import LINK_SELECTIONS, corridor_analysis
from ..core.memory import available_memory, check_memory, corridor_bytes
from ..i18n import tr
from ..qgis_compat import NUMBER_DOUBLE, NUMBER_INTEGER, WKB_LINESTRING
from .base import GpecAlgorithm
from .inputs import add_feature, core_areas, read_resistance, resistance_grid
from .links import link_feature, link_fields, reason_text
from .parameters import core_parameters, float64_parameter, four_neighbours_parameter
from .styling import style_corridors, style_links, style_on_load


class CorridorsAlgorithm(GpecAlgorithm):
    RESISTANCE = "RESISTANCE"
    CORES = "CORES"
    CORE_ID_FIELD = "CORE_ID_FIELD"
    LINKS = "LINKS"
    K_NEAREST = "K_NEAREST"
    MAX_CW_DIST = "MAX_CW_DIST"
    MAX_EUC_DIST = "MAX_EUC_DIST"
    DROP_THROUGH_CORES = "DROP_THROUGH_CORES"
    WIDTH_CUTOFF = "WIDTH_CUTOFF"
    FOUR_NEIGHBOURS = "FOUR_NEIGHBOURS"
    FLOAT64 = "FLOAT64"
    OUTPUT_CORRIDORS = "OUTPUT_CORRIDORS"
    OUTPUT_LINKS = "OUTPUT_LINKS"

    GROUP = "corridors"

    def name(self):
        return "corridors"

    def displayName(self):  # noqa: N802 - QGIS API
        return tr("Least-cost corridors")

    def help_text(self):
        return tr(
            "<p>Maps least-cost corridors between core areas (protected areas, habitat cores) and the links of "
            "the network, the way Linkage Mapper's Linkage Pathways does (McRae and Kavanagh 2011).</p>"
            "<p>For every core a cost-weighted distance (CWD) map is computed. A link between cores A and B has "
            "cw_dist = the least-cost distance between them (the smallest CWD from A over the cells of B). Its "
            "normalized least-cost corridor is NLCC = CWD from A + CWD from B - cw_dist: zero along the "
            "least-cost path, growing away from it. The corridor map is the smallest NLCC over the kept links.</p>"
            "<h3>Parameters</h3>"
            "<p><b>Resistance surface</b>: positive resistance per cell, projected CRS.</p>"
            "<p><b>Core areas</b> and <b>Core id field</b>: polygons, each with its own id.</p>"
            "<p><b>Links</b>: adjacent cores (their areas touch in the cost-allocation map; Linkage Mapper's "
            "default), all pairs, or each core's k nearest neighbours by cw_dist.</p>"
            "<p><b>Maximum cw_dist / euc_dist</b>: drop longer links (0: no limit).</p>"
            "<p><b>Drop links through other cores</b>: drop a link whose least-cost path crosses a third core.</p>"
            "<p><b>Corridor width cut-off</b>: cells whose NLCC exceeds it (cost units) are left out (0: none).</p>"
            "<p><b>Links</b> output: least-cost paths with from_core, to_core, cw_dist, euc_dist (edge to edge), "
            "lcp_length, cwd_to_euc, cwd_to_path, kept and the reason a link was dropped.</p>"
        )

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.addParameter(QgsProcessingParameterRasterLayer(self.RESISTANCE, tr("Resistance surface")))
        for parameter in core_parameters(self.CORES, self.CORE_ID_FIELD):
            self.addParameter(parameter)
        self.addParameter(
            QgsProcessingParameterEnum(
                self.LINKS,
                tr("Links"),
                options=[tr("Adjacent cores (cost allocation)"), tr("All pairs"), tr("k nearest neighbours")],
                defaultValue=0,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.K_NEAREST, tr("k (nearest neighbours)"), NUMBER_INTEGER, 3, minValue=1
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.MAX_CW_DIST, tr("Maximum cw_dist (0: none)"), NUMBER_DOUBLE, 0.0, minValue=0.0
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.MAX_EUC_DIST,
                tr("Maximum euc_dist, map units (0: none)"),
                NUMBER_DOUBLE,
                0.0,
                minValue=0.0,
            )
        )
        self.addParameter(
            QgsProcessingParameterBoolean(
                self.DROP_THROUGH_CORES, tr("Drop links whose path crosses another core"), defaultValue=True
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.WIDTH_CUTOFF,
                tr("Corridor width cut-off, cost units (0: none)"),
                NUMBER_DOUBLE,
                0.0,
                minValue=0.0,
            )
        )
        self.addParameter(four_neighbours_parameter(self.FOUR_NEIGHBOURS, is_advanced=True))
        self.addParameter(float64_parameter(self.FLOAT64))
        self.addParameter(QgsProcessingParameterRasterDestination(self.OUTPUT_CORRIDORS, tr("Corridors")))
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT_LINKS, tr("Links")))
        self.addOutput(QgsProcessingOutputNumber("LINKS_KEPT", tr("Links kept")))
        self.addOutput(QgsProcessingOutputNumber("LINKS_DROPPED", tr("Links dropped")))

    def _scratch_dir(self, grid, n_cores, feedback):
        """None to keep the CWD rasters in memory, else a folder to memory-map them (refuses if neither fits)."""
        in_memory = corridor_bytes(grid.n_cells, n_cores)
        available = available_memory()
        if available is None or in_memory <= available:
            return None
        folder = QgsProcessingUtils.tempFolder()
        on_disk = 8 * grid.n_cells * n_cores
        if shutil.disk_usage(folder).free > 1.2 * on_disk:
            check_memory(corridor_bytes(grid.n_cells, n_cores, cwd_in_memory=False), n_cells=grid.n_cells)
            feedback.pushInfo(tr("The per-core cost distances are kept on disk in {}.").format(folder))
            return folder
        check_memory(in_memory, available=available, n_cells=grid.n_cells)
        return None

    def compute(self, parameters, context, feedback):
        require_no_overwrite(
            self,
            parameters,
            context,
            [self.OUTPUT_CORRIDORS, self.OUTPUT_LINKS],
            [self.RESISTANCE, self.CORES],
        )
        cores = self.parameterAsSource(parameters, self.CORES, context)
        n_cores = max(2, cores.featureCount()) if cores is not None else 2
        layer, grid = resistance_grid(
            self, parameters, context, lambda n: corridor_bytes(n, n_cores, cwd_in_memory=False)
        )
        scratch = self._scratch_dir(grid, n_cores, feedback)
        ids, zones, geometries = core_areas(
            self, parameters, context, feedback, grid, self.CORES, self.CORE_ID_FIELD, tr("core areas")
        )
        selection = LINK_SELECTIONS[self.parameterAsEnum(parameters, self.LINKS, context)]
        max_cw = self.parameterAsDouble(parameters, self.MAX_CW_DIST, context) or None
        max_euc = self.parameterAsDouble(parameters, self.MAX_EUC_DIST, context) or None
        cutoff = self.parameterAsDouble(parameters, self.WIDTH_CUTOFF, context) or None
        corridors_path = self.parameterAsOutputLayer(parameters, self.OUTPUT_CORRIDORS, context)
        values = read_resistance(layer, feedback)
        feedback.pushInfo(tr("Grid: {}; {} core areas.").format(grid.describe(), len(ids)))
        result = corridor_analysis(
            values,
            zones,
            cellsize=grid.cellsize,
            four_neighbours=self.parameterAsBoolean(parameters, self.FOUR_NEIGHBOURS, context),
            selection=selection,
            k_nearest=self.parameterAsInt(parameters, self.K_NEAREST, context),
            max_cw_dist=max_cw,
            max_euc_dist=max_euc,
            drop_through_cores=self.parameterAsBoolean(parameters, self.DROP_THROUGH_CORES, context),
            width_cutoff=cutoff,
            euclidean=edge_distance_matrix(geometries),
            scratch_dir=scratch,
            names={i + 1: v for i, v in enumerate(ids)},
            progress=progress_callback(feedback, 0, 90),
        )
        del values

        precision = np.float64 if self.parameterAsBoolean(parameters, self.FLOAT64, context) else np.float32
        with StagedOutputs() as stage:
            write_array(stage.path(corridors_path), result.corridor, grid, dtype=precision)
            fields = link_fields(ids)
            sink, links_dest = self.output_sink(
                parameters, self.OUTPUT_LINKS, context, fields, WKB_LINESTRING, grid.crs
            )
            for link in result.links:
                reason = reason_text(link, max_cw, max_euc, ids)
                add_feature(sink, link_feature(link, ids, grid, fields, reason))
            stage.commit()
        self._summary(result, ids, max_cw, max_euc, feedback)
        style_on_load(context, corridors_path, style_corridors)
        style_on_load(context, links_dest, style_links)
        kept = len(result.kept_links)
        feedback.setProgress(100)
        return {
            self.OUTPUT_CORRIDORS: corridors_path,
            self.OUTPUT_LINKS: links_dest,
            "LINKS_KEPT": kept,
            "LINKS_DROPPED": len(result.links) - kept,
        }

    def _summary(self, result, ids, max_cw, max_euc, feedback):
        kept = result.kept_links
        feedback.pushInfo(
            tr("{} candidate link(s): {} kept, {} dropped.").format(
                len(result.links), len(kept), len(result.links) - len(kept)
            )
        )
        reasons = {}
        for link in result.links:
            if not link.kept:
                text = reason_text(link, max_cw, max_euc, ids)
                reasons[text] = reasons.get(text, 0) + 1
        for text, count in sorted(reasons.items()):
            feedback.pushInfo("  {}: {}".format(text, count))
        if kept:
            short = min(kept, key=lambda link: link.cw_dist)
            long = max(kept, key=lambda link: link.cw_dist)
            for label, link in ((tr("Shortest"), short), (tr("Longest"), long)):
                feedback.pushInfo(
                    tr("{} corridor: {} - {}, cw_dist {:,.1f}, path length {:,.0f}.").format(
                        label, ids[link.from_core - 1], ids[link.to_core - 1], link.cw_dist, link.lcp_length
                    )
                )
        if len(result.groups) > 1:
            feedback.pushWarning(
                tr("The cores fall into {} groups that cannot reach each other: {}.").format(
                    len(result.groups),
                    "; ".join(", ".join(str(ids[label - 1]) for label in group) for group in result.groups),
                )
            )
