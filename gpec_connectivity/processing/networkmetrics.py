# SPDX-FileCopyrightText: 2026 GPEC Connectivity contributors
# SPDX-License-Identifier: GPL-2.0-or-later
"""gpec:networkmetrics: IIC, PC, ECA and the importance of habitat patches and links (Conefor / Graphab)."""

import numpy as np
from qgis.core import (
    QgsFeature,
    QgsFields,
    QgsGeometry,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingUtils,
    QgsWkbTypes,
)

from ..adapters.checks import require_no_overwrite
from ..adapters.features import read_features, require_features
from ..adapters.feedback import check_cancelled, progress_callback
from ..adapters.polygons import (
    DISTANCE_TYPES,
    areas,
    dissolve,
    line_between,
    patch_distances,
    read_cost_surface,
    surface_point,
)
from ..core.errors import QT_TR_NOOP, InvalidInputError
from ..core.network import check_network_memory, dispersal_rate, network_indices
from ..i18n import tr
from ..qgis_compat import (
    FIELD_ANY,
    FIELD_NUMERIC,
    NUMBER_DOUBLE,
    SOURCE_POLYGON,
    SOURCE_TABLE,
    WKB_LINESTRING,
    make_field,
)
from .base import GpecAlgorithm
from .inputs import add_feature, read_distance_type, read_working_crs
from .parameters import (
    advanced,
    distance_type_label,
    distance_type_parameters,
    with_help,
    working_crs_parameter,
)
from .styling import style_importance, style_on_load

#: New fields of the node layer, in order.
NODE_FIELDS = (
    "attribute",
    "component",
    "d_iic",
    "d_iic_intra",
    "d_iic_flux",
    "d_iic_connector",
    "d_pc",
    "d_pc_intra",
    "d_pc_flux",
    "d_pc_connector",
    "bc_pc",
)
#: Fields of the summary table.
SUMMARY_FIELDS = (
    "iic",
    "pc",
    "eca_pc",
    "eca_iic",
    "components",
    "nodes",
    "links",
    "landscape_area",
    "distance",
    "iic_distance",
    "probability",
    "max_link_distance",
    "distance_type",
)
#: Above this many links the log suggests a maximum link distance.
MANY_LINKS = 200_000


def _number(value):
    """A float for an output field, None (NULL) for a value that was not computed (NaN)."""
    value = float(value)
    return None if np.isnan(value) else value


