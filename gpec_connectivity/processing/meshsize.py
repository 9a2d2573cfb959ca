# SPDX-FileCopyrightText: 2026 GPEC Connectivity contributors
# SPDX-License-Identifier: GPL-2.0-or-later
"""gpec:meshsize: effective mesh size per reporting unit, before and after a proposed barrier (Jaeger 2000;
Moser et al. 2007)."""

import numpy as np
from qgis.core import (
    QgsFeature,
    QgsFields,
    QgsProcessingFeatureSource,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ..adapters.checks import require_no_overwrite
from ..adapters.features import read_features, require_features
from ..adapters.feedback import check_cancelled, progress_callback
from ..adapters.landscape import unit_meshes
from ..adapters.polygons import barrier_footprints, dissolve, square_km
from ..core.errors import QT_TR_NOOP, InvalidInputError
from ..core.meshsize import METHODS, change_percent
from ..i18n import tr
from ..qgis_compat import (
    NUMBER_DOUBLE,
    SOURCE_GEOMETRY,
    SOURCE_TABLE,
    make_field,
)
from .base import GpecAlgorithm
from .inputs import add_feature, read_working_crs
from .parameters import named_polygons_parameters, with_help, working_crs_parameter

BEFORE_FIELDS = ("area", "meff", "seff", "neff", "patches")
AFTER_FIELDS = ("meff_after", "seff_after", "meff_change_pct")


def finite(value):
    """The value, or None (NULL) where it is infinite (a unit that is entirely barrier)."""
    return float(value) if np.isfinite(value) else None


class MeshSizeAlgorithm(GpecAlgorithm):
    REPORTING_UNITS = "REPORTING_UNITS"
    UNIT_NAME_FIELD = "UNIT_NAME_FIELD"
    BARRIERS = "BARRIERS"
    BARRIER_WIDTH = "BARRIER_WIDTH"
    BARRIER_WIDTH_FIELD = "BARRIER_WIDTH_FIELD"
    METHOD = "METHOD"
    PROPOSED = "PROPOSED"
    CRS = "CRS"
    OUTPUT = "OUTPUT"

    GROUP = "fragmentation"

    def name(self):
        return "meshsize"

    def displayName(self):  # noqa: N802 - QGIS API
        return tr("Effective mesh size (landscape fragmentation)")

    def help_text(self):
        return tr(
            "<p>How much roads, railways, fences, built-up land or rivers fragment the landscape, per reporting "
            "unit: the effective mesh size m_eff of Jaeger (2000), the expected area reachable from a random "
            "point without crossing a barrier, with the cross-boundary connections (CBC) procedure of Moser et al. "
            "(2007).</p>"
            "<p>The barriers, widened to their width, are cut out of the units; the remaining connected pieces are "
            "the patches. Cutting-out: m_eff = sum A_i^2 / A_total, the patches clipped at the unit's boundary. "
            "CBC: m_eff = sum A_i A_i_cmpl / A_total, each piece weighted by the area of its complete patch across "
            "the unit's boundary (within all units together). A_total is the whole unit, barriers included.</p>"
            "<p>Table (areas in km2): unit, area, meff, seff (effective mesh density, meshes per 1000 km2 = "
            "1000 / meff), neff (effective mesh number = area / meff), patches; with a proposed barrier layer also "
            "meff_after, seff_after and meff_change_pct.</p>"
            "<h3>Parameters</h3>"
            "<p><b>Barriers</b>: one or more line, polygon or point layers. Lines and points are widened to the "
            "<b>Barrier width</b> (map units); a feature's value in the <b>width field</b> (e.g. width_m) "
            "overrides it, and widens polygons by half of it on each side (polygons are otherwise used as they "
            "are). Lines without width still cut the land (they are drawn 1 cm wide).</p>"
        )

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        for parameter in named_polygons_parameters(
            self.REPORTING_UNITS, tr("Reporting units"), self.UNIT_NAME_FIELD, tr("Unit name field")
        ):
            self.addParameter(parameter)
        self.addParameter(
            QgsProcessingParameterMultipleLayers(self.BARRIERS, tr("Barriers"), layerType=SOURCE_GEOMETRY)
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.BARRIER_WIDTH, tr("Barrier width (map units)"), NUMBER_DOUBLE, 0.0, minValue=0.0
            )
        )
        self.addParameter(
            with_help(
                QgsProcessingParameterString(
                    self.BARRIER_WIDTH_FIELD,
                    tr("Barrier width field (overrides the width)"),
                    "",
                    optional=True,
                ),
                tr("Name of a numeric field holding each barrier's width in map units, e.g. width_m."),
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.METHOD,
                tr("Procedure"),
                options=[tr("Cutting-out (CUT)"), tr("Cross-boundary connections (CBC)")],
                defaultValue=0,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.PROPOSED, tr("Proposed barriers (before/after)"), [SOURCE_GEOMETRY], optional=True
            )
        )
        self.addParameter(working_crs_parameter(self.CRS))
        self.addParameter(
            QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Effective mesh size"), type=SOURCE_TABLE)
        )

    def compute(self, parameters, context, feedback):
        require_no_overwrite(
            self, parameters, context, [self.OUTPUT], [self.REPORTING_UNITS, self.BARRIERS, self.PROPOSED]
        )
        source = self.parameterAsSource(parameters, self.REPORTING_UNITS, context)
        if source is None:
            raise InvalidInputError(QT_TR_NOOP("The {} layer could not be loaded."), tr("reporting units"))
        crs = read_working_crs(self, parameters, context, [(source, tr("reporting units"))], self.CRS)
        method = METHODS[self.parameterAsEnum(parameters, self.METHOD, context)]
        width = self.parameterAsDouble(parameters, self.BARRIER_WIDTH, context)
        width_field = self.parameterAsString(parameters, self.BARRIER_WIDTH_FIELD, context).strip() or None
        km2 = square_km(crs)

        units = read_features(source, crs, context, feedback, tr("reporting units"))
        require_features(units, tr("reporting units"))
        layers = self.parameterAsLayerList(parameters, self.BARRIERS, context)
        if not layers:
            raise InvalidInputError(QT_TR_NOOP("Choose at least one barrier layer."))
        footprints = []
        for layer in layers:
            features = read_features(
                QgsProcessingFeatureSource(layer, context),
                crs,
                context,
                feedback,
                layer.name(),
            )
            if not features:
                feedback.pushWarning(tr("The barrier layer {} has no features.").format(layer.name()))
            elif width_field and layer.fields().indexOf(width_field) < 0:
                feedback.pushWarning(
                    tr("The barrier layer {} has no field {}; its features take the default width.").format(
                        layer.name(), width_field
                    )
                )
            footprints += barrier_footprints(features, width, width_field, feedback, layer.name())
        check_cancelled(feedback)
        feedback.pushInfo(tr("{} barrier features; merging their footprints...").format(len(footprints)))
        barrier = dissolve(footprints)
        geometries = [g for _, g in units]
        progress = progress_callback(feedback, 10, 55)
        before = unit_meshes(geometries, barrier, method, km2, progress)
        after = None
        proposed = self.parameterAsSource(parameters, self.PROPOSED, context)
        if proposed is not None:
            extra = barrier_footprints(
                read_features(proposed, crs, context, feedback, tr("proposed barriers")),
                width,
                width_field,
                feedback,
                tr("proposed barriers"),
            )
            if not extra:
                feedback.pushWarning(
                    tr("The proposed barrier layer has no features; the after columns equal before.")
                )
            combined = dissolve([barrier] + extra) if extra else barrier
            after = unit_meshes(geometries, combined, method, km2, progress_callback(feedback, 55, 95))
        check_cancelled(feedback)
        return self._write(parameters, context, source, units, before, after, feedback)

    def _write(self, parameters, context, source, units, before, after, feedback):
        name_field = self.parameterAsString(parameters, self.UNIT_NAME_FIELD, context)
        fields = QgsFields()
        fields.append(make_field("unit", "string"))
        for name in BEFORE_FIELDS:
            fields.append(make_field(name, "int" if name == "patches" else "double"))
        if after is not None:
            for name in AFTER_FIELDS:
                fields.append(make_field(name, "double"))
        sink, dest = self.output_sink(parameters, self.OUTPUT, context, fields)
        for position, (feature, _) in enumerate(units):
            name = str(feature[name_field]) if name_field else str(feature.id())
            b = before[position]
            values = [name, b.area, b.meff, finite(b.seff), finite(b.neff), b.patches]
            if after is not None:
                a = after[position]
                change = change_percent(b.meff, a.meff)
                values += [a.meff, finite(a.seff), change]
                if change is None:
                    message = tr(
                        "{}: m_eff {:,.2f} km2 -> {:,.2f} km2 (no relative change: the unit was "
                        "entirely barrier before)."
                    ).format(name, b.meff, a.meff)
                else:
                    message = tr("{}: m_eff {:,.2f} km2 -> {:,.2f} km2 ({:+.1f} %).").format(
                        name, b.meff, a.meff, change
                    )
                feedback.pushInfo(message)
            else:
                feedback.pushInfo(
                    tr("{}: m_eff {:,.2f} km2, s_eff {:.3f} per 1000 km2.").format(name, b.meff, b.seff)
                )
            row = QgsFeature(fields)
            row.setAttributes(values)
            add_feature(sink, row)
        feedback.setProgress(100)
        return {self.OUTPUT: dest}
