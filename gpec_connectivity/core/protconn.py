# SPDX-FileCopyrightText: 2026 GPEC Connectivity contributors
# SPDX-License-Identifier: GPL-2.0-or-later
"""The Protected Connected indicator ProtConn and its fractions.

Method: Saura, Bastin, Battistella, Mandrici & Dubois (2017), Protected areas in the world's ecoregions: how
well connected are they? Ecological Indicators 76:144-158; Saura, Bertzky, Bastin, Battistella, Mandrici &
Dubois (2018), Protected area connectivity: shortfalls in global targets and country-level priorities.
Biological Conservation 219:53-67; the fractions as the Makurhini R package computes them (``MK_ProtConn``,
``get_protconn_grid``; Godinez-Gomez & Correa Ayram).

Nodes are the protected-area units inside the region (overlapping and adjoining protected areas dissolved, then
split into single polygons) with their area as attribute, and, optionally, transboundary units (protected land
outside the region, within a buffer) with attribute 0, which only act as stepping stones. With ``A_L`` the area
of the region, all values are percentages of ``A_L``:

- ``ECA = sqrt(sum_i sum_j a_i a_j p*_ij)`` over all nodes (see :mod:`gpec_connectivity.core.network`);
- ``Prot = 100 sum_i a_i / A_L``, ``Unprot = 100 - Prot``, ``ProtConn = 100 ECA / A_L``,
  ``ProtUnconn = Prot - ProtConn``, ``RelConn = 100 ProtConn / Prot``;
- ``ProtConn_Prot = 100 sqrt(sum_i a_i^2) / A_L``: movement within protected land only (inside a unit);
- ``ProtConn_Trans = 100 (ECA - ECA_in) / A_L`` with ``ECA_in`` computed without the transboundary units;
- ``ProtConn_Unprot = ProtConn - ProtConn_Prot - ProtConn_Trans`` (= ``100 (ECA_in - sqrt(sum a_i^2)) / A_L``):
  movement across unprotected land inside the region;
- ``ProtConn_Within = 100 sqrt(sum_m b_m^2) / A_L * sqrt(sum_i a_i / sum_m b_m)`` with ``b_m`` the areas of the
  individual (undissolved) protected polygons inside the region; the square-root factor is Makurhini's
  correction for overlapping designations (1 without overlaps). ``ProtConn_Contig = ProtConn_Prot -
  ProtConn_Within``: movement between adjoining protected areas;
- ``ProtConn_Bound = Prot - ProtUnconn_Design`` with ``ProtUnconn_Design = 100 ECA_design / A_L - ProtConn``,
  where ``ECA_design`` adds the land of the region itself (each of its parts) as zero-attribute stepping stones:
  the unconnected protected land that is due to the region's shape and boundaries (islands, coasts) rather than
  to the design of the protected-area network is thus not counted against it (Saura et al. 2018). Equivalently
  ``ProtConn_Bound = ProtConn + ProtUnconn[Sea & Outland]`` with ``ProtUnconn[Sea & Outland] = Prot - 100
  ECA_design / A_L``, the form of the JRC's global ProtConn workflow (DOPA).

So ``ProtConn = ProtConn_Prot + ProtConn_Trans + ProtConn_Unprot`` and ``ProtConn_Prot = ProtConn_Within +
ProtConn_Contig``, exactly.
"""

from dataclasses import asdict, dataclass

import numpy as np

from .errors import QT_TR_NOOP, InvalidInputError
from .network import dispersal_rate, eca_numerators

__all__ = ["FRACTIONS", "ProtConnResult", "protconn", "protconn_series"]

_NOISE = 1e-10

#: Field names of :class:`ProtConnResult` that are percentages of the region's area, in report order.
FRACTIONS = (
    "prot",
    "unprot",
    "protconn",
    "protunconn",
    "protconn_prot",
    "protconn_trans",
    "protconn_unprot",
    "protconn_within",
    "protconn_contig",
    "protconn_bound",
)


