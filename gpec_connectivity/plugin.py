# SPDX-FileCopyrightText: 2026 GPEC Connectivity contributors
# SPDX-License-Identifier: GPL-2.0-or-later
"""The QGIS plugin: registers the Processing provider (and, in a later version, the dock panel)."""

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication

from .i18n import install_translator
from .processing.provider import GpecProvider


class GpecConnectivityPlugin:
    """Plugin object returned by ``classFactory``; works with ``iface=None`` (qgis_process, tests)."""

    def __init__(self, iface):
        self.iface = iface
        self.provider = None
        self.translator = install_translator()

    def initProcessing(self):  # noqa: N802 - name fixed by QGIS
        """Register the Processing provider; QGIS calls this before initGui, and qgis_process calls only this."""
        if self.provider is None:
            self.provider = GpecProvider()
            QgsApplication.processingRegistry().addProvider(self.provider)

    def initGui(self):  # noqa: N802 - name fixed by QGIS
        self.initProcessing()

    def unload(self):
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        if self.translator is not None:
            QCoreApplication.removeTranslator(self.translator)
            self.translator = None
