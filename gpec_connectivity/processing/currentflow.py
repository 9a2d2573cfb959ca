# SPDX-FileCopyrightText: 2026 GPEC Connectivity contributors
# SPDX-License-Identifier: GPL-2.0-or-later
"""gpec:currentflow: Circuitscape's raster modes (pairwise, one-to-all, all-to-one) inside QGIS."""

import csv
import os

import numpy as np
from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
)

from ..adapters.checks import raster_grid, require_memory, require_no_overwrite, require_same_grid
from ..adapters.feedback import check_cancelled, progress_callback
from ..adapters.outputs import StagedOutputs
from ..adapters.raster import read_array, write_array, write_bands
from ..core.circuit import (
    MODES,
    circuit_flow,
    circuit_memory,
    focal_regions,
    read_included_pairs,
    read_source_strengths,
)
from ..core.errors import QT_TR_NOOP, InvalidInputError
from ..i18n import tr
from ..qgis_compat import FIELD_ANY, FILE_BEHAVIOUR, NUMBER_DOUBLE, SOURCE_GEOMETRY
from .base import GpecAlgorithm
from .inputs import focal_zones_from_layer
from .parameters import (
    SOLVERS,
    advanced,
    average_resistances_parameter,
    four_neighbours_parameter,
    solver_parameter,
)
from .styling import style_current, style_on_load


def integer_ids(layer, grid, feedback, role):
    """A raster of integer ids (focal regions, short-circuit regions): 0 where NoData, zero or negative."""
    values = read_array(layer, 1, feedback)
    present = ~np.isnan(values)
    if np.any(values[present] != np.round(values[present])):
        raise InvalidInputError(
            QT_TR_NOOP("The {} raster ({}) must hold whole-number ids."), role, layer.name()
        )
    negative = present & (values < 0)
    if np.any(negative):
        feedback.pushWarning(
            tr("{} cell(s) of the {} raster hold negative ids and are ignored.").format(
                int(negative.sum()), role
            )
        )
    return np.where(present & (values > 0), values, 0).astype(np.int64)


def write_resistances(path, result, mode):
    """CSV of effective resistances: pairwise from_id,to_id,resistance; else id,resistance; empty: not connected."""
    ids = result.focal_ids
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        if mode == "pairwise":
            writer.writerow(["from_id", "to_id", "resistance"])
            for a in range(len(ids)):
                for b in range(a + 1, len(ids)):
                    value = result.resistances[a, b]
                    writer.writerow([ids[a], ids[b], "" if np.isnan(value) else repr(float(value))])
        else:
            writer.writerow(["id", "resistance"])
            for i, value in zip(ids, result.resistances):
                writer.writerow([i, "" if np.isnan(value) else repr(float(value))])


