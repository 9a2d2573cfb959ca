# SPDX-FileCopyrightText: 2026 GPEC Connectivity contributors
# SPDX-License-Identifier: GPL-2.0-or-later
"""Enum values and helpers that changed names between QGIS 3.22 and QGIS 3.40 / QGIS 4 (Qt6).

Each constant takes the newer, fully scoped spelling when the running QGIS has it and falls back to the
spelling QGIS 3.22 knows, so the rest of the plugin is written once for every supported version.
"""

from qgis.core import (
    Qgis,
    QgsFeatureSink,
    QgsField,
    QgsProcessing,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QMetaType, QVariant


def _pick(new_owner, new_enum, new_name, old_value):
    """Return ``new_owner.new_enum.new_name`` if this QGIS has it, else ``old_value``."""
    enum = getattr(new_owner, new_enum, None)
    return getattr(enum, new_name, old_value) if enum is not None else old_value


SOURCE_POLYGON = _pick(
    Qgis, "ProcessingSourceType", "VectorPolygon", QgsProcessing.SourceType.TypeVectorPolygon
)
SOURCE_LINE = _pick(Qgis, "ProcessingSourceType", "VectorLine", QgsProcessing.SourceType.TypeVectorLine)
SOURCE_POINT = _pick(Qgis, "ProcessingSourceType", "VectorPoint", QgsProcessing.SourceType.TypeVectorPoint)
SOURCE_GEOMETRY = _pick(
    Qgis, "ProcessingSourceType", "VectorAnyGeometry", QgsProcessing.SourceType.TypeVectorAnyGeometry
)
SOURCE_RASTER = _pick(Qgis, "ProcessingSourceType", "Raster", QgsProcessing.SourceType.TypeRaster)
SOURCE_TABLE = _pick(Qgis, "ProcessingSourceType", "Vector", QgsProcessing.SourceType.TypeVector)

FLAG_ADVANCED = _pick(
    Qgis, "ProcessingParameterFlag", "Advanced", QgsProcessingParameterDefinition.Flag.FlagAdvanced
)
FLAG_OPTIONAL = _pick(
    Qgis, "ProcessingParameterFlag", "Optional", QgsProcessingParameterDefinition.Flag.FlagOptional
)
NUMBER_DOUBLE = _pick(
    Qgis, "ProcessingNumberParameterType", "Double", QgsProcessingParameterNumber.Type.Double
)
NUMBER_INTEGER = _pick(
    Qgis, "ProcessingNumberParameterType", "Integer", QgsProcessingParameterNumber.Type.Integer
)
FIELD_ANY = _pick(Qgis, "ProcessingFieldParameterDataType", "Any", QgsProcessingParameterField.DataType.Any)
FIELD_NUMERIC = _pick(
    Qgis, "ProcessingFieldParameterDataType", "Numeric", QgsProcessingParameterField.DataType.Numeric
)
FILE_BEHAVIOUR = _pick(
    Qgis, "ProcessingFileParameterBehavior", "File", QgsProcessingParameterFile.Behavior.File
)
FAST_INSERT = QgsFeatureSink.Flag.FastInsert

WKB_LINESTRING = _pick(Qgis, "WkbType", "LineString", QgsWkbTypes.Type.LineString)
WKB_POINT = _pick(Qgis, "WkbType", "Point", QgsWkbTypes.Type.Point)
WKB_NONE = _pick(Qgis, "WkbType", "NoGeometry", QgsWkbTypes.Type.NoGeometry)
GEOMETRY_POLYGON = _pick(Qgis, "GeometryType", "Polygon", QgsWkbTypes.GeometryType.PolygonGeometry)
GEOMETRY_LINE = _pick(Qgis, "GeometryType", "Line", QgsWkbTypes.GeometryType.LineGeometry)
GEOMETRY_POINT = _pick(Qgis, "GeometryType", "Point", QgsWkbTypes.GeometryType.PointGeometry)

_NEW_FIELD_TYPES = Qgis.QGIS_VERSION_INT >= 33800  # QgsField takes QMetaType.Type from QGIS 3.38
_FIELD_TYPES = {
    "int": (QMetaType.Type.Int, getattr(QVariant, "Int", None)),
    "double": (QMetaType.Type.Double, getattr(QVariant, "Double", None)),
    "string": (QMetaType.Type.QString, getattr(QVariant, "String", None)),
    "bool": (QMetaType.Type.Bool, getattr(QVariant, "Bool", None)),
}


def make_field(name, kind, length=0, precision=0):
    """A :class:`QgsField` of ``kind`` ("int", "double", "string" or "bool") on any supported QGIS."""
    new, old = _FIELD_TYPES[kind]
    return QgsField(name, new if _NEW_FIELD_TYPES else old, len=length, prec=precision)
