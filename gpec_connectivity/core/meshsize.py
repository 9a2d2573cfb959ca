# SPDX-FileCopyrightText: 2026 GPEC Connectivity contributors
# SPDX-License-Identifier: GPL-2.0-or-later
"""Effective mesh size: how far landscape fragmentation by roads, railways, fences and built-up land has gone.

Method: Jaeger (2000), Landscape division, splitting index, and effective mesh size: new measures of landscape
fragmentation. Landscape Ecology 15:115-130; Moser, Jaeger, Tappeiner, Tasser & Eiselt (2007), Modification of
the effective mesh size for measuring landscape fragmentation to solve the boundary problem. Landscape Ecology
22:447-459; the effective mesh density of Jaeger et al. (2011), Landscape fragmentation in Europe, EEA Report
2/2011.

The barriers cut the land into patches; ``A_total`` is the whole area of the reporting unit (barrier footprints
included, as in Jaeger 2000):

- cutting-out procedure (CUT): the patches are clipped at the unit's boundary,
  ``m_eff = sum_i A_i^2 / A_total``;
- cross-boundary connections (CBC, Moser et al. 2007): each piece ``A_i`` of a patch inside the unit is weighted
  by the area ``A_i_cmpl`` of the complete patch it belongs to, parts outside the unit included,
  ``m_eff = sum_i A_i A_i_cmpl / A_total``;
- effective mesh density ``s_eff = 1000 km2 / m_eff`` (meshes per 1000 km2; EEA 2011) and effective mesh number
  ``n_eff = A_total / m_eff`` (Jaeger 2000).

``m_eff`` is the expected area reachable from a random point of the unit without crossing a barrier; it cannot
exceed ``A_total`` under CUT (and cannot exceed the largest complete patch under CBC).
"""

from dataclasses import dataclass

import numpy as np

from .errors import QT_TR_NOOP, InvalidInputError

__all__ = ["METHODS", "MeshSize", "change_percent", "effective_mesh_size"]

#: Procedures, in the order of the ``METHOD`` parameter.
METHODS = ("cut", "cbc")

_KM2_PER_1000 = 1000.0


@dataclass
class MeshSize:
    """Effective mesh size of one reporting unit.

    Attributes
    ----------
    area : float
        ``A_total``, in the units of the input areas.
    meff : float
        Effective mesh size (same units).
    seff : float
        Effective mesh density, meshes per 1000 area units (per 1000 km2 for areas in km2); ``inf`` when ``meff``
        is 0 (the unit is entirely barrier: infinitely fragmented).
    neff : float
        Effective mesh number ``A_total / m_eff`` (``inf`` when ``meff`` is 0).
    patches : int
        Number of patch pieces inside the unit.
    """

    area: float
    meff: float
    seff: float
    neff: float
    patches: int


def _areas(values, role):
    a = np.asarray(values, dtype=float).ravel()
    if np.any(~np.isfinite(a)) or np.any(a < 0):
        raise InvalidInputError(QT_TR_NOOP("The {} areas must be finite and not negative."), role)
    return a


def effective_mesh_size(patch_areas, total_area, *, complete_areas=None):
    """Effective mesh size of a reporting unit.

    Parameters
    ----------
    patch_areas : array_like
        Areas ``A_i`` of the patch pieces inside the unit.
    total_area : float
        ``A_total``, the unit's area including barrier footprints.
    complete_areas : array_like, optional
        ``A_i_cmpl`` of the complete patch each piece belongs to (CBC); omitted: cutting-out.

    Returns
    -------
    MeshSize

    Raises
    ------
    InvalidInputError
        Negative areas, patches larger than the unit (cutting-out) or than their complete patch.

    Examples
    --------
    A 100 km2 unit cut by a road into patches of 60 and 39 km2 (1 km2 of road):

    >>> m = effective_mesh_size([60.0, 39.0], 100.0)
    >>> round(m.meff, 2), round(m.seff, 3), round(m.neff, 3)
    (51.21, 19.527, 1.953)

    With CBC, the 39 km2 piece belongs to a patch of 139 km2 that continues outside the unit:

    >>> round(effective_mesh_size([60.0, 39.0], 100.0, complete_areas=[60.0, 139.0]).meff, 2)
    90.21
    """
    a = _areas(patch_areas, QT_TR_NOOP("patch"))
    total = float(total_area)
    if not np.isfinite(total) or total <= 0:
        raise InvalidInputError(QT_TR_NOOP("The reporting unit has no area."))
    if a.sum() > total * (1 + 1e-9):
        raise InvalidInputError(
            QT_TR_NOOP("The patches ({:,.6g}) cover more than the reporting unit ({:,.6g})."), a.sum(), total
        )
    if complete_areas is None:
        weight = a
    else:
        weight = _areas(complete_areas, QT_TR_NOOP("complete patch"))
        if weight.shape != a.shape:
            raise InvalidInputError(QT_TR_NOOP("Give one complete-patch area per patch piece."))
        if np.any(weight < a * (1 - 1e-9)):
            raise InvalidInputError(QT_TR_NOOP("A complete patch is smaller than its piece inside the unit."))
    meff = float(np.sum(a * weight)) / total
    return MeshSize(
        area=total,
        meff=meff,
        seff=_KM2_PER_1000 / meff if meff > 0 else float("inf"),
        neff=total / meff if meff > 0 else float("inf"),
        patches=int(np.count_nonzero(a > 0)),
    )


def change_percent(before, after):
    """Relative change ``100 (after - before) / before``; None (no value) when ``before`` is 0, where a relative
    change is undefined.

    Examples
    --------
    >>> change_percent(50.0, 40.0)
    -20.0
    >>> change_percent(0.0, 10.0) is None
    True
    """
    before = float(before)
    return 100.0 * (float(after) - before) / before if before > 0 else None
