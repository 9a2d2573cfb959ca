# SPDX-FileCopyrightText: 2026 GPEC Connectivity contributors
# SPDX-License-Identifier: GPL-2.0-or-later
"""Polygons of a region or reporting unit to the plain inputs of the indicator cores.

:func:`unit_meshes` cuts reporting units with barriers into patches for effective mesh size
(:mod:`gpec_connectivity.core.meshsize`); :func:`protected_land` and :func:`region_network` turn protected
areas and a region into ProtConn's nodes, attributes and distances (:mod:`gpec_connectivity.core.protconn`).
Geometries are QgsGeometry in a projected working CRS; everything returned is numbers and numpy arrays.
"""

from dataclasses import dataclass

import numpy as np

from ..core.meshsize import effective_mesh_size
from ..core.network import check_network_memory
from ..core.progress import report
from .features import spatial_index
from .polygons import (
    areas,
    clip_one,
    clip_parts,
    dissolve,
    distance_matrix,
    edge_distance_pairs,
    polygon_parts,
    prepared,
)


def unit_meshes(units, barrier, method, km2, progress=None):
    """Effective mesh size of every unit for one barrier geometry (the union of all barrier footprints).

    Parameters
    ----------
    units : list of QgsGeometry
    barrier : QgsGeometry
        Possibly empty.
    method : {"cut", "cbc"}
        Cutting-out, or cross-boundary connections: the complete patches are those of all units together
        (Moser et al. 2007).
    km2 : float
        km2 per squared map unit (:func:`~gpec_connectivity.adapters.polygons.square_km`).

    Returns
    -------
    list of :class:`~gpec_connectivity.core.meshsize.MeshSize`, areas in km2.
    """
    results = []
    if method == "cbc":
        landscape = dissolve(units)
        land = landscape.difference(barrier) if not barrier.isEmpty() else landscape
        complete = polygon_parts(land)
        index = spatial_index(complete)
        whole = [part.area() * km2 for part in complete]
    for position, unit in enumerate(units):
        if method == "cbc":
            pieces, weights = [], []
            engine = prepared(unit)
            for k in sorted(index.intersects(unit.boundingBox())):
                for piece in clip_one(complete[k], engine, unit):
                    pieces.append(piece.area() * km2)
                    weights.append(whole[k])
            results.append(effective_mesh_size(pieces, unit.area() * km2, complete_areas=weights))
        else:
            land = unit.difference(barrier) if not barrier.isEmpty() else unit
            pieces = [part.area() * km2 for part in polygon_parts(land)]
            results.append(effective_mesh_size(pieces, unit.area() * km2))
        report(progress, (position + 1) / len(units))
    return results


@dataclass
class ProtectedLand:
    """Protected areas prepared once for every region: ``units`` (overlapping and adjoining areas dissolved,
    split into single polygons) and ``parts`` (the individual undissolved polygons), with spatial indexes."""

    units: list
    parts: list

    def __post_init__(self):
        self.unit_index = spatial_index(self.units)
        self.part_index = spatial_index(self.parts)


def protected_land(geometries):
    """:class:`ProtectedLand` of a list of protected-area geometries."""
    parts = [part for g in geometries for part in polygon_parts(g)]
    return ProtectedLand(units=polygon_parts(dissolve(geometries)), parts=parts)


@dataclass
class RegionNetwork:
    """ProtConn's inputs for one region (map units).

    Attributes
    ----------
    region_area : float
    unit_areas : ndarray
        Area inside the region of each protected unit (the attributes a_i).
    piece_areas : ndarray
        Area inside the region of each undissolved protected polygon (ProtConn_Within's b_m).
    nodes : list of QgsGeometry
        The units inside the region, then the transboundary stepping stones.
    transboundary : int
        How many of ``nodes`` are transboundary stepping stones (the last ones).
    boundary : tuple of (ndarray, ndarray) or None
        For a region of several parts: node-to-part and part-to-part edge distances (ProtConn_Bound).
    """

    region_area: float
    unit_areas: np.ndarray
    piece_areas: np.ndarray
    nodes: list
    transboundary: int
    boundary: tuple = None


def region_network(region, land, *, transboundary=True, buffer=0.0):
    """ProtConn's nodes of one region: protected units clipped to it and, with ``transboundary``, the protected
    land outside it within ``buffer`` as stepping stones (the outside part of an area crossing the border is a
    node of its own that touches its inside part, so that p = 1 between them; Saura et al. 2017).

    The parts of a multipart region are returned with their distances for ProtConn_Bound (edge to edge, whatever
    the distance type of the nodes). Returns None for a region without area.
    """
    area = region.area()
    if area <= 0:
        return None
    inside = clip_parts(land.units, land.unit_index, region)
    pieces = clip_parts(land.parts, land.part_index, region)
    trans = []
    if transboundary and buffer > 0 and land.units:
        zone = region.buffer(buffer, 16)
        near = clip_parts(land.units, land.unit_index, zone)
        engine = prepared(region)
        for piece in near:
            g = piece.constGet()
            if not engine.intersects(g):
                trans.append(piece)
            elif not engine.contains(g):
                trans.extend(polygon_parts(piece.difference(region)))
    nodes = inside + trans
    check_network_memory(len(nodes))
    parts = polygon_parts(region)
    boundary = None
    if nodes and len(parts) > 1:
        node_to_part = np.array([[node.distance(part) for part in parts] for node in nodes])
        part_to_part = distance_matrix(len(parts), edge_distance_pairs(parts))
        boundary = (node_to_part, part_to_part)
    return RegionNetwork(
        region_area=area,
        unit_areas=areas(inside),
        piece_areas=areas(pieces),
        nodes=nodes,
        transboundary=len(trans),
        boundary=boundary,
    )
