# SPDX-FileCopyrightText: 2026 GPEC Connectivity contributors
# SPDX-License-Identifier: GPL-2.0-or-later
"""The thin base every GPEC algorithm derives from: translation, icon, group, help and error reporting."""

from qgis.core import QgsCoordinateReferenceSystem, QgsProcessingAlgorithm, QgsProcessingException
from qgis.PyQt.QtGui import QIcon

from ..core.errors import QT_TR_NOOP, ConnectivityError
from ..i18n import tr, translate_error
from ..paths import icon_path
from ..qgis_compat import FLAG_OPTIONAL, WKB_NONE

HOMEPAGE = "https://github.com/gpec-connectivity/gpec-connectivity"

#: Group id -> display name (translated at call time).
GROUPS = {
    "resistance": QT_TR_NOOP("Resistance and cost distance"),
    "corridors": QT_TR_NOOP("Corridors"),
    "circuit": QT_TR_NOOP("Circuit theory"),
    "network": QT_TR_NOOP("Network and protected-area indicators"),
    "fragmentation": QT_TR_NOOP("Landscape fragmentation"),
}


class GpecAlgorithm(QgsProcessingAlgorithm):
    """Base class. Subclasses define ``name``, ``displayName``, ``GROUP``, ``help_text``, ``initAlgorithm`` and
    ``compute`` (their ``processAlgorithm``); a core error becomes a translated :class:`QgsProcessingException`."""

    GROUP = "resistance"

    def tr(self, text):
        return tr(text)

    def createInstance(self):  # noqa: N802 - QGIS API
        return type(self)()

    def group(self):
        return tr(GROUPS[self.GROUP])

    def groupId(self):  # noqa: N802 - QGIS API
        return self.GROUP

    def icon(self):
        return QIcon(icon_path())

    def svgIconPath(self):  # noqa: N802 - QGIS API
        return icon_path()

    def helpUrl(self):  # noqa: N802 - QGIS API
        """The algorithm's row in the README (anchor ``gpec-<name>``; tests/qgis/test_plugin.py checks it)."""
        return "{}#gpec-{}".format(HOMEPAGE, self.name())

    def output_sink(self, parameters, name, context, fields, geometry_type=None, crs=None):
        """``parameterAsSink`` with QGIS core's check: a sink that was asked for but could not be created stops
        the run with QGIS's own message; an optional sink that was not asked for gives ``(None, None)``."""
        if geometry_type is None:
            geometry_type = WKB_NONE
        sink, destination = self.parameterAsSink(
            parameters, name, context, fields, geometry_type, crs or QgsCoordinateReferenceSystem()
        )
        if sink is None:
            definition = self.parameterDefinition(name)
            optional = definition is not None and bool(definition.flags() & FLAG_OPTIONAL)
            if not optional or parameters.get(name) not in (None, ""):
                raise QgsProcessingException(self.invalidSinkError(parameters, name))
            return None, None
        return sink, destination

    def shortHelpString(self):  # noqa: N802 - QGIS API
        return self.help_text()

    def help_text(self):
        raise NotImplementedError

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        try:
            return self.compute(parameters, context, feedback)
        except ConnectivityError as error:
            raise QgsProcessingException(translate_error(error)) from error

    def compute(self, parameters, context, feedback):
        raise NotImplementedError
