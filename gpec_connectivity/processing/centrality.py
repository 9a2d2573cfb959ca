# SPDX-FileCopyrightText: 2026 GPEC Connectivity contributors
# SPDX-License-Identifier: GPL-2.0-or-later
"""gpec:centrality: current-flow centrality of cores and links (Linkage Mapper's Centrality Mapper)."""

from qgis.core import (
    QgsFeature,
    QgsFields,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
)

from ..adapters.checks import require_no_overwrite
from ..core.centrality import current_flow_centrality, link_graph
from ..core.errors import QT_TR_NOOP, InvalidInputError
from ..i18n import tr
from ..qgis_compat import FIELD_ANY, FIELD_NUMERIC, SOURCE_LINE, SOURCE_POLYGON, make_field
from .base import GpecAlgorithm
from .inputs import add_feature
from .links import read_links

FIELD = "cf_central"


def copy_with(source, features, fields, sink, values):
    """Copy ``features`` of ``source`` into ``sink`` with ``values[i]`` in the added field."""
    for feature, value in zip(features, values):
        out = QgsFeature(fields)
        out.setGeometry(feature.geometry())
        for name in source.fields().names():
            out[name] = feature[name]
        out[FIELD] = None if value is None else float(value)  # numpy scalars do not convert to QVariant
        add_feature(sink, out)


class CentralityAlgorithm(GpecAlgorithm):
    CORES = "CORES"
    CORE_ID_FIELD = "CORE_ID_FIELD"
    LINKS = "LINKS"
    RESISTANCE_FIELD = "RESISTANCE_FIELD"
    ONLY_KEPT = "ONLY_KEPT"
    OUTPUT_CORES = "OUTPUT_CORES"
    OUTPUT_LINKS = "OUTPUT_LINKS"

    GROUP = "circuit"

    def name(self):
        return "centrality"

    def displayName(self):  # noqa: N802 - QGIS API
        return tr("Centrality of cores and links")

    def help_text(self):
        return tr(
            "<p>Current-flow centrality of the core areas and links of a corridor network, as Linkage Mapper's "
            "Centrality Mapper computes it (Carroll, McRae and Brookes 2012, Conservation Biology 26:78-87; "
            "current-flow betweenness of Brandes and Fleischer 2005). The cores are the nodes of a resistor "
            "network whose links have the resistance of a links field; 1 A passes between every pair of cores in "
            "turn and the current through each core and link is summed. Cores and links with high centrality "
            "hold the network together.</p>"
            "<h3>Parameters</h3>"
            "<p><b>Core areas</b> and <b>Core id field</b>: as for the corridors. <b>Links</b>: the links layer of "
            "Least-cost corridors or Pinch points. <b>Link resistance field</b>: cw_dist (default) or eff_resist. "
            "<b>Kept links only</b>: leave dropped links out of the network.</p>"
            "<p><b>Outputs</b>: the cores and the links with a field cf_central. A core's current in one pair "
            "counts the ampere that enters or leaves it, as Circuitscape reports node currents.</p>"
        )

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.addParameter(QgsProcessingParameterFeatureSource(self.CORES, tr("Core areas"), [SOURCE_POLYGON]))
        self.addParameter(
            QgsProcessingParameterField(
                self.CORE_ID_FIELD, tr("Core id field"), parentLayerParameterName=self.CORES, type=FIELD_ANY
            )
        )
        self.addParameter(QgsProcessingParameterFeatureSource(self.LINKS, tr("Links"), [SOURCE_LINE]))
        self.addParameter(
            QgsProcessingParameterField(
                self.RESISTANCE_FIELD,
                tr("Link resistance field"),
                defaultValue="cw_dist",
                parentLayerParameterName=self.LINKS,
                type=FIELD_NUMERIC,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterBoolean(self.ONLY_KEPT, tr("Kept links only"), defaultValue=True)
        )
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT_CORES, tr("Cores with centrality")))
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT_LINKS, tr("Links with centrality")))

    def compute(self, parameters, context, feedback):
        require_no_overwrite(
            self, parameters, context, [self.OUTPUT_CORES, self.OUTPUT_LINKS], [self.CORES, self.LINKS]
        )
        cores = self.parameterAsSource(parameters, self.CORES, context)
        if cores is None:
            raise InvalidInputError(QT_TR_NOOP("The {} layer could not be loaded."), tr("core areas"))
        id_field = self.parameterAsString(parameters, self.CORE_ID_FIELD, context)
        core_features = list(cores.getFeatures())
        ids = [f[id_field] for f in core_features]
        if len(set(map(str, ids))) != len(ids):
            raise InvalidInputError(QT_TR_NOOP("Each core needs its own id in {}."), id_field)
        records = read_links(self, parameters, context, self.LINKS, ids, tr("links"))
        field = self.parameterAsString(parameters, self.RESISTANCE_FIELD, context) or "cw_dist"
        only_kept = self.parameterAsBoolean(parameters, self.ONLY_KEPT, context)
        used = [r for r in records if r.kept or not only_kept]
        if not used:
            raise InvalidInputError(QT_TR_NOOP("The links layer has no link to build the network from."))
        graph = link_graph([(r.a, r.b, r.feature[field]) for r in used])
        node_centrality, edge_centrality = current_flow_centrality(graph)
        feedback.pushInfo(
            tr("Network of {} cores and {} links, resistance from {}.").format(
                graph.number_of_nodes(), graph.number_of_edges(), field
            )
        )

        core_fields = QgsFields(cores.fields())
        core_fields.append(make_field(FIELD, "double"))
        sink, cores_dest = self.output_sink(
            parameters, self.OUTPUT_CORES, context, core_fields, cores.wkbType(), cores.sourceCrs()
        )
        values = [node_centrality.get(k + 1) for k in range(len(ids))]
        copy_with(cores, core_features, core_fields, sink, values)

        links = self.parameterAsSource(parameters, self.LINKS, context)
        link_fields = QgsFields(links.fields())
        if link_fields.indexOf(FIELD) < 0:
            link_fields.append(make_field(FIELD, "double"))
        sink, links_dest = self.output_sink(
            parameters, self.OUTPUT_LINKS, context, link_fields, links.wkbType(), links.sourceCrs()
        )
        in_network = {(r.a, r.b) for r in used}
        link_values = []
        for record in records:
            pair = (record.a, record.b)
            value = edge_centrality.get(pair, edge_centrality.get(pair[::-1])) if pair in in_network else None
            link_values.append(value)
        copy_with(links, [r.feature for r in records], link_fields, sink, link_values)
        best = max(node_centrality, key=node_centrality.get)
        feedback.pushInfo(tr("Most central core: {} ({:.4g}).").format(ids[best - 1], node_centrality[best]))
        return {self.OUTPUT_CORES: cores_dest, self.OUTPUT_LINKS: links_dest}
