# SPDX-FileCopyrightText: 2026 GPEC Connectivity contributors
# SPDX-License-Identifier: GPL-2.0-or-later
"""gpec:protconn: the ProtConn indicator and its fractions per region and dispersal distance (Saura et al.
2017, 2018; Makurhini ``MK_ProtConn`` / ``MK_ProtConnMult``)."""

import os
import re
from types import SimpleNamespace

import numpy as np
from qgis.core import (
    QgsFeature,
    QgsFields,
    QgsGeometry,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingUtils,
    QgsWkbTypes,
)

from ..adapters.checks import require_no_overwrite
from ..adapters.features import read_features, require_features
from ..adapters.feedback import check_cancelled, progress_callback
from ..adapters.landscape import protected_land, region_network
from ..adapters.polygons import DISTANCE_TYPES, distance_matrix, patch_distances, read_cost_surface, square_km
from ..core.errors import QT_TR_NOOP, InvalidInputError
from ..core.network import dispersal_rate
from ..core.progress import report, subrange
from ..core.protconn import FRACTIONS, protconn_series
from ..i18n import tr
from ..qgis_compat import NUMBER_DOUBLE, SOURCE_POLYGON, SOURCE_TABLE, make_field
from .base import GpecAlgorithm
from .charts import save_protconn_chart
from .inputs import add_feature, read_distance_type, read_working_crs
from .parameters import distance_type_parameters, named_polygons_parameters, with_help, working_crs_parameter

#: Fields of the table and the region layer, in order.
TABLE_FIELDS = ("region", "distance") + FRACTIONS + ("eca", "relconn", "region_area")


def parse_distances(text):
    """Dispersal distances from a comma- (or semicolon-) separated string; each must be positive."""
    values = []
    for token in re.split(r"[,;\s]+", str(text or "").strip()):
        if not token:
            continue
        try:
            value = float(token)
        except ValueError:
            raise InvalidInputError(
                QT_TR_NOOP(
                    "'{}' is not a distance. Give the dispersal distances as numbers separated by commas."
                ),
                token,
            ) from None
        if not np.isfinite(value) or value <= 0:
            raise InvalidInputError(
                QT_TR_NOOP(
                    "The dispersal distance must be positive (got {}). Give it in map units (metres)."
                ),
                token,
            )
        values.append(value)
    if not values:
        raise InvalidInputError(QT_TR_NOOP("Give at least one dispersal distance, e.g. 10000."))
    return values


def safe_name(text):
    """A file-name-safe version of a region name."""
    name = re.sub(r"[^\w\-]+", "_", str(text), flags=re.UNICODE).strip("_")
    return name or "region"