@dataclass
class ProtConnResult:
    """ProtConn and its fractions for one region and one dispersal distance.

    Attributes
    ----------
    region_area, protected_area, eca : float
        Area units of the input (``eca`` is the equivalent connected area).
    prot, unprot, protconn, protunconn, protconn_prot, protconn_trans, protconn_unprot, protconn_within,
    protconn_contig, protconn_bound, protunconn_design : float
        Percentages of the region's area.
    relconn : float
        ``100 ProtConn / Prot`` (0 without protected land).
    """

    region_area: float
    protected_area: float
    eca: float
    prot: float
    unprot: float
    protconn: float
    protunconn: float
    protconn_prot: float
    protconn_trans: float
    protconn_unprot: float
    protconn_within: float
    protconn_contig: float
    protconn_bound: float
    protunconn_design: float
    relconn: float

    def as_dict(self):
        return asdict(self)


def _square(distances, n, role):
    matrix = np.asarray(distances, dtype=float)
    if matrix.shape != (n, n):
        raise InvalidInputError(
            QT_TR_NOOP("The {} distance matrix has shape {} where ({}, {}) is expected."),
            role,
            matrix.shape,
            n,
            n,
        )
    if np.any(np.isnan(matrix)) or np.any(matrix < 0):
        raise InvalidInputError(QT_TR_NOOP("Distances between nodes must be zero or positive."))
    return matrix


def protconn(areas, distances, *, distance, **options):
    """ProtConn and its fractions for one region and one dispersal distance (see :func:`protconn_series`).

    Examples
    --------
    Two reserves of 10 km2 in a 1000 km2 region, 10 km apart, for a median dispersal distance of 10 km:

    >>> d = np.array([[0.0, 10.0], [10.0, 0.0]])
    >>> r = protconn([10.0, 10.0], d, region_area=1000.0, distance=10.0)
    >>> round(r.prot, 3), round(r.protconn, 3), round(r.protconn_prot, 3), round(r.protconn_unprot, 3)
    (2.0, 1.732, 1.414, 0.318)
    """
    return protconn_series(areas, distances, dispersal_distances=[distance], **options)[0]


