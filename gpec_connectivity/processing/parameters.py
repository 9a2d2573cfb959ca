# SPDX-FileCopyrightText: 2026 GPEC Connectivity contributors
# SPDX-License-Identifier: GPL-2.0-or-later
"""Parameter factories shared by several algorithms: the same name, label and help wherever a parameter appears."""

from qgis.core import (
    QgsProcessingParameterBoolean,
    QgsProcessingParameterCrs,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterRasterLayer,
)

from ..adapters.polygons import DISTANCE_TYPES
from ..i18n import tr
from ..qgis_compat import FIELD_ANY, FLAG_ADVANCED, SOURCE_LINE, SOURCE_POLYGON


def advanced(parameter):
    """Flag a parameter as advanced and return it."""
    parameter.setFlags(parameter.flags() | FLAG_ADVANCED)
    return parameter


def with_help(parameter, text):
    """Attach help text to a parameter (QGIS >= 3.16) and return it."""
    if hasattr(QgsProcessingParameterDefinition, "setHelp"):
        parameter.setHelp(text)
    return parameter


def core_parameters(cores="CORES", id_field="CORE_ID_FIELD"):
    """The core-area polygons and their id field."""
    return [
        QgsProcessingParameterFeatureSource(cores, tr("Core areas"), [SOURCE_POLYGON]),
        QgsProcessingParameterField(
            id_field, tr("Core id field"), parentLayerParameterName=cores, type=FIELD_ANY
        ),
    ]


def links_parameter(name="LINKS", optional=True):
    """The links layer written by gpec:corridors."""
    label = tr("Links (from Least-cost corridors; optional)") if optional else tr("Links")
    return QgsProcessingParameterFeatureSource(name, label, [SOURCE_LINE], optional=optional)


def float64_parameter(name="FLOAT64"):
    """Write rasters as Float64 instead of Float32 (advanced)."""
    return advanced(
        QgsProcessingParameterBoolean(
            name, tr("Write 64-bit floating-point rasters (full precision)"), defaultValue=False
        )
    )


def four_neighbours_parameter(name="FOUR_NEIGHBOURS", is_advanced=False):
    parameter = QgsProcessingParameterBoolean(name, tr("Connect 4 neighbours only"), defaultValue=False)
    return advanced(parameter) if is_advanced else parameter


def average_resistances_parameter(name="AVERAGE_RESISTANCES", is_advanced=False):
    parameter = QgsProcessingParameterBoolean(
        name, tr("Average resistances instead of conductances"), defaultValue=False
    )
    return advanced(parameter) if is_advanced else parameter


#: Solvers of gpec_connectivity.core.circuit.LinearSolver, in the order of the SOLVER enum.
SOLVERS = ("auto", "direct", "amg", "cg")


def solver_parameter(name="SOLVER"):
    """The linear solver of circuit algorithms (advanced)."""
    options = [
        tr("Automatic"),
        tr("Direct factorisation"),
        tr("Multigrid (pyamg)"),
        tr("Conjugate gradients (Jacobi)"),
    ]
    return advanced(QgsProcessingParameterEnum(name, tr("Solver"), options=options, defaultValue=0))


def named_polygons_parameters(layer, label, name_field, name_label):
    """A polygon layer (regions, reporting units) and its optional name field."""
    return [
        QgsProcessingParameterFeatureSource(layer, label, [SOURCE_POLYGON]),
        QgsProcessingParameterField(
            name_field, name_label, parentLayerParameterName=layer, type=FIELD_ANY, optional=True
        ),
    ]


def distance_type_label(kind):
    """The option label of a DISTANCE_TYPE index (the order of
    :data:`~gpec_connectivity.adapters.polygons.DISTANCE_TYPES`), translated."""
    return (
        tr("Edge to edge"),
        tr("Centroid to centroid"),
        tr("Least-cost (resistance surface)"),
        tr("Centroid, or a point on the surface where the centroid falls outside the patch (Makurhini)"),
    )[kind]


def distance_type_parameters(distance_type="DISTANCE_TYPE", resistance="RESISTANCE"):
    """How distances between patches are measured, and the resistance surface of least-cost distances."""
    options = [distance_type_label(k) for k in range(len(DISTANCE_TYPES))]
    return [
        QgsProcessingParameterEnum(distance_type, tr("Distance type"), options=options, defaultValue=0),
        QgsProcessingParameterRasterLayer(
            resistance, tr("Resistance surface (least-cost distances)"), optional=True
        ),
    ]


def working_crs_parameter(name="CRS", help_text=None):
    """The optional projected CRS that distances and areas are computed in (advanced)."""
    parameter = QgsProcessingParameterCrs(name, tr("Working CRS (projected, equal-area)"), optional=True)
    return advanced(with_help(parameter, help_text) if help_text else parameter)