class CurrentFlowAlgorithm(GpecAlgorithm):
    RESISTANCE = "RESISTANCE"
    VALUES_ARE_CONDUCTANCE = "VALUES_ARE_CONDUCTANCE"
    FOCAL_RASTER = "FOCAL_RASTER"
    FOCAL_LAYER = "FOCAL_LAYER"
    FOCAL_ID_FIELD = "FOCAL_ID_FIELD"
    SHORT_CIRCUIT = "SHORT_CIRCUIT"
    MASK = "MASK"
    INCLUDED_PAIRS = "INCLUDED_PAIRS"
    SOURCE_STRENGTHS = "SOURCE_STRENGTHS"
    MODE = "MODE"
    FOUR_NEIGHBOURS = "FOUR_NEIGHBOURS"
    AVERAGE_RESISTANCES = "AVERAGE_RESISTANCES"
    SOLVER = "SOLVER"
    TOLERANCE = "TOLERANCE"
    OUTPUT_CURRENT = "OUTPUT_CURRENT"
    OUTPUT_RESISTANCES = "OUTPUT_RESISTANCES"
    OUTPUT_VOLTAGE = "OUTPUT_VOLTAGE"
    OUTPUT_PAIR_CURRENTS = "OUTPUT_PAIR_CURRENTS"

    GROUP = "circuit"

    def name(self):
        return "currentflow"

    def displayName(self):  # noqa: N802 - QGIS API
        return tr("Current flow (Circuitscape)")

    def help_text(self):
        return tr(
            "<p>Circuit-theory connectivity (McRae et al. 2008, Ecology 89:2712-2724) with the conventions of "
            "Circuitscape's raster modes: effective resistance between focal regions and the cumulative current "
            "density map that shows where movement is funnelled.</p>"
            "<p>Every cell is a node; neighbouring cells are joined by the mean of their conductances (or, with "
            "<b>Average resistances</b>, the inverse of their mean resistance), diagonal links divided by "
            "sqrt(2). Cells sharing a focal id form one focal region; cells of a short-circuit region are one "
            "node. NoData and zero-conductance cells are no nodes. Pairs in different connected components are "
            "reported as not connected (an empty value).</p>"
            "<h3>Modes</h3>"
            "<p><b>Pairwise</b>: 1 A between every pair of focal regions; a focal region is short-circuited only "
            "while its own pair is solved. <b>One-to-all</b>: 1 A into each focal region in turn, all the others "
            "grounded. <b>All-to-one</b>: each focal region in turn grounded, 1 A into every other one.</p>"
            "<h3>Parameters</h3>"
            "<p><b>Resistance surface</b> (or conductance with <b>Values are conductances</b>): positive values; "
            "projected CRS. <b>Focal regions</b>: a raster of whole-number ids (0 and NoData: none) or a point / "
            "polygon layer with an id field (features with the same id are one region). <b>Short-circuit "
            "regions</b>: optional raster of ids on the same grid.</p>"
            "<p><b>Solver</b>: automatic (direct factorisation for small rasters, pyamg's algebraic multigrid "
            "when it is installed, else direct), or forced; the log says which ran.</p>"
            "<p><b>Outputs</b>: cumulative current density (Float32), effective resistances as CSV (pairwise: "
            "from_id,to_id,resistance; other modes: id,resistance), optionally the voltage of every run "
            "(one band per focal region) and a current map per pair (GeoTIFFs in a folder).</p>"
        )

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.addParameter(QgsProcessingParameterRasterLayer(self.RESISTANCE, tr("Resistance surface")))
        self.addParameter(
            QgsProcessingParameterBoolean(
                self.VALUES_ARE_CONDUCTANCE, tr("Values are conductances"), defaultValue=False
            )
        )
        self.addParameter(
            QgsProcessingParameterRasterLayer(
                self.FOCAL_RASTER, tr("Focal regions (raster of ids)"), optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.FOCAL_LAYER, tr("Focal regions (points or polygons)"), [SOURCE_GEOMETRY], optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.FOCAL_ID_FIELD,
                tr("Focal region id field"),
                parentLayerParameterName=self.FOCAL_LAYER,
                type=FIELD_ANY,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterRasterLayer(
                self.SHORT_CIRCUIT, tr("Short-circuit regions (raster of ids)"), optional=True
            )
        )
        self.addParameter(
            advanced(
                QgsProcessingParameterRasterLayer(
                    self.MASK, tr("Mask (cells <= 0 or NoData are removed)"), optional=True
                )
            )
        )
        self.addParameter(
            advanced(
                QgsProcessingParameterFile(
                    self.INCLUDED_PAIRS,
                    tr("Included pairs (Circuitscape file)"),
                    behavior=FILE_BEHAVIOUR,
                    optional=True,
                )
            )
        )
        self.addParameter(
            advanced(
                QgsProcessingParameterFile(
                    self.SOURCE_STRENGTHS,
                    tr("Source strengths (Circuitscape file: id strength)"),
                    behavior=FILE_BEHAVIOUR,
                    optional=True,
                )
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.MODE,
                tr("Mode"),
                options=[tr("Pairwise"), tr("One-to-all"), tr("All-to-one")],
                defaultValue=0,
            )
        )
        self.addParameter(four_neighbours_parameter(self.FOUR_NEIGHBOURS))
        self.addParameter(average_resistances_parameter(self.AVERAGE_RESISTANCES))
        self.addParameter(solver_parameter(self.SOLVER))
        self.addParameter(
            advanced(
                QgsProcessingParameterNumber(
                    self.TOLERANCE,
                    tr("Tolerance of iterative solvers"),
                    NUMBER_DOUBLE,
                    1e-6,
                    minValue=1e-14,
                    maxValue=1e-2,
                )
            )
        )
        self.addParameter(
            QgsProcessingParameterRasterDestination(self.OUTPUT_CURRENT, tr("Cumulative current"))
        )
        self.addParameter(
            QgsProcessingParameterFileDestination(
                self.OUTPUT_RESISTANCES, tr("Effective resistances"), tr("CSV files (*.csv)")
            )
        )
        self.addParameter(
            QgsProcessingParameterRasterDestination(
                self.OUTPUT_VOLTAGE,
                tr("Voltages (one-to-all and all-to-one)"),
                optional=True,
                createByDefault=False,
            )
        )
        self.addParameter(
            QgsProcessingParameterFolderDestination(
                self.OUTPUT_PAIR_CURRENTS,
                tr("Current map of every pair or run (folder)"),
                optional=True,
                createByDefault=False,
            )
        )
        self.addOutput(QgsProcessingOutputString("SOLVER_USED", tr("Solver used")))
        self.addOutput(QgsProcessingOutputNumber("NOT_CONNECTED", tr("Pairs or runs not connected")))

    def _focal(self, parameters, context, feedback, grid):
        """The focal regions as ``{id: flat cell indices}`` and a function from those ids to the user's ids."""
        raster = self.parameterAsRasterLayer(parameters, self.FOCAL_RASTER, context)
        if parameters.get(self.FOCAL_LAYER) not in (None, ""):
            if raster is not None:
                raise InvalidInputError(
                    QT_TR_NOOP("Give the focal regions as a raster or as a layer, not both.")
                )
            ids, regions = focal_zones_from_layer(
                self,
                parameters,
                context,
                feedback,
                grid,
                self.FOCAL_LAYER,
                self.FOCAL_ID_FIELD,
                tr("focal regions"),
            )
            # the core numbers the regions 1..n; the user's ids may be text
            return regions, (lambda label: ids[label - 1]), {value: k + 1 for k, value in enumerate(ids)}
        if raster is None:
            raise InvalidInputError(
                QT_TR_NOOP("Give the focal regions (a raster of ids or a point/polygon layer).")
            )
        require_same_grid(grid, raster, tr("focal regions raster"))
        zones = integer_ids(raster, grid, feedback, tr("focal regions"))
        return focal_regions(zones), (lambda label: label), None

    def _pairs_and_strengths(self, parameters, context, regions, to_label, mode):
        """Circuitscape's included pairs and source strengths, keyed by the core's region numbers."""
        pairs = strengths = None
        pairs_path = self.parameterAsFile(parameters, self.INCLUDED_PAIRS, context)
        if pairs_path:
            with open(pairs_path, encoding="utf-8-sig") as handle:
                included = read_included_pairs(handle.read())
            if to_label is not None:  # the file names the user's ids
                included.ids = [to_label[i] for i in included.ids if i in to_label]
                included.marked = {
                    (to_label[a], to_label[b]) for a, b in included.marked if a in to_label and b in to_label
                }
            kept = included.keep(list(regions))
            for label in list(regions):
                if label not in kept:
                    del regions[label]
            pairs = included.pairwise(kept) if mode == "pairwise" else included.partners(kept)
        strengths_path = self.parameterAsFile(parameters, self.SOURCE_STRENGTHS, context)
        if strengths_path and mode != "pairwise":
            with open(strengths_path, encoding="utf-8-sig") as handle:
                strengths = read_source_strengths(handle.read())
            if to_label is not None:
                strengths = {to_label[k]: v for k, v in strengths.items() if k in to_label}
        return pairs, strengths

    def compute(self, parameters, context, feedback):
        outputs = [
            self.OUTPUT_CURRENT,
            self.OUTPUT_RESISTANCES,
            self.OUTPUT_VOLTAGE,
            self.OUTPUT_PAIR_CURRENTS,
        ]
        require_no_overwrite(
            self,
            parameters,
            context,
            outputs,
            [self.RESISTANCE, self.FOCAL_RASTER, self.FOCAL_LAYER, self.SHORT_CIRCUIT, self.MASK],
        )
        layer = self.parameterAsRasterLayer(parameters, self.RESISTANCE, context)
        if layer is None:
            raise InvalidInputError(QT_TR_NOOP("The resistance surface could not be loaded."))
        grid = raster_grid(layer, tr("resistance surface"))
        mode = MODES[self.parameterAsEnum(parameters, self.MODE, context)]
        solver = SOLVERS[self.parameterAsEnum(parameters, self.SOLVER, context)]
        short_layer = self.parameterAsRasterLayer(parameters, self.SHORT_CIRCUIT, context)
        if short_layer is not None:
            require_same_grid(grid, short_layer, tr("short-circuit regions raster"))
        mask_layer = self.parameterAsRasterLayer(parameters, self.MASK, context)
        if mask_layer is not None:
            require_same_grid(grid, mask_layer, tr("mask"))
        require_memory(circuit_memory(grid.n_cells, 2, method=solver), grid.n_cells)
        regions, user_id, to_label = self._focal(parameters, context, feedback, grid)
        pairs, strengths = self._pairs_and_strengths(parameters, context, regions, to_label, mode)
        if len(regions) < 2:
            raise InvalidInputError(
                QT_TR_NOOP("At least two focal regions are needed; found {}."), len(regions)
            )
        multi = mode == "pairwise" and max(len(c) for c in regions.values()) > 1
        require_memory(circuit_memory(grid.n_cells, len(regions), method=solver, regions=multi), grid.n_cells)
        polygons = integer_ids(short_layer, grid, feedback, tr("short-circuit")) if short_layer else None
        values = read_array(layer, 1, feedback)
        if mask_layer is not None:
            mask = read_array(mask_layer, 1, feedback)
            removed = ~(mask > 0)
            values[removed] = np.nan
            feedback.pushInfo(tr("The mask removes {:,} cells.").format(int(np.count_nonzero(removed))))
        check_cancelled(feedback)

        current_path = self.parameterAsOutputLayer(parameters, self.OUTPUT_CURRENT, context)
        csv_path = self.parameterAsFileOutput(parameters, self.OUTPUT_RESISTANCES, context)
        voltage_path = self.parameterAsOutputLayer(parameters, self.OUTPUT_VOLTAGE, context)
        folder = self.parameterAsString(parameters, self.OUTPUT_PAIR_CURRENTS, context)
        with StagedOutputs() as stage:
            staging = stage.folder(folder) if folder else None

            def save_pair(a, b, current):
                if b is None:
                    name = "current_{}.tif".format(user_id(a))
                else:
                    name = "current_{}_{}.tif".format(user_id(a), user_id(b))
                write_array(os.path.join(staging, name), current, grid)

            result = circuit_flow(
                values,
                regions,
                mode=mode,
                values_are_conductance=self.parameterAsBoolean(
                    parameters, self.VALUES_ARE_CONDUCTANCE, context
                ),
                polygons=polygons,
                four_neighbours=self.parameterAsBoolean(parameters, self.FOUR_NEIGHBOURS, context),
                average_resistances=self.parameterAsBoolean(parameters, self.AVERAGE_RESISTANCES, context),
                solver=solver,
                tolerance=self.parameterAsDouble(parameters, self.TOLERANCE, context),
                return_voltages=bool(voltage_path) and mode != "pairwise",
                pair_current=save_pair if staging else None,
                pairs=pairs,
                strengths=strengths,
                progress=progress_callback(feedback, 0, 95),
            )
            result.focal_ids = [user_id(v) for v in result.focal_ids]
            result.off_grid = [user_id(v) for v in result.off_grid]
            self._report(result, mode, feedback)

            write_array(stage.path(current_path), result.current, grid)
            style_on_load(context, current_path, style_current)
            write_resistances(stage.path(csv_path), result, mode)
            out = {
                self.OUTPUT_CURRENT: current_path,
                self.OUTPUT_RESISTANCES: csv_path,
                "SOLVER_USED": result.solver,
            }
            if voltage_path and result.voltages:
                keys = sorted(result.voltages)
                write_bands(
                    stage.path(voltage_path),
                    [result.voltages[k] for k in keys],
                    grid,
                    descriptions=[str(user_id(k)) for k in keys],
                )
                out[self.OUTPUT_VOLTAGE] = voltage_path
            if staging:
                out[self.OUTPUT_PAIR_CURRENTS] = folder
            stage.commit()
        if mode == "pairwise":
            upper = result.resistances[np.triu_indices(len(result.focal_ids), 1)]
            out["NOT_CONNECTED"] = int(np.count_nonzero(np.isnan(upper)))
        else:
            out["NOT_CONNECTED"] = int(np.count_nonzero(np.isnan(result.resistances)))
        feedback.setProgress(100)
        return out

    def _report(self, result, mode, feedback):
        feedback.pushInfo(tr("Solver: {}; {} linear solve(s).").format(result.solver, result.solves))
        if result.off_grid:
            feedback.pushWarning(
                tr(
                    "Focal region(s) {} lie entirely on NoData cells and are reported as not connected."
                ).format(", ".join(str(v) for v in result.off_grid))
            )
        values = result.resistances
        if mode == "pairwise":
            values = values[np.triu_indices(len(result.focal_ids), 1)]
        connected = values[~np.isnan(values)]
        if mode == "pairwise":
            summary = tr("{} of {} pairs connected.")
        else:
            summary = tr("{} of {} focal regions connected.")
        feedback.pushInfo(summary.format(connected.size, values.size))
        if connected.size:
            feedback.pushInfo(
                tr("Effective resistance from {:.6g} to {:.6g}.").format(connected.min(), connected.max())
            )
