# SPDX-FileCopyrightText: 2026 GPEC Connectivity contributors
# SPDX-License-Identifier: GPL-2.0-or-later
"""gpec:resistancesurface: land cover reclassified to resistance, linear barriers burnt in, rasters combined."""

import os

import numpy as np
from qgis.core import (
    QgsProcessingParameterBand,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
)

from ..adapters.checks import raster_grid, require_memory, require_no_overwrite, require_same_grid
from ..adapters.features import feature_number, footprint
from ..adapters.feedback import check_cancelled
from ..adapters.raster import read_array, write_array
from ..adapters.vector import features_on_grid, rasterize
from ..core.errors import QT_TR_NOOP, InvalidInputError
from ..core.memory import format_bytes
from ..core.resistance import (
    BURN_MODES,
    COMBINE_METHODS,
    burn_values,
    close_diagonal_gaps,
    combine,
    read_resistance_table,
    reclassify,
)
from ..i18n import tr
from ..paths import profile_path
from ..qgis_compat import FIELD_ANY, NUMBER_DOUBLE, SOURCE_LINE, SOURCE_RASTER, SOURCE_TABLE
from .base import GpecAlgorithm
from .parameters import advanced
from .styling import style_cost, style_on_load

#: Bundled species profiles (file name, display name), in the order of the PROFILE enum after "table".
PROFILES = (
    ("ungulate", "Steppe ungulate (training profile)"),
    ("large_carnivore", "Large carnivore (training profile)"),
    ("forest_mammal", "Forest-dependent mammal (training profile)"),
)

#: Working memory per cell: land cover and resistance as float64, burn raster, masks and the Float32 copy.
BYTES_PER_CELL = 48