def protconn_series(
    areas,
    distances,
    *,
    region_area,
    dispersal_distances,
    probability=0.5,
    transboundary=0,
    pa_areas=None,
    boundary=None,
):
    """ProtConn and its fractions for one region at several dispersal distances (see the module docstring).

    The network is pruned once (links with a shorter two-link detour cannot carry a best path) and reused for
    every distance.

    Parameters
    ----------
    areas : array_like, shape (n,)
        Areas of the protected units inside the region (dissolved, single polygons).
    distances : array_like, shape (n + t, n + t)
        Distances between all nodes: the ``n`` units inside first, then the ``t`` transboundary units.
    region_area : float, keyword-only
        ``A_L``, the area of the region.
    dispersal_distances : sequence of float, keyword-only
        Median dispersal distances (the probability is ``probability`` there).
    probability : float, keyword-only
    transboundary : int, keyword-only
        ``t``, the number of transboundary units at the end of ``distances``.
    pa_areas : array_like, optional, keyword-only
        Areas ``b_m`` of the individual protected polygons inside the region before dissolving; default
        ``areas`` (then ``ProtConn_Contig`` is 0).
    boundary : tuple (node_to_part, part_to_part), optional, keyword-only
        Distances from every node to every part of the region (shape ``(n + t, p)``, 0 for a unit inside the
        part) and between the parts (``(p, p)``), for ``ProtConn_Bound``; default: the region is one piece and
        every unit lies in it, so ``ProtConn_Bound = ProtConn``.

    Returns
    -------
    list of ProtConnResult
        One per dispersal distance.
    """
    a = np.asarray(areas, dtype=float).ravel()
    n = a.size
    t = int(transboundary)
    if np.any(~np.isfinite(a)) or np.any(a < 0):
        raise InvalidInputError(QT_TR_NOOP("Protected areas must have a finite, non-negative area."))
    region_area = float(region_area)
    if not np.isfinite(region_area) or region_area <= 0:
        raise InvalidInputError(QT_TR_NOOP("The region has no area."))
    rates = [dispersal_rate(value, probability) for value in dispersal_distances]
    total = float(a.sum())
    if total > region_area * (1 + 1e-9):
        raise InvalidInputError(
            QT_TR_NOOP(
                "The protected area inside the region ({:,.6g}) exceeds the region's area ({:,.6g}); dissolve "
                "overlapping protected areas and clip them to the region first."
            ),
            total,
            region_area,
        )
    matrix = _square(distances, n + t, QT_TR_NOOP("protected-area"))
    if n == 0:
        zero = dict.fromkeys(FRACTIONS, 0.0)
        zero.update(unprot=100.0)
        return [
            ProtConnResult(
                region_area=region_area,
                protected_area=0.0,
                eca=0.0,
                protunconn_design=0.0,
                relconn=0.0,
                **zero,
            )
            for _ in rates
        ]
    everything = np.concatenate([a, np.zeros(t)])
    full = eca_numerators(everything, matrix, rates)
    inside = eca_numerators(a, matrix[:n, :n], rates) if t else full
    design = None
    if boundary is not None:
        node_to_part, part_to_part = boundary
        node_to_part = np.asarray(node_to_part, dtype=float)
        p = node_to_part.shape[1] if node_to_part.ndim == 2 else 0
        if p:
            whole = np.zeros((n + t + p, n + t + p))
            whole[: n + t, : n + t] = matrix
            whole[: n + t, n + t :] = node_to_part
            whole[n + t :, : n + t] = node_to_part.T
            whole[n + t :, n + t :] = _square(part_to_part, p, QT_TR_NOOP("region part"))
            design = eca_numerators(np.concatenate([everything, np.zeros(p)]), whole, rates)
    b = a if pa_areas is None else np.asarray(pa_areas, dtype=float).ravel()
    return [
        _fractions(
            a,
            b,
            region_area,
            float(np.sqrt(full[k])),
            float(np.sqrt(inside[k])),
            None if design is None else float(np.sqrt(design[k])),
        )
        for k in range(len(rates))
    ]


def _fractions(a, b, region_area, eca, eca_in, eca_design):
    """The ProtConn values from the three ECAs (all nodes, units inside only, with the region's land)."""
    total = float(a.sum())
    eca = min(max(eca, eca_in), total)
    percent = 100.0 / region_area
    prot = total * percent
    pc = eca * percent
    within_units = float(np.sqrt(np.sum(a * a)))
    prot_part = within_units * percent
    trans = (eca - eca_in) * percent
    unprot_part = max(pc - prot_part - trans, 0.0)
    b = b[b > 0]
    if b.size and b.sum() > 0:
        within = float(np.sqrt(np.sum(b * b))) * percent * float(np.sqrt(total / b.sum()))
    else:
        within = prot_part
    within = min(within, prot_part)
    contig = prot_part - within
    design = prot  # one piece of land holding every unit: they all connect through it
    if eca_design is not None:
        design = min(max(eca_design * percent, pc), prot)
    unconn_design = design - pc
    bound = prot - unconn_design
    values = {
        "prot": prot,
        "unprot": 100.0 - prot,
        "protconn": pc,
        "protunconn": prot - pc,
        "protconn_prot": prot_part,
        "protconn_trans": trans,
        "protconn_unprot": unprot_part,
        "protconn_within": within,
        "protconn_contig": contig,
        "protconn_bound": bound,
    }
    # Differences of nearly equal square roots leave rounding noise: below 1e-10 percentage points it is 0.
    values = {key: (0.0 if abs(value) < _NOISE else value) for key, value in values.items()}
    return ProtConnResult(
        region_area=region_area,
        protected_area=total,
        eca=eca,
        protunconn_design=0.0 if abs(unconn_design) < _NOISE else unconn_design,
        relconn=100.0 * pc / prot if prot > 0 else 0.0,
        **values,
    )
