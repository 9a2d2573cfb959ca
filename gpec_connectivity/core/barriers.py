# SPDX-FileCopyrightText: 2026 GPEC Connectivity contributors
# SPDX-License-Identifier: GPL-2.0-or-later
"""Barriers whose restoration would most improve connectivity, as Linkage Mapper's Barrier Mapper detects them.

Method: McRae, Hall, Beier & Theobald (2012), "Where to restore ecological connectivity? Detecting barriers and
quantifying restoration benefits", PLoS ONE 7(12): e52604. A circular window of radius R centred on a cell is
imagined restored. The least-cost path between cores a and b through the restored window costs the smallest
cost-weighted distance from a on the window's edge, plus the same from b, plus the cost of crossing the window
(its diameter 2R times the restored resistance). The improvement score is how much that shortens the link's
least-cost distance, divided by the diameter (per unit of restored length) or raw; the map keeps the maximum over
the links, per radius, and over the radii.

Linkage Mapper takes the edge as an annulus between R - 1 and R map units and a restored resistance of 1, and
keeps negative values. Here the annulus is one cell thick (R minus the cell size to R), the restored resistance is
a parameter (default: the smallest resistance of the surface) and scores are never negative (restoring cannot
lengthen a path).
"""

from dataclasses import dataclass

import numpy as np
from scipy import ndimage

from .corridors import core_distances
from .costdistance import check_resistance
from .errors import QT_TR_NOOP, InvalidInputError
from .progress import report, subrange

__all__ = ["BarrierResult", "annulus", "barrier_scores", "detect_barriers"]


@dataclass
class BarrierResult:
    """Result of :func:`detect_barriers`.

    Attributes
    ----------
    radii : list of float
    per_radius : list of ndarray
        Improvement score per cell for each radius (maximum over links; NaN where a window edge is unreachable).
    best : ndarray
        Maximum over the radii.
    best_radius : ndarray
        The radius that gave ``best`` (NaN where ``best`` is NaN or zero).
    restored_resistance : float
    """

    radii: list
    per_radius: list
    best: np.ndarray
    best_radius: np.ndarray
    restored_resistance: float


def annulus(radius, cellsize=1.0):
    """Footprint of the cells whose centres lie between ``radius - cell size`` and ``radius`` of the centre.

    Examples
    --------
    >>> annulus(2.0).astype(int).tolist()
    [[0, 0, 1, 0, 0], [0, 1, 0, 1, 0], [1, 0, 0, 0, 1], [0, 1, 0, 1, 0], [0, 0, 1, 0, 0]]
    """
    dy, dx = np.broadcast_to(np.asarray(cellsize, dtype=float), (2,))
    if radius < min(dy, dx) - 1e-9:
        raise InvalidInputError(
            QT_TR_NOOP("The search radius {:g} is smaller than a cell; use a radius of at least one cell."),
            radius,
        )
    rows, cols = int(np.floor(radius / dy)), int(np.floor(radius / dx))
    y, x = np.mgrid[-rows : rows + 1, -cols : cols + 1]
    distance = np.hypot(y * dy, x * dx)
    return (distance <= radius + 1e-9) & (distance > radius - max(dy, dx) + 1e-9)


def barrier_scores(
    cwd_a,
    cwd_b,
    lcd,
    radius,
    *,
    cellsize=1.0,
    restored_resistance=1.0,
    per_diameter=True,
    edge_a=None,
    edge_b=None,
):
    """Improvement score of restoring a window of ``radius`` around every cell, for one pair of cores.

    Parameters
    ----------
    cwd_a, cwd_b : ndarray
        Cost-weighted distance from each core (``inf`` where unreachable).
    lcd : float
        Least-cost distance between the cores.
    radius : float
        Window radius in map units.
    restored_resistance : float, keyword-only
    per_diameter : bool, keyword-only
        Divide by the window diameter (default) or give the raw reduction of the least-cost distance.
    edge_a, edge_b : ndarray, optional, keyword-only
        Precomputed smallest CWD on each window's edge (reused across links sharing a core).

    Returns
    -------
    ndarray
        Score per cell, NaN where the window's edge cannot be reached from either core.

    Examples
    --------
    A 9-cell row, cores at both ends, a barrier of resistance 10 in the middle cell.

    >>> r = np.ones(9); r[4] = 10.0
    >>> cwd_a = np.concatenate([[0.0], np.cumsum((r[:-1] + r[1:]) / 2)])[None, :]
    >>> cwd_b = cwd_a[:, ::-1]
    >>> s = barrier_scores(cwd_a, cwd_b, float(cwd_a[0, -1]), 1.0, per_diameter=False)
    >>> float(s[0, 4])  # restoring 2 map units around the barrier saves (5.5 + 5.5) - 2
    9.0
    """
    diameter = 2.0 * radius
    ring = annulus(radius, cellsize)
    if edge_a is None:
        edge_a = ndimage.minimum_filter(cwd_a, footprint=ring, mode="constant", cval=np.inf)
    if edge_b is None:
        edge_b = ndimage.minimum_filter(cwd_b, footprint=ring, mode="constant", cval=np.inf)
    score = lcd - edge_a - edge_b - diameter * restored_resistance
    score[~(np.isfinite(edge_a) & np.isfinite(edge_b))] = np.nan
    np.maximum(score, 0.0, out=score, where=~np.isnan(score))
    if per_diameter:
        score /= diameter
    return score


