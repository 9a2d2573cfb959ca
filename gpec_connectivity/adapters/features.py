# SPDX-FileCopyrightText: 2026 GPEC Connectivity contributors
# SPDX-License-Identifier: GPL-2.0-or-later
"""The one way features enter the plugin: reprojection, the invalid-geometry policy and widths of linear features.

Every algorithm reads its vector inputs through :func:`read_features`, so every algorithm treats an invalid
geometry the same way: it is repaired with GEOS ``makeValid`` and reported by feature id; a geometry that cannot
be repaired stops the run with a message naming it (nothing is left out silently).
"""

from qgis.core import (
    Qgis,
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureRequest,
    QgsGeometry,
    QgsProcessingFeatureSource,
    QgsSpatialIndex,
)

from ..core.errors import QT_TR_NOOP, InvalidInputError, NoSourcesError
from ..i18n import tr
from ..qgis_compat import GEOMETRY_LINE, GEOMETRY_POLYGON

#: Read features without Processing's own validity check: invalid geometries are repaired (and reported) here.
_SKIP_CHECKS = getattr(
    getattr(Qgis, "ProcessingFeatureSourceFlag", None),
    "SkipGeometryValidityChecks",
    QgsProcessingFeatureSource.Flag.FlagSkipGeometryValidityChecks,
)

#: Segments per quarter circle of every buffer the plugin draws (barrier footprints, burnt roads, windows).
BUFFER_SEGMENTS = 8


def _same_kind(geometry, kind):
    """Keep only the parts of ``geometry`` of type ``kind`` (``makeValid`` may add lines or points)."""
    if geometry.isNull() or geometry.isEmpty() or geometry.type() == kind:
        return geometry
    parts = [p for p in geometry.asGeometryCollection() if p.type() == kind and not p.isEmpty()]
    if kind == GEOMETRY_POLYGON:
        parts = [p for p in parts if p.area() > 0]
    if not parts:
        return QgsGeometry()
    return QgsGeometry.collectGeometry(parts)


def repaired(geometry):
    """The geometry itself when valid, its repair (same geometry type) otherwise, or None if it cannot be
    repaired (Processing's "Fix geometries": GEOS ``makeValid``)."""
    if geometry.type() not in (GEOMETRY_POLYGON, GEOMETRY_LINE) or geometry.isGeosValid():
        return geometry
    fixed = _same_kind(geometry.makeValid(), geometry.type())
    if fixed.isNull() or fixed.isEmpty() or (geometry.type() == GEOMETRY_POLYGON and fixed.area() <= 0):
        return None
    return fixed


def read_features(source, crs, context, feedback, role):
    """Features of a Processing feature source with their geometries in ``crs``.

    Features without a geometry are skipped; invalid lines and polygons are repaired and reported by feature id.

    Parameters
    ----------
    source : QgsProcessingFeatureSource or QgsVectorLayer
    crs : QgsCoordinateReferenceSystem
        Geometries are reprojected into it (a note goes to the log).
    role : str
        The layer's role in messages ("core areas", "regions", ...).

    Returns
    -------
    list of (QgsFeature, QgsGeometry)

    Raises
    ------
    InvalidInputError
        A geometry is invalid and cannot be repaired (the message names the features).
    """
    transform = None
    if source.sourceCrs().isValid() and source.sourceCrs() != crs:
        transform = QgsCoordinateTransform(source.sourceCrs(), crs, context.transformContext())
        if feedback is not None:
            feedback.pushInfo(
                tr("{} is reprojected on the fly from {} to {}.").format(
                    source.sourceName(),
                    source.sourceCrs().userFriendlyIdentifier(),
                    crs.userFriendlyIdentifier(),
                )
            )
    if isinstance(source, QgsProcessingFeatureSource):
        features = source.getFeatures(QgsFeatureRequest(), _SKIP_CHECKS)
    else:
        features = source.getFeatures(QgsFeatureRequest())
    out, fixed, broken = [], [], []
    for feature in features:
        geometry = QgsGeometry(feature.geometry())
        if geometry.isNull() or geometry.isEmpty():
            continue
        if transform is not None:
            geometry.transform(transform)
        valid = repaired(geometry)
        if valid is None:
            broken.append(int(feature.id()))
            continue
        if valid is not geometry:
            fixed.append(int(feature.id()))
        out.append((feature, valid))
    if broken:
        raise InvalidInputError(
            QT_TR_NOOP(
                "{} geometr(ies) of the {} layer are invalid and cannot be repaired (feature ids {}). Fix them "
                "(Vector geometry > Fix geometries, or edit them) or remove them, then run again."
            ),
            len(broken),
            role,
            ", ".join(str(v) for v in broken[:30]),
        )
    if fixed and feedback is not None:
        feedback.pushWarning(
            tr("{} invalid geometr(ies) of the {} layer were repaired (feature ids {}).").format(
                len(fixed), role, ", ".join(str(v) for v in fixed[:30])
            )
        )
    return out


def require_features(features, role):
    """Refuse an empty layer with a message naming it."""
    if not features:
        raise NoSourcesError(QT_TR_NOOP("The {} layer has no features with a geometry."), role)


def footprint(geometry, width):
    """The ground a linear feature covers: the geometry buffered by half of ``width`` (map units) on each side;
    the geometry itself when the width is 0 or missing."""
    if width is None or width <= 0:
        return geometry
    return geometry.buffer(width / 2.0, BUFFER_SEGMENTS)


def feature_number(feature, field, role, feedback, *, positive=True):
    """The numeric value of ``field`` for a feature, or None when empty or the field is missing.

    A value that is not a number (or not positive when ``positive``) is not silently replaced: a warning names
    the feature and None is returned so that the caller's documented default applies.
    """
    if not field or feature.fields().indexOf(field) < 0:
        return None
    value = feature[field]
    if value is None or (isinstance(value, str) and not value.strip()) or str(value) == "NULL":
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        number = None
    if number is None or number != number or (positive and number <= 0):
        if feedback is not None:
            if positive:
                message = tr(
                    "Feature {} of the {} has {} = {!r}, which is not a positive number; the default is used."
                )
            else:
                message = tr(
                    "Feature {} of the {} has {} = {!r}, which is not a number; the default is used."
                )
            feedback.pushWarning(message.format(int(feature.id()), role, field, value))
        return None
    return number


def spatial_index(geometries):
    """A QgsSpatialIndex over a list of geometries (feature id = position)."""
    index = QgsSpatialIndex()
    for i, geometry in enumerate(geometries):
        feature = QgsFeature(i)
        feature.setGeometry(geometry)
        index.addFeature(feature)
    return index
