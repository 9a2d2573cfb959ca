# SPDX-FileCopyrightText: 2026 GPEC Connectivity contributors
# SPDX-License-Identifier: GPL-2.0-or-later
"""Pinch points in least-cost corridors, as Linkage Mapper's Pinchpoint Mapper maps them.

Method: McRae (2012), Pinchpoint Mapper Connectivity Analysis Software, The Nature Conservancy; McRae et al.
(2008), Ecology 89:2712-2724. For every link between two core areas, the corridor is truncated where its
normalized least-cost corridor (NLCC) exceeds a cut-off; Circuitscape's pairwise mode then runs inside the
truncated corridor with the two cores as focal regions, so current concentrates where the corridor narrows.
The current maps of all links are combined by their maximum, with the cores of each link left out (NoData), as
Linkage Mapper does. The effective resistance of a link is Circuitscape's resistance times the cell size
(``eff_resist``, comparable with ``cw_dist``), and ``cwd_to_eff_resist = cw_dist / eff_resist``. Optionally all
cores are solved at once in all-to-one mode across the whole truncated corridor network.
"""

from dataclasses import dataclass, field

import numpy as np

from .circuit import circuit_flow
from .corridors import core_distances
from .costdistance import check_resistance
from .errors import QT_TR_NOOP, InvalidInputError
from .progress import report, subrange

__all__ = ["PinchPointResult", "pinch_points"]


@dataclass
class PinchPointResult:
    """Result of :func:`pinch_points`.

    Attributes
    ----------
    current : ndarray
        Maximum over the links of the current density in each link's truncated corridor (NaN elsewhere and on
        the link's own cores).
    eff_resist : dict
        ``(core a, core b) -> effective resistance`` (NaN when the truncated corridor does not connect them).
    cw_dist : dict
        ``(core a, core b) -> cw_dist`` used for the truncation.
    all_to_one : ndarray or None
        Cumulative current of the all-to-one run across all truncated corridors (cores NaN), when requested.
    solver : str
    """

    current: np.ndarray
    eff_resist: dict = field(default_factory=dict)
    cw_dist: dict = field(default_factory=dict)
    all_to_one: np.ndarray = None
    solver: str = ""

    def cwd_to_eff_resist(self, pair):
        r = self.eff_resist.get(pair, np.nan)
        return self.cw_dist[pair] / r if np.isfinite(r) and r > 0 else np.nan


def _window(mask, margin=1):
    """Row and column slices of the bounding box of ``mask`` grown by ``margin`` cells."""
    rows = np.flatnonzero(mask.any(axis=1))
    cols = np.flatnonzero(mask.any(axis=0))
    return (
        slice(max(0, rows[0] - margin), rows[-1] + margin + 1),
        slice(max(0, cols[0] - margin), cols[-1] + margin + 1),
    )


def pinch_points(
    resistance,
    zones,
    links,
    *,
    width_cutoff,
    cellsize=1.0,
    four_neighbours=False,
    average_resistances=False,
    all_to_one=False,
    solver="auto",
    scratch_dir=None,
    distances=None,
    progress=None,
):
    """Current flow through each link's truncated least-cost corridor.

    Parameters
    ----------
    resistance : array_like, 2-D
        Positive resistance; NaN is NoData.
    zones : array_like of int
        Core label per cell (0 outside cores).
    links : sequence of (int, int)
        The core pairs to map (the kept links of a corridor run).
    width_cutoff : float, keyword-only
        Corridor cells whose NLCC exceeds this (cost units) are left out of the link's circuit.
    cellsize : float or (float, float), keyword-only
        Cell size; the effective resistance is multiplied by the cell width (Linkage Mapper's convention).
    four_neighbours, average_resistances, solver : keyword-only
        As for :func:`~gpec_connectivity.core.circuit.circuit_flow`.
    all_to_one : bool, keyword-only
        Also solve all cores at once in all-to-one mode across the union of the truncated corridors.
    scratch_dir : str, optional, keyword-only
        Memory-map the per-core cost distances there (large rasters).
    distances : CoreDistances, optional, keyword-only
        Per-core cost distances already computed on the same surface (e.g. by a corridor run), reused as they are.
    progress : callable, optional, keyword-only

    Returns
    -------
    PinchPointResult

    Examples
    --------
    A corridor one cell wide: four unit cells in series between two one-cell cores.

    >>> r = np.ones((3, 6)); r[[0, 2], 1:5] = np.nan
    >>> z = np.zeros((3, 6), int); z[1, 0] = 1; z[1, 5] = 2
    >>> res = pinch_points(r, z, [(1, 2)], width_cutoff=1.0)
    >>> float(res.eff_resist[(1, 2)])
    5.0
    """
    values = check_resistance(resistance)
    zones = np.asarray(zones)
    if width_cutoff is None or not width_cutoff > 0:
        raise InvalidInputError(
            QT_TR_NOOP("Pinch points need a positive corridor width cut-off (cost units).")
        )
    links = [tuple(sorted(pair)) for pair in links]
    if not links:
        raise InvalidInputError(QT_TR_NOOP("There are no kept links to map pinch points on."))
    labels = sorted({label for pair in links for label in pair})
    width = float(np.broadcast_to(np.asarray(cellsize, dtype=float), (2,))[1])
    steps = len(links) + (2 if all_to_one else 1)
    result = PinchPointResult(current=np.full(values.shape, np.nan))
    with core_distances(
        distances,
        values,
        zones,
        labels,
        cellsize=cellsize,
        four_neighbours=four_neighbours,
        scratch_dir=scratch_dir,
        progress=subrange(progress, 0.0, 1.0 / steps),
    ) as distances:
        network = np.zeros(values.shape, dtype=bool) if all_to_one else None
        work = np.empty(values.shape)
        for k, (a, b) in enumerate(links):
            result.cw_dist[(a, b)] = float(distances.cw[distances.index[a], distances.index[b]])
            cores = (zones == a) | (zones == b)
            corridor = distances.nlcc(a, b, out=work) <= width_cutoff
            if network is not None:
                network |= corridor
            mask = corridor | cores
            window = _window(mask)
            local = np.where(mask[window], values[window], np.nan)
            focal = np.where(zones[window] == a, 1, np.where(zones[window] == b, 2, 0))
            link_progress = subrange(progress, (k + 1) / steps, (k + 2) / steps)
            if not np.isfinite(result.cw_dist[(a, b)]):
                result.eff_resist[(a, b)] = np.nan
                report(link_progress, 1.0)
                continue
            flow = circuit_flow(
                local,
                focal,
                four_neighbours=four_neighbours,
                average_resistances=average_resistances,
                solver=solver,
                progress=link_progress,
            )
            result.solver = flow.solver
            result.eff_resist[(a, b)] = float(flow.resistances[0, 1]) * width
            current = np.where(cores[window], np.nan, flow.current)
            result.current[window] = np.fmax(result.current[window], current)
        del work
    if all_to_one:
        in_links = np.isin(zones, labels)
        mask = network | in_links
        window = _window(mask)
        local = np.where(mask[window], values[window], np.nan)
        focal = np.where(in_links[window], zones[window], 0)
        flow = circuit_flow(
            local,
            focal,
            mode="all_to_one",
            four_neighbours=four_neighbours,
            average_resistances=average_resistances,
            solver=solver,
            progress=subrange(progress, (steps - 1) / steps, 1.0),
        )
        result.all_to_one = np.full(values.shape, np.nan)
        result.all_to_one[window] = np.where(in_links[window], np.nan, flow.current)
    report(progress, 1.0)
    return result