class NetworkMetricsAlgorithm(GpecAlgorithm):
    PATCHES = "PATCHES"
    PATCH_ID_FIELD = "PATCH_ID_FIELD"
    ATTRIBUTE_FIELD = "ATTRIBUTE_FIELD"
    DISTANCE_TYPE = "DISTANCE_TYPE"
    RESISTANCE = "RESISTANCE"
    DISTANCE = "DISTANCE"
    IIC_DISTANCE = "IIC_DISTANCE"
    PROBABILITY = "PROBABILITY"
    MAX_LINK_DISTANCE = "MAX_LINK_DISTANCE"
    LANDSCAPE_AREA = "LANDSCAPE_AREA"
    STUDY_AREA = "STUDY_AREA"
    CRS = "CRS"
    TOLERANCE = "TOLERANCE"
    OUTPUT_NODES = "OUTPUT_NODES"
    OUTPUT_LINKS = "OUTPUT_LINKS"
    OUTPUT_SUMMARY = "OUTPUT_SUMMARY"

    GROUP = "network"

    def name(self):
        return "networkmetrics"

    def displayName(self):  # noqa: N802 - QGIS API
        return tr("Habitat network indices (PC, IIC, ECA, dPC)")

    def help_text(self):
        return tr(
            "<p>Connectivity of a network of habitat patches or protected areas, as Conefor computes it: the "
            "Probability of Connectivity (PC), the Integral Index of Connectivity (IIC), their Equivalent "
            "Connected Area (ECA) and the importance of every patch and link (Saura and Pascual-Hortal 2007; "
            "Saura and Rubio 2010; Saura et al. 2011).</p>"
            "<p>PC = sum of a_i a_j p*_ij / A_L^2, where p*_ij is the best product of direct probabilities "
            "p_ij = exp(-k d_ij) along any path (stepping stones count) and k makes the probability equal to "
            "<b>Probability</b> at the <b>Dispersal distance</b>. IIC = sum of a_i a_j / (1 + nl_ij) / A_L^2 "
            "with nl_ij the number of links on the shortest path through binary links d_ij &lt;= the dispersal "
            "distance. ECA = sqrt(sum a_i a_j p*_ij).</p>"
            "<p>For each patch: dPC, the percentage of PC lost if the patch disappeared, split into dPCintra "
            "(its own area), dPCflux (what flows from and to it) and dPCconnector (its role as a stepping stone "
            "between others); dIIC likewise; bc_pc, the sum of a_i a_j p*_ij over the pairs whose best path "
            "passes through it (Bodin and Saura 2010). For each link: p_ij, p*_ij and the dPC of the link.</p>"
            "<h3>Parameters</h3>"
            "<p><b>Patches</b>: polygons in a projected CRS (or set the <b>Working CRS</b>).</p>"
            "<p><b>Attribute field</b>: empty for the patch area in m2, or a field (quality-weighted area).</p>"
            "<p><b>Distance type</b>: edge to edge (default), between centroids, least-cost over a "
            "<b>Resistance surface</b> (cost units), or between centroids replaced by a point on the surface "
            "where the centroid falls outside the patch (crescents, rings; as Makurhini).</p>"
            "<p><b>IIC link distance</b>: the threshold of IIC's binary links when it differs from the "
            "dispersal distance (Conefor's -confAdj and -confProb); 0 takes the dispersal distance.</p>"
            "<p><b>Maximum link distance</b>: pairs farther apart get no direct link (0: every pair); needed for "
            "large networks.</p>"
            "<p><b>Landscape area</b> A_L (m2): 0 takes the area of the <b>Study area</b> if given, else the "
            "total attribute.</p>"
            "<p>Outputs: the patches with the fields attribute, component, d_iic (and fractions), d_pc, "
            "d_pc_intra, d_pc_flux, d_pc_connector, bc_pc; the links; a one-row table with iic, pc, eca_pc, "
            "eca_iic and components (groups of patches joined by binary links).</p>"
        )

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.addParameter(
            with_help(
                QgsProcessingParameterFeatureSource(self.PATCHES, tr("Patches"), [SOURCE_POLYGON]),
                tr("Habitat patches or protected areas (polygons); each feature is one node."),
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.PATCH_ID_FIELD,
                tr("Patch id field (labels the links; empty: feature id)"),
                parentLayerParameterName=self.PATCHES,
                type=FIELD_ANY,
                optional=True,
            )
        )
        self.addParameter(
            with_help(
                QgsProcessingParameterField(
                    self.ATTRIBUTE_FIELD,
                    tr("Attribute field (empty: area in m2)"),
                    parentLayerParameterName=self.PATCHES,
                    type=FIELD_NUMERIC,
                    optional=True,
                ),
                tr("Node attribute a_i, e.g. a quality-weighted area. Empty: the patch area."),
            )
        )
        for parameter in distance_type_parameters(self.DISTANCE_TYPE, self.RESISTANCE):
            self.addParameter(parameter)
        self.addParameter(
            with_help(
                QgsProcessingParameterNumber(
                    self.DISTANCE, tr("Dispersal distance (map units)"), NUMBER_DOUBLE, 10000.0
                ),
                tr(
                    "The distance at which the direct probability equals Probability (the median dispersal "
                    "distance for 0.5); also the threshold of IIC's binary links."
                ),
            )
        )
        self.addParameter(
            with_help(
                QgsProcessingParameterNumber(
                    self.IIC_DISTANCE,
                    tr("IIC link distance (map units; 0: the dispersal distance)"),
                    NUMBER_DOUBLE,
                    0.0,
                    optional=True,
                    minValue=0.0,
                ),
                tr(
                    "Pairs at most this far apart are IIC's binary links (and define the components); empty or "
                    "0: the dispersal distance. PC does not depend on it."
                ),
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.PROBABILITY, tr("Probability at that distance"), NUMBER_DOUBLE, 0.5
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.MAX_LINK_DISTANCE,
                tr("Maximum link distance (0: none)"),
                NUMBER_DOUBLE,
                0.0,
                minValue=0.0,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.LANDSCAPE_AREA,
                tr("Landscape area A_L, m2 (0: study area or total)"),
                NUMBER_DOUBLE,
                0.0,
                minValue=0.0,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.STUDY_AREA, tr("Study area (for A_L)"), [SOURCE_POLYGON], optional=True
            )
        )
        self.addParameter(
            working_crs_parameter(
                self.CRS, tr("Distances and areas are computed in this CRS; empty: the CRS of the patches.")
            )
        )
        self.addParameter(
            advanced(
                with_help(
                    QgsProcessingParameterNumber(
                        self.TOLERANCE,
                        tr("Tolerance of the importance values"),
                        NUMBER_DOUBLE,
                        1e-9,
                        minValue=0.0,
                    ),
                    tr(
                        "Pairs of patches so improbable that together they could change no dPC by more than "
                        "100 x tolerance percentage points are left out of the stepping-stone search. 0: exact."
                    ),
                )
            )
        )
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT_NODES, tr("Nodes with importance")))
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_LINKS, tr("Links"), optional=True, createByDefault=True
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_SUMMARY, tr("Summary"), type=SOURCE_TABLE, optional=True, createByDefault=True
            )
        )
        for key, label in (
            ("PC", tr("PC")),
            ("IIC", tr("IIC")),
            ("ECA_PC", tr("ECA (PC)")),
            ("ECA_IIC", tr("ECA (IIC)")),
            ("COMPONENTS", tr("Components")),
        ):
            self.addOutput(QgsProcessingOutputNumber(key, label))

    def compute(self, parameters, context, feedback):
        require_no_overwrite(
            self,
            parameters,
            context,
            [self.OUTPUT_NODES, self.OUTPUT_LINKS, self.OUTPUT_SUMMARY],
            [self.PATCHES, self.STUDY_AREA, self.RESISTANCE],
        )
        source = self.parameterAsSource(parameters, self.PATCHES, context)
        if source is None:
            raise InvalidInputError(QT_TR_NOOP("The {} layer could not be loaded."), tr("patches"))
        crs = read_working_crs(self, parameters, context, [(source, tr("patches"))], self.CRS)
        distance = self.parameterAsDouble(parameters, self.DISTANCE, context)
        probability = self.parameterAsDouble(parameters, self.PROBABILITY, context)
        dispersal_rate(distance, probability)  # validates both before any work
        iic_distance = (
            self.parameterAsDouble(parameters, self.IIC_DISTANCE, context)
            if parameters.get(self.IIC_DISTANCE) not in (None, "")
            else 0.0
        ) or None
        max_link = self.parameterAsDouble(parameters, self.MAX_LINK_DISTANCE, context) or None
        kind, resistance = read_distance_type(
            self, parameters, context, crs, self.DISTANCE_TYPE, self.RESISTANCE
        )
        count = source.featureCount()
        if max_link is None and count > 0:
            check_network_memory(count)

        features = read_features(source, crs, context, feedback, tr("patches"))
        require_features(features, tr("patches"))
        geometries = [g for _, g in features]
        attribute_field = self.parameterAsString(parameters, self.ATTRIBUTE_FIELD, context)
        attributes = self._attributes(features, geometries, attribute_field)
        landscape = self._landscape_area(parameters, context, feedback, crs, attributes)
        feedback.pushInfo(
            tr("{} nodes, attribute {}, A_L = {:,.6g}; dispersal distance {:g} (p = {:g}).").format(
                len(features), attribute_field or tr("area (m2)"), landscape, distance, probability
            )
        )
        feedback.pushInfo(tr("Distance type: {}.").format(distance_type_label(kind)))
        surface = read_cost_surface(resistance, feedback) if resistance is not None else None
        id_field = self.parameterAsString(parameters, self.PATCH_ID_FIELD, context)
        names = [str(f[id_field]) if id_field else str(f.id()) for f, _ in features]
        pairs = patch_distances(
            DISTANCE_TYPES[kind], geometries, max_link, surface, progress_callback(feedback, 0, 25), names
        )
        check_cancelled(feedback)
        check_network_memory(len(features), pairs[0].size)
        result = network_indices(
            attributes,
            pairs,
            distance=distance,
            probability=probability,
            iic_distance=iic_distance,
            max_link_distance=max_link,
            landscape_area=landscape,
            rtol=self.parameterAsDouble(parameters, self.TOLERANCE, context),
            progress=progress_callback(feedback, 25, 95),
        )
        check_cancelled(feedback)
        outputs = self._write(
            parameters, context, source, features, crs, result, kind, distance, probability, max_link
        )
        self._log(result, features, parameters, context, feedback)
        feedback.setProgress(100)
        outputs.update(
            {
                "PC": result.pc,
                "IIC": result.iic,
                "ECA_PC": result.eca_pc,
                "ECA_IIC": result.eca_iic,
                "COMPONENTS": result.components,
            }
        )
        return outputs

    def _attributes(self, features, geometries, field):
        if not field:
            return areas(geometries)
        values, missing = [], []
        for feature, _ in features:
            value = feature[field]
            try:
                number = float(value)
            except (TypeError, ValueError):
                number = float("nan")
            if value is None or not np.isfinite(number):
                missing.append(int(feature.id()))
            values.append(number)
        if missing:
            raise InvalidInputError(
                QT_TR_NOOP(
                    "{} patch(es) have no value in the attribute field {} (feature ids {}). Fill them in."
                ),
                len(missing),
                field,
                ", ".join(str(v) for v in missing[:20]),
            )
        return np.array(values)

    def _landscape_area(self, parameters, context, feedback, crs, attributes):
        given = self.parameterAsDouble(parameters, self.LANDSCAPE_AREA, context)
        if given > 0:
            return given
        study = self.parameterAsSource(parameters, self.STUDY_AREA, context)
        if study is not None:
            features = read_features(study, crs, context, feedback, tr("study area"))
            require_features(features, tr("study area"))
            return dissolve([g for _, g in features]).area()
        return float(attributes.sum())

    def _write(
        self, parameters, context, source, features, crs, result, kind, distance, probability, max_link
    ):
        new_fields = QgsFields()
        new_fields.append(make_field("attribute", "double"))
        new_fields.append(make_field("component", "int"))
        for name in NODE_FIELDS[2:]:
            new_fields.append(make_field(name, "double"))
        fields = QgsProcessingUtils.combineFields(source.fields(), new_fields)
        node_sink, node_dest = self.output_sink(
            parameters, self.OUTPUT_NODES, context, fields, QgsWkbTypes.multiType(source.wkbType()), crs
        )
        columns = [getattr(result, name) for name in NODE_FIELDS[2:]]
        for position, (feature, geometry) in enumerate(features):
            out = QgsFeature(fields)
            multi = QgsGeometry(geometry)
            multi.convertToMultiType()
            out.setGeometry(multi)
            values = list(feature.attributes())
            values += [float(result.attributes[position]), int(result.component[position]) + 1]
            values += [_number(column[position]) for column in columns]
            out.setAttributes(values)
            add_feature(node_sink, out)
        outputs = {self.OUTPUT_NODES: node_dest}
        style_on_load(context, node_dest, style_importance("d_pc"))

        id_field = self.parameterAsString(parameters, self.PATCH_ID_FIELD, context)
        ids = [f[id_field] if id_field else int(f.id()) for f, _ in features]
        id_kind = "int" if all(isinstance(v, int) and not isinstance(v, bool) for v in ids) else "string"
        if parameters.get(self.OUTPUT_LINKS) not in (None, ""):
            link_fields = QgsFields()
            link_fields.append(make_field("from_id", id_kind))
            link_fields.append(make_field("to_id", id_kind))
            for name in ("distance", "p_ij", "p_star", "d_pc"):
                link_fields.append(make_field(name, "double"))
            link_fields.append(make_field("iic_link", "bool"))
            sink, dest = self.output_sink(
                parameters, self.OUTPUT_LINKS, context, link_fields, WKB_LINESTRING, crs
            )
            if sink is not None:
                point = surface_point if kind == 3 else (lambda g: g.centroid().asPoint())
                centres = [point(geom) for _, geom in features]
                table = result.links
                cast = int if id_kind == "int" else str
                for q in range(len(table)):
                    a, b = int(table.from_node[q]), int(table.to_node[q])
                    out = QgsFeature(link_fields)
                    out.setGeometry(line_between(centres[a], centres[b]))
                    out.setAttributes(
                        [
                            cast(ids[a]),
                            cast(ids[b]),
                            float(table.distance[q]),
                            float(table.probability[q]),
                            float(table.best_probability[q]),
                            _number(table.d_pc[q]),
                            bool(table.iic_link[q]),
                        ]
                    )
                    add_feature(sink, out)
                outputs[self.OUTPUT_LINKS] = dest
        if parameters.get(self.OUTPUT_SUMMARY) not in (None, ""):
            summary_fields = QgsFields()
            for name in SUMMARY_FIELDS:
                kind_name = "int" if name in ("components", "nodes", "links") else "double"
                summary_fields.append(make_field(name, "string" if name == "distance_type" else kind_name))
            sink, dest = self.output_sink(parameters, self.OUTPUT_SUMMARY, context, summary_fields)
            if sink is not None:
                row = QgsFeature(summary_fields)
                row.setAttributes(
                    [
                        float(result.iic),
                        float(result.pc),
                        float(result.eca_pc),
                        float(result.eca_iic),
                        int(result.components),
                        len(features),
                        len(result.links),
                        float(result.landscape_area),
                        float(distance),
                        float(result.iic_distance),
                        float(probability),
                        float(max_link or 0.0),
                        DISTANCE_TYPES[kind],
                    ]
                )
                add_feature(sink, row)
                outputs[self.OUTPUT_SUMMARY] = dest
        return outputs

    def _log(self, result, features, parameters, context, feedback):
        feedback.pushInfo(
            tr("PC = {:.6g}, ECA(PC) = {:,.6g}; IIC = {:.6g}, ECA(IIC) = {:,.6g}; {} component(s).").format(
                result.pc, result.eca_pc, result.iic, result.eca_iic, result.components
            )
        )
        if len(result.links) > MANY_LINKS:
            feedback.pushWarning(
                tr("{:,} links were written; set a maximum link distance for a lighter link layer.").format(
                    len(result.links)
                )
            )
        if len(features) and not np.all(np.isnan(result.d_pc)):
            id_field = self.parameterAsString(parameters, self.PATCH_ID_FIELD, context)
            top = np.argsort(-np.nan_to_num(result.d_pc, nan=-np.inf))[: min(5, len(features))]
            names = [str(features[i][0][id_field] if id_field else features[i][0].id()) for i in top]
            feedback.pushInfo(
                tr("Most important patches (dPC): {}.").format(
                    ", ".join("{} ({:.2f})".format(n, result.d_pc[i]) for n, i in zip(names, top))
                )
            )