class ResistanceSurfaceAlgorithm(GpecAlgorithm):
    LANDCOVER = "LANDCOVER"
    BAND = "BAND"
    PROFILE = "PROFILE"
    RESISTANCE_TABLE = "RESISTANCE_TABLE"
    CLASS_FIELD = "CLASS_FIELD"
    RESISTANCE_FIELD = "RESISTANCE_FIELD"
    LABEL_FIELD = "LABEL_FIELD"
    LINEAR_FEATURES = "LINEAR_FEATURES"
    LINE_RESISTANCE_FIELD = "LINE_RESISTANCE_FIELD"
    LINE_RESISTANCE = "LINE_RESISTANCE"
    LINE_WIDTH_FIELD = "LINE_WIDTH_FIELD"
    LINE_WIDTH = "LINE_WIDTH"
    BURN_MODE = "BURN_MODE"
    EXTRA_RASTERS = "EXTRA_RASTERS"
    COMBINE = "COMBINE"
    OUTPUT = "OUTPUT"

    GROUP = "resistance"

    def name(self):
        return "resistancesurface"

    def displayName(self):  # noqa: N802 - QGIS API
        return tr("Resistance surface")

    def help_text(self):
        return tr(
            "<p>Builds a resistance surface for one species from a land-cover raster: each land-cover class "
            "gets the resistance of a table (or of a bundled training profile), roads, railways and fences are "
            "burnt in, and further rasters can be combined. The method is the usual one for Linkage Mapper and "
            "Circuitscape (Zeller, McGarigal and Whiteley 2012, Landscape Ecology 27:777-797).</p>"
            "<h3>Parameters</h3>"
            "<p><b>Land cover</b>: integer classes in a projected CRS; its NoData stays NoData.</p>"
            '<p><b>Species profile</b>: a bundled training profile, or "Resistance table" to use your own.</p>'
            "<p><b>Resistance table</b>: a CSV file or table layer with a class column, a resistance column and "
            "optionally a label column. An empty resistance (or NoData) makes a class impassable. Land-cover "
            "classes missing from the table stop the algorithm with a list of them.</p>"
            "<p><b>Linear features</b>: line layers burnt onto the surface. Each feature's resistance is read "
            "from the resistance field when the layer has it, else the fixed value is used; likewise its width "
            "(map units). Every cell the feature's footprint touches is burnt, and lines are made 4-connected, "
            "so a barrier never leaks diagonally. <b>Burn mode</b>: maximum (default: keep the higher of "
            "feature and land cover), replace, add or multiply.</p>"
            "<p><b>Further rasters</b> (advanced): rasters on exactly the same grid, combined by multiplication, "
            "addition or maximum; NoData anywhere gives NoData.</p>"
            "<p><b>Resistance surface</b>: Float32 GeoTIFF, NoData -9999.</p>"
        )

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.addParameter(QgsProcessingParameterRasterLayer(self.LANDCOVER, tr("Land cover")))
        self.addParameter(
            advanced(
                QgsProcessingParameterBand(
                    self.BAND,
                    tr("Band"),
                    defaultValue=1,
                    parentLayerParameterName=self.LANDCOVER,
                    optional=True,
                )
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.PROFILE,
                tr("Species profile"),
                options=[tr("Resistance table (below)")] + [tr(label) for _, label in PROFILES],
                defaultValue=0,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.RESISTANCE_TABLE,
                tr("Resistance table (CSV or table layer)"),
                [SOURCE_TABLE],
                optional=True,
            )
        )
        for name, label, default in (
            (self.CLASS_FIELD, tr("Class field"), "class"),
            (self.RESISTANCE_FIELD, tr("Resistance field"), "resistance"),
            (self.LABEL_FIELD, tr("Label field (optional)"), "label"),
        ):
            self.addParameter(
                QgsProcessingParameterField(
                    name,
                    label,
                    defaultValue=default,
                    parentLayerParameterName=self.RESISTANCE_TABLE,
                    type=FIELD_ANY,
                    optional=True,
                )
            )
        self.addParameter(
            QgsProcessingParameterMultipleLayers(
                self.LINEAR_FEATURES,
                tr("Linear features (roads, railways, fences)"),
                SOURCE_LINE,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.LINE_RESISTANCE_FIELD,
                tr("Resistance field of the linear features"),
                "resistance",
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.LINE_RESISTANCE,
                tr("Resistance of linear features without that field"),
                NUMBER_DOUBLE,
                1000.0,
                minValue=1e-9,
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.LINE_WIDTH_FIELD,
                tr("Width field of the linear features (map units)"),
                "width_m",
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.LINE_WIDTH,
                tr("Width of linear features without that field (0: the line itself)"),
                NUMBER_DOUBLE,
                0.0,
                minValue=0.0,
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.BURN_MODE, tr("Burn mode"), options=[tr(m) for m in BURN_MODES], defaultValue=0
            )
        )
        self.addParameter(
            advanced(
                QgsProcessingParameterMultipleLayers(
                    self.EXTRA_RASTERS, tr("Further rasters to combine"), SOURCE_RASTER, optional=True
                )
            )
        )
        self.addParameter(
            advanced(
                QgsProcessingParameterEnum(
                    self.COMBINE,
                    tr("Combine further rasters by"),
                    options=[tr(m) for m in COMBINE_METHODS],
                    defaultValue=0,
                )
            )
        )
        self.addParameter(QgsProcessingParameterRasterDestination(self.OUTPUT, tr("Resistance surface")))

    def _table(self, parameters, context):
        profile = self.parameterAsEnum(parameters, self.PROFILE, context)
        if profile > 0:
            name = PROFILES[profile - 1][0]
            return read_resistance_table(profile_path(name)), tr(PROFILES[profile - 1][1])
        source = self.parameterAsSource(parameters, self.RESISTANCE_TABLE, context)
        if source is None:
            raise InvalidInputError(
                QT_TR_NOOP(
                    "Give a resistance table (CSV or table layer) or choose a bundled species profile."
                )
            )
        names = [f.name() for f in source.fields()]
        rows = [dict(zip(names, f.attributes())) for f in source.getFeatures()]
        table = read_resistance_table(
            rows,
            class_field=self.parameterAsString(parameters, self.CLASS_FIELD, context) or "class",
            resistance_field=self.parameterAsString(parameters, self.RESISTANCE_FIELD, context)
            or "resistance",
            label_field=self.parameterAsString(parameters, self.LABEL_FIELD, context) or None,
        )
        return table, source.sourceName()

    def _burn_raster(self, parameters, context, grid, feedback):
        layers = self.parameterAsLayerList(parameters, self.LINEAR_FEATURES, context)
        if not layers:
            return None
        res_field = self.parameterAsString(parameters, self.LINE_RESISTANCE_FIELD, context)
        width_field = self.parameterAsString(parameters, self.LINE_WIDTH_FIELD, context)
        default_res = self.parameterAsDouble(parameters, self.LINE_RESISTANCE, context)
        default_width = self.parameterAsDouble(parameters, self.LINE_WIDTH, context)
        footprints = []
        for layer in layers:
            check_cancelled(feedback)
            for feature, geometry in features_on_grid(layer, grid, context, feedback, layer.name()):
                raw = feature[res_field] if res_field and layer.fields().indexOf(res_field) >= 0 else None
                try:
                    value = default_res if raw is None or str(raw).strip() in ("", "NULL") else float(raw)
                except (TypeError, ValueError):
                    value = np.nan
                if not np.isfinite(value) or value <= 0:
                    raise InvalidInputError(
                        QT_TR_NOOP(
                            "Feature {} of {} has resistance {}; linear features need a positive resistance."
                        ),
                        feature.id(),
                        layer.name(),
                        raw if raw is not None else value,
                    )
                width = feature_number(feature, width_field, layer.name(), feedback, positive=False)
                width = default_width if width is None else width
                footprints.append((value, footprint(geometry, width)))
            feedback.pushInfo(tr("{}: {} feature(s) to burn.").format(layer.name(), layer.featureCount()))
        footprints.sort(key=lambda item: item[0])  # the highest resistance is burnt last and wins overlaps
        burn = rasterize(
            [g for _, g in footprints],
            [v for v, _ in footprints],
            grid,
            all_touched=True,
            dtype=np.float64,
            fill=np.nan,
        )
        return close_diagonal_gaps(burn)

    def compute(self, parameters, context, feedback):
        require_no_overwrite(
            self,
            parameters,
            context,
            [self.OUTPUT],
            [self.LANDCOVER, self.RESISTANCE_TABLE, self.LINEAR_FEATURES, self.EXTRA_RASTERS],
        )
        landcover = self.parameterAsRasterLayer(parameters, self.LANDCOVER, context)
        if landcover is None:
            raise InvalidInputError(QT_TR_NOOP("The land-cover raster could not be loaded."))
        grid = raster_grid(landcover, tr("land-cover raster"))
        extras = self.parameterAsLayerList(parameters, self.EXTRA_RASTERS, context)
        for layer in extras:
            require_same_grid(grid, layer, tr("further raster"))
        require_memory(grid.n_cells * BYTES_PER_CELL, grid.n_cells)
        table, table_name = self._table(parameters, context)
        out_path = self.parameterAsOutputLayer(parameters, self.OUTPUT, context)

        classes = read_array(landcover, self.parameterAsInt(parameters, self.BAND, context) or 1, feedback)
        if np.all(np.isnan(classes)):
            raise InvalidInputError(
                QT_TR_NOOP("Every cell of the land-cover raster {} is NoData."), landcover.name()
            )
        feedback.pushInfo(tr("Resistance table: {}.").format(table_name))
        resistance = reclassify(classes, table)
        counts = {value: int(np.count_nonzero(classes == value)) for value in table.classes}
        del classes
        for value, res, label in zip(table.classes, table.resistances, table.labels):
            feedback.pushInfo(
                "  {:>6g}  {:<24} {:>10}  {:>10,} {}".format(
                    value,
                    label,
                    "NoData" if np.isnan(res) else "{:g}".format(res),
                    counts[value],
                    tr("cells"),
                )
            )
        feedback.setProgress(30)

        burn = self._burn_raster(parameters, context, grid, feedback)
        if burn is not None:
            mode = BURN_MODES[self.parameterAsEnum(parameters, self.BURN_MODE, context)]
            burnt = int(np.count_nonzero(~np.isnan(burn) & ~np.isnan(resistance)))
            resistance = burn_values(resistance, burn, mode=mode)
            del burn
            feedback.pushInfo(tr("{:,} cells burnt with the linear features ({}).").format(burnt, tr(mode)))
        feedback.setProgress(60)

        if extras:
            method = COMBINE_METHODS[self.parameterAsEnum(parameters, self.COMBINE, context)]
            resistance = combine(
                resistance, [read_array(layer, 1, feedback) for layer in extras], method=method
            )
            feedback.pushInfo(tr("Combined with {} raster(s) by {}.").format(len(extras), tr(method)))
        if not np.any(np.isfinite(resistance)):
            raise InvalidInputError(QT_TR_NOOP("The resistance surface would be NoData everywhere."))
        bad = np.isfinite(resistance) & (resistance <= 0)
        if np.any(bad):
            raise InvalidInputError(
                QT_TR_NOOP(
                    "Combining the rasters gives {} cell(s) with zero or negative resistance; check the "
                    "further rasters."
                ),
                int(bad.sum()),
            )
        check_cancelled(feedback)
        write_array(out_path, resistance, grid)
        feedback.pushInfo(
            tr("Resistance from {:g} to {:g}; {:,} NoData cells. Written {} ({}).").format(
                float(np.nanmin(resistance)),
                float(np.nanmax(resistance)),
                int(np.count_nonzero(np.isnan(resistance))),
                os.path.basename(out_path),
                format_bytes(os.path.getsize(out_path)) if os.path.exists(out_path) else "",
            )
        )
        style_on_load(context, out_path, style_cost)
        feedback.setProgress(100)
        return {self.OUTPUT: out_path}