class ProtConnAlgorithm(GpecAlgorithm):
    PROTECTED_AREAS = "PROTECTED_AREAS"
    REGIONS = "REGIONS"
    REGION_NAME_FIELD = "REGION_NAME_FIELD"
    DISTANCES = "DISTANCES"
    PROBABILITY = "PROBABILITY"
    TRANSBOUNDARY = "TRANSBOUNDARY"
    TRANSBOUNDARY_BUFFER = "TRANSBOUNDARY_BUFFER"
    DISTANCE_TYPE = "DISTANCE_TYPE"
    RESISTANCE = "RESISTANCE"
    CRS = "CRS"
    OUTPUT = "OUTPUT"
    OUTPUT_REGIONS = "OUTPUT_REGIONS"
    OUTPUT_CHARTS = "OUTPUT_CHARTS"

    GROUP = "network"

    def name(self):
        return "protconn"

    def displayName(self):  # noqa: N802 - QGIS API
        return tr("Protected connected land (ProtConn)")

    def help_text(self):
        return tr(
            "<p>How much of each region (country, province, ecoregion) is covered by protected areas that are "
            "connected to each other: the ProtConn indicator of Saura et al. (2017, 2018), a component indicator "
            "of Target 3 of the Kunming-Montreal Global Biodiversity Framework, with the fractions that the "
            "Makurhini R package reports.</p>"
            "<p>Overlapping and adjoining protected areas are dissolved into units first (multipart areas are "
            "split into their parts); each unit's area inside the region is its attribute. With the "
            "<b>transboundary</b> option, protected land outside the region but within the buffer takes part as "
            "stepping stones with zero attribute. ECA = sqrt(sum a_i a_j p*_ij) with p_ij = exp(-k d_ij) and p = "
            "<b>Probability</b> at the median dispersal distance.</p>"
            "<p>All fields are percentages of the region's area: prot (protected), unprot, protconn = 100 ECA / "
            "area, protunconn = prot - protconn; protconn = protconn_prot (movement within protected land) + "
            "protconn_trans (through transboundary protected areas) + protconn_unprot (across unprotected land); "
            "protconn_prot = protconn_within (inside single protected areas) + protconn_contig (between adjoining "
            "ones); protconn_bound, ProtConn corrected for the unconnectedness due to the region's own boundaries "
            "(islands, coasts). eca and region_area are in km2.</p>"
            "<h3>Parameters</h3>"
            "<p><b>Dispersal distances</b>: one or more, separated by commas, in map units (e.g. 1000, 10000, "
            "100000).</p>"
            "<p><b>Distance type</b>: edge to edge (default), centroid, least-cost over a resistance surface, "
            "or centroid with a point on the surface where the centroid falls outside the area (Makurhini).</p>"
            "<p><b>Charts folder</b>: one PNG and one SVG bar chart per region.</p>"
        )

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.addParameter(
            QgsProcessingParameterFeatureSource(self.PROTECTED_AREAS, tr("Protected areas"), [SOURCE_POLYGON])
        )
        for parameter in named_polygons_parameters(
            self.REGIONS, tr("Reporting regions"), self.REGION_NAME_FIELD, tr("Region name field")
        ):
            self.addParameter(parameter)
        self.addParameter(
            with_help(
                QgsProcessingParameterString(
                    self.DISTANCES,
                    tr("Median dispersal distances (comma-separated, map units)"),
                    "10000",
                    optional=True,
                ),
                tr("For example 1000, 10000, 100000 for 1, 10 and 100 km."),
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.PROBABILITY, tr("Probability at that distance"), NUMBER_DOUBLE, 0.5
            )
        )
        self.addParameter(
            QgsProcessingParameterBoolean(
                self.TRANSBOUNDARY,
                tr("Transboundary protected areas act as stepping stones"),
                defaultValue=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.TRANSBOUNDARY_BUFFER,
                tr("Transboundary buffer (map units)"),
                NUMBER_DOUBLE,
                50000.0,
                minValue=0.0,
            )
        )
        for parameter in distance_type_parameters(self.DISTANCE_TYPE, self.RESISTANCE):
            self.addParameter(parameter)
        self.addParameter(working_crs_parameter(self.CRS))
        self.addParameter(
            QgsProcessingParameterFeatureSink(self.OUTPUT, tr("ProtConn table"), type=SOURCE_TABLE)
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_REGIONS,
                tr("Regions with ProtConn (last distance)"),
                optional=True,
                createByDefault=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFolderDestination(
                self.OUTPUT_CHARTS, tr("Charts folder (PNG and SVG)"), optional=True, createByDefault=False
            )
        )

    def compute(self, parameters, context, feedback):
        require_no_overwrite(
            self,
            parameters,
            context,
            [self.OUTPUT, self.OUTPUT_REGIONS],
            [self.PROTECTED_AREAS, self.REGIONS],
        )
        pas = self.parameterAsSource(parameters, self.PROTECTED_AREAS, context)
        regions = self.parameterAsSource(parameters, self.REGIONS, context)
        if pas is None or regions is None:
            raise InvalidInputError(QT_TR_NOOP("The {} layer could not be loaded."), tr("input"))
        crs = read_working_crs(
            self, parameters, context, [(regions, tr("regions")), (pas, tr("protected areas"))], self.CRS
        )
        distances = parse_distances(self.parameterAsString(parameters, self.DISTANCES, context))
        probability = self.parameterAsDouble(parameters, self.PROBABILITY, context)
        for value in distances:
            dispersal_rate(value, probability)
        transboundary = self.parameterAsBoolean(parameters, self.TRANSBOUNDARY, context)
        buffer = self.parameterAsDouble(parameters, self.TRANSBOUNDARY_BUFFER, context)
        kind, resistance = read_distance_type(
            self, parameters, context, crs, self.DISTANCE_TYPE, self.RESISTANCE
        )
        name_field = self.parameterAsString(parameters, self.REGION_NAME_FIELD, context)
        km2 = square_km(crs)

        region_features = read_features(regions, crs, context, feedback, tr("regions"))
        require_features(region_features, tr("regions"))
        pa_features = read_features(pas, crs, context, feedback, tr("protected areas"))
        require_features(pa_features, tr("protected areas"))
        feedback.pushInfo(tr("Dissolving {} protected areas...").format(len(pa_features)))
        land = protected_land([g for _, g in pa_features])
        feedback.pushInfo(
            tr("{} protected polygons form {} units once overlapping and adjoining areas are merged.").format(
                len(land.parts), len(land.units)
            )
        )
        check_cancelled(feedback)
        settings = SimpleNamespace(
            distances=distances,
            probability=probability,
            transboundary=transboundary,
            buffer=buffer,
            kind=kind,
            surface=read_cost_surface(resistance, feedback) if resistance is not None else None,
        )
        progress = progress_callback(feedback, 5, 95)
        results = []
        for position, (feature, region) in enumerate(region_features):
            name = feature[name_field] if name_field else int(feature.id())
            rows = self._region(
                region,
                land,
                settings,
                feedback,
                subrange(progress, position / len(region_features), (position + 1) / len(region_features)),
            )
            if rows is None:
                feedback.pushWarning(tr("Region {} has no area; it is skipped.").format(name))
                continue
            results.append((feature, region, name, rows))
            last = rows[-1][1]
            feedback.pushInfo(
                tr(
                    "{}: Prot {:.2f} %, ProtConn {:.2f} % at {:g} ({} protected units, {} transboundary)."
                ).format(name, last.prot, last.protconn, distances[-1], rows[-1][2], rows[-1][3])
            )
        return self._write(parameters, context, regions, results, crs, km2, feedback)

    def _region(self, region, land, settings, feedback, progress):
        """ProtConn of one region at every distance: a list of (distance, result, units, transboundary units),
        or None for a region without area."""
        network = region_network(region, land, transboundary=settings.transboundary, buffer=settings.buffer)
        if network is None:
            return None
        check_cancelled(feedback)
        n = len(network.nodes)
        matrix = (
            distance_matrix(
                n, patch_distances(DISTANCE_TYPES[settings.kind], network.nodes, surface=settings.surface)
            )
            if n
            else np.zeros((0, 0))
        )
        results = protconn_series(
            network.unit_areas,
            matrix,
            region_area=network.region_area,
            dispersal_distances=settings.distances,
            probability=settings.probability,
            transboundary=network.transboundary,
            pa_areas=network.piece_areas,
            boundary=network.boundary,
        )
        report(progress, 1.0)
        n_in = n - network.transboundary
        return [
            (value, result, n_in, network.transboundary) for value, result in zip(settings.distances, results)
        ]

    def _write(self, parameters, context, regions, results, crs, km2, feedback):
        name_kind = "string"
        table_fields = QgsFields()
        table_fields.append(make_field("region", name_kind))
        for name in TABLE_FIELDS[1:]:
            table_fields.append(make_field(name, "double"))
        sink, dest = self.output_sink(parameters, self.OUTPUT, context, table_fields)
        outputs = {self.OUTPUT: dest}
        for _, _, name, rows in results:
            for distance, result, _, _ in rows:
                row = QgsFeature(table_fields)
                row.setAttributes(self._values(str(name), distance, result, km2))
                add_feature(sink, row)
        if parameters.get(self.OUTPUT_REGIONS) not in (None, ""):
            extra = QgsFields()
            for name in TABLE_FIELDS:
                extra.append(make_field(name, "string" if name == "region" else "double"))
            fields = QgsProcessingUtils.combineFields(regions.fields(), extra)
            region_sink, region_dest = self.output_sink(
                parameters,
                self.OUTPUT_REGIONS,
                context,
                fields,
                QgsWkbTypes.multiType(regions.wkbType()),
                crs,
            )
            if region_sink is not None:
                for feature, geometry, name, rows in results:
                    distance, result, _, _ = rows[-1]
                    out = QgsFeature(fields)
                    multi = QgsGeometry(geometry)
                    multi.convertToMultiType()
                    out.setGeometry(multi)
                    out.setAttributes(
                        list(feature.attributes()) + self._values(str(name), distance, result, km2)
                    )
                    add_feature(region_sink, out)
                outputs[self.OUTPUT_REGIONS] = region_dest
        folder = self.parameterAsString(parameters, self.OUTPUT_CHARTS, context)
        if folder and parameters.get(self.OUTPUT_CHARTS) not in (None, ""):
            os.makedirs(folder, exist_ok=True)
            written = 0
            used = set()
            for _, _, name, rows in results:
                base = "protconn_{}".format(safe_name(name))
                stem, number = base, 1
                while stem.lower() in used:  # two regions with the same name get their own chart
                    number += 1
                    stem = "{}_{}".format(base, number)
                used.add(stem.lower())
                stem = os.path.join(folder, stem)
                save_protconn_chart(
                    stem + ".png",
                    stem + ".svg",
                    tr("ProtConn: {}").format(name),
                    [(distance, result.as_dict()) for distance, result, _, _ in rows],
                )
                written += 1
            feedback.pushInfo(tr("{} chart(s) written to {}.").format(written, folder))
            outputs[self.OUTPUT_CHARTS] = folder
        return outputs

    @staticmethod
    def _values(name, distance, result, km2):
        values = [name, float(distance)]
        values += [float(getattr(result, field)) for field in FRACTIONS]
        values += [float(result.eca) * km2, float(result.relconn), float(result.region_area) * km2]
        return values
