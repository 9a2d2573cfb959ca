# SPDX-FileCopyrightText: 2026 GPEC Connectivity contributors
# SPDX-License-Identifier: GPL-2.0-or-later
"""The GPEC Connectivity Processing provider (id ``gpec``)."""

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from ..i18n import tr
from ..paths import icon_path
from .barriers import BarriersAlgorithm
from .centrality import CentralityAlgorithm
from .corridors import CorridorsAlgorithm
from .costdistance import CostDistanceAlgorithm
from .currentflow import CurrentFlowAlgorithm
from .leastcostpath import LeastCostPathAlgorithm
from .meshsize import MeshSizeAlgorithm
from .networkmetrics import NetworkMetricsAlgorithm
from .pinchpoints import PinchPointsAlgorithm
from .protconn import ProtConnAlgorithm
from .resistancesurface import ResistanceSurfaceAlgorithm


class GpecProvider(QgsProcessingProvider):
    """Lists the plugin's algorithms explicitly."""

    ALGORITHMS = (
        ResistanceSurfaceAlgorithm,
        CostDistanceAlgorithm,
        LeastCostPathAlgorithm,
        CorridorsAlgorithm,
        CurrentFlowAlgorithm,
        PinchPointsAlgorithm,
        BarriersAlgorithm,
        CentralityAlgorithm,
        NetworkMetricsAlgorithm,
        ProtConnAlgorithm,
        MeshSizeAlgorithm,
    )

    def id(self):
        return "gpec"

    def name(self):
        return tr("GPEC Connectivity")

    def longName(self):  # noqa: N802 - QGIS API
        return self.name()

    def icon(self):
        return QIcon(icon_path())

    def svgIconPath(self):  # noqa: N802 - QGIS API
        return icon_path()

    def loadAlgorithms(self):  # noqa: N802 - QGIS API
        for algorithm in self.ALGORITHMS:
            self.addAlgorithm(algorithm())