def detect_barriers(
    resistance,
    zones,
    links,
    radii,
    *,
    cellsize=1.0,
    four_neighbours=False,
    restored_resistance=None,
    per_diameter=True,
    scratch_dir=None,
    distances=None,
    progress=None,
):
    """Barrier improvement scores for every link at every radius (Barrier Mapper).

    Parameters
    ----------
    resistance : array_like, 2-D
    zones : array_like of int
        Core label per cell.
    links : sequence of (int, int)
        Core pairs to evaluate (the kept links of a corridor run).
    radii : sequence of float
        Search radii in map units.
    restored_resistance : float, optional, keyword-only
        Resistance of a restored cell (default: the smallest resistance of the surface).
    per_diameter : bool, keyword-only
    cellsize, four_neighbours, scratch_dir, progress : keyword-only
    distances : CoreDistances, optional, keyword-only
        Per-core cost distances already computed on the same surface, reused as they are.

    Returns
    -------
    BarrierResult
    """
    values = check_resistance(resistance)
    zones = np.asarray(zones)
    radii = [float(r) for r in radii]
    if not radii or min(radii) <= 0:
        raise InvalidInputError(QT_TR_NOOP("Search radii must be positive."))
    links = [tuple(sorted(pair)) for pair in links]
    if not links:
        raise InvalidInputError(QT_TR_NOOP("There are no kept links to look for barriers on."))
    if restored_resistance is None:
        restored_resistance = float(np.nanmin(values))
    if not restored_resistance > 0:
        raise InvalidInputError(QT_TR_NOOP("The restored resistance must be positive."))
    labels = sorted({label for pair in links for label in pair})
    per_radius = []
    with core_distances(
        distances,
        values,
        zones,
        labels,
        cellsize=cellsize,
        four_neighbours=four_neighbours,
        scratch_dir=scratch_dir,
        progress=subrange(progress, 0.0, 0.5),
    ) as distances:
        for k, radius in enumerate(radii):
            ring = annulus(radius, cellsize)
            edges = {
                label: ndimage.minimum_filter(distances[label], footprint=ring, mode="constant", cval=np.inf)
                for label in labels
            }
            best = np.full(values.shape, np.nan)
            for a, b in links:
                lcd = float(distances.cw[distances.index[a], distances.index[b]])
                if not np.isfinite(lcd):
                    continue
                score = barrier_scores(
                    None,
                    None,
                    lcd,
                    radius,
                    cellsize=cellsize,
                    restored_resistance=restored_resistance,
                    per_diameter=per_diameter,
                    edge_a=edges[a],
                    edge_b=edges[b],
                )
                np.fmax(best, score, out=best)
            best[np.isnan(values)] = np.nan
            per_radius.append(best)
            report(progress, 0.5 + 0.5 * (k + 1) / len(radii))
    stack = np.stack(per_radius)
    overall = np.full(values.shape, np.nan)
    which = np.full(values.shape, np.nan)
    valid = ~np.all(np.isnan(stack), axis=0)
    if valid.any():
        filled = np.where(np.isnan(stack), -np.inf, stack)
        index = np.argmax(filled, axis=0)
        overall[valid] = np.take_along_axis(filled, index[None], axis=0)[0][valid]
        positive = valid & (overall > 0)
        which[positive] = np.asarray(radii)[index[positive]]
    report(progress, 1.0)
    return BarrierResult(
        radii=radii,
        per_radius=per_radius,
        best=overall,
        best_radius=which,
        restored_resistance=restored_resistance,
    )
