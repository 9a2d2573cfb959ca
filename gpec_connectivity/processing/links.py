# SPDX-FileCopyrightText: 2026 GPEC Connectivity contributors
# SPDX-License-Identifier: GPL-2.0-or-later
"""The links layer shared by gpec:corridors, gpec:pinchpoints, gpec:barriers and gpec:centrality."""

from dataclasses import dataclass

import numpy as np
from qgis.core import QgsFeature, QgsFields

from ..adapters.polygons import edge_distance_matrix
from ..adapters.vector import path_line
from ..core.corridors import corridor_analysis
from ..core.errors import QT_TR_NOOP, InvalidInputError
from ..i18n import tr
from ..qgis_compat import make_field

#: Numeric fields of a link, in layer order, after from_core and to_core.
MEASURES = ("cw_dist", "euc_dist", "lcp_length", "cwd_to_euc", "cwd_to_path")


def null(value):
    """Attribute value: None for NaN, infinity and missing values."""
    return float(value) if value is not None and np.isfinite(value) else None


def id_kind(ids):
    """Field type of core ids: "int" when every id is an integer, else "string"."""
    return "int" if all(isinstance(v, int) and not isinstance(v, bool) for v in ids) else "string"


def link_fields(ids, extra=()):
    """Fields of a links layer: from_core, to_core, the measures, kept, reason, then ``extra`` (doubles)."""
    fields = QgsFields()
    kind = id_kind(ids)
    fields.append(make_field("from_core", kind))
    fields.append(make_field("to_core", kind))
    for name in MEASURES:
        fields.append(make_field(name, "double"))
    fields.append(make_field("kept", "bool"))
    fields.append(make_field("reason", "string"))
    for name in extra:
        fields.append(make_field(name, "double"))
    return fields


def reason_text(link, max_cw, max_euc, ids):
    """The translated reason a link was dropped (empty when kept)."""
    if link.kept:
        return ""
    if link.reason == "not_connected":
        return tr("not connected: NoData separates the cores")
    if link.reason == "max_cw_dist":
        return tr("cw_dist above the maximum ({:g})").format(max_cw or 0.0)
    if link.reason == "max_euc_dist":
        return tr("euc_dist above the maximum ({:g})").format(max_euc or 0.0)
    return tr("least-cost path passes through core {}").format(ids[link.via_core - 1])


def link_feature(link, ids, grid, fields, reason, extra=()):
    """A links-layer feature for a core :class:`~gpec_connectivity.core.corridors.Link`."""
    feature = QgsFeature(fields)
    if link.cells is not None:
        feature.setGeometry(path_line(link.cells, grid))
    cast = int if id_kind(ids) == "int" else str
    feature.setAttributes(
        [cast(ids[link.from_core - 1]), cast(ids[link.to_core - 1])]
        + [null(getattr(link, name)) for name in MEASURES]
        + [bool(link.kept), reason]
        + [null(value) for value in extra]
    )
    return feature


@dataclass
class LinkRecord:
    """A link read from a links layer: its feature and the core labels it joins (1..n, as in core_areas)."""

    feature: QgsFeature
    a: int
    b: int
    kept: bool


def read_links(algorithm, parameters, context, name, ids, role):
    """The links of a links layer, with their cores as labels of ``ids`` (the core ids in label order).

    Raises
    ------
    InvalidInputError
        A links layer without from_core / to_core, or naming cores the core layer does not have.
    """
    source = algorithm.parameterAsSource(parameters, name, context)
    if source is None:
        raise InvalidInputError(QT_TR_NOOP("The {} layer could not be loaded."), role)
    names = source.fields().names()
    for needed in ("from_core", "to_core"):
        if needed not in names:
            raise InvalidInputError(
                QT_TR_NOOP("The {} layer has no field {}; use the links written by the corridors algorithm."),
                role,
                needed,
            )
    label_of = {str(value): k + 1 for k, value in enumerate(ids)}
    records, unknown = [], set()
    for feature in source.getFeatures():
        a, b = label_of.get(str(feature["from_core"])), label_of.get(str(feature["to_core"]))
        if a is None or b is None:
            unknown.update(
                str(feature[f]) for f in ("from_core", "to_core") if str(feature[f]) not in label_of
            )
            continue
        kept = bool(feature["kept"]) if "kept" in names and feature["kept"] is not None else True
        records.append(LinkRecord(feature, min(a, b), max(a, b), kept))
    if unknown:
        raise InvalidInputError(
            QT_TR_NOOP(
                "The {} layer names cores the core layer does not have: {}. Use the same core layer and id "
                "field as for the corridors."
            ),
            role,
            ", ".join(sorted(unknown)[:20]),
        )
    return records


def links_on_the_fly(values, zones, ids, geometries, grid, four_neighbours, progress):
    """Links as gpec:corridors finds them with its defaults, keeping the per-core cost distances open.

    Adjacent cores (cost allocation), links through other cores dropped. Close ``result.distances`` when done.
    """
    return corridor_analysis(
        values,
        zones,
        cellsize=grid.cellsize,
        four_neighbours=four_neighbours,
        selection="adjacent",
        drop_through_cores=True,
        euclidean=edge_distance_matrix(geometries),
        names={k + 1: v for k, v in enumerate(ids)},
        keep_distances=True,
        progress=progress,
    )
