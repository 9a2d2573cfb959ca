# SPDX-FileCopyrightText: 2026 GPEC Connectivity contributors
# SPDX-License-Identifier: GPL-2.0-or-later
"""Generate the GPEC Connectivity training landscape.

The landscape is fictional: a 100 km x 100 km piece of Central Asian steppe, foothills and
mountains shared by two invented countries, the Republic of Ardana (ARD, northern plains) and the
Republic of Sarytau (SRT, southern mountains). Nothing is copied from real data sets.

Reproducibility
    Everything is derived from ``SEED = 20260417``. Each component (elevation, rivers, each
    protected area, land cover, ...) draws from its own stream
    ``numpy.random.default_rng([SEED, crc32(component name)])`` so that the components do not
    depend on each other's random draws. Two runs give identical raster arrays and identical
    vector features and attributes (file bytes of the GeoPackage and the project may differ in
    timestamps).

Usage
    ``/usr/bin/python3 resources/training/generate.py [OUTDIR] [--no-project] [--styles-dir DIR]``

    Writes ``landcover.tif``, ``training.gpkg`` and ``profiles/*.csv`` into OUTDIR (default: the
    folder of this script) and, unless ``--no-project`` is given, the QML styles and
    ``training.qgz`` (PyQGIS, run headless). Styles go to ``resources/styles`` when OUTDIR is the
    default and to ``OUTDIR/styles`` otherwise, unless ``--styles-dir`` says where.

Grid
    EPSG:32642 (WGS 84 / UTM zone 42N), 1000 x 1000 cells of 100 m, x 600000..700000,
    y 4700000..4800000, north-up. Internally the script works in "landscape kilometres":
    x_km = (x - 600000) / 1000 eastwards and y_km = (y - 4700000) / 1000 northwards.
"""

import argparse
import csv
import os
import sys
import zlib
from pathlib import Path

import numpy as np
from osgeo import gdal, ogr, osr
from scipy import ndimage
from scipy.spatial import cKDTree

gdal.UseExceptions()
ogr.UseExceptions()
osr.UseExceptions()

SEED = 20260417
EPSG = 32642
NCELL = 1000
CELL = 100.0
XMIN = 600000.0
YMIN = 4700000.0
SIZE_KM = NCELL * CELL / 1000.0
GEOTRANSFORM = (XMIN, CELL, 0.0, YMIN + NCELL * CELL, 0.0, -CELL)

FOREST, SHRUB, STEPPE, CROP, URBAN, WATER, WETLAND, ROCK, GLACIER = range(1, 10)
LANDCOVER_CLASSES = {
    FOREST: ("Forest", "#2e6b30"),
    SHRUB: ("Shrubland", "#98a94f"),
    STEPPE: ("Steppe grassland", "#e8dfa6"),
    CROP: ("Cropland", "#e8b04e"),
    URBAN: ("Urban", "#b23a3a"),
    WATER: ("Water", "#2f7fc1"),
    WETLAND: ("Wetland", "#6cbfae"),
    ROCK: ("Bare rock", "#9d958a"),
    GLACIER: ("Glacier and permanent snow", "#eef5fb"),
}

# The tables below are laid out by hand for reading; keep the formatter away from them.
# fmt: off
# Species resistance profiles: class -> resistance (>= 1). See README.md for the rationale.
PROFILES = {
    "ungulate": {
        FOREST: 20, SHRUB: 2, STEPPE: 1, CROP: 15, URBAN: 1000,
        WATER: 500, WETLAND: 50, ROCK: 30, GLACIER: 1000,
    },
    "large_carnivore": {
        FOREST: 3, SHRUB: 2, STEPPE: 3, CROP: 30, URBAN: 1000,
        WATER: 300, WETLAND: 40, ROCK: 2, GLACIER: 150,
    },
    "forest_mammal": {
        FOREST: 1, SHRUB: 5, STEPPE: 50, CROP: 80, URBAN: 1000,
        WATER: 500, WETLAND: 60, ROCK: 150, GLACIER: 1000,
    },
}

COUNTRIES = {
    "ARD": "Republic of Ardana",
    "SRT": "Republic of Sarytau",
}

# Settlements: name, country, (x_km, y_km), population.
SETTLEMENTS = [
    ("Ortakent", "ARD", (62.4, 65.9), 126400),
    ("Karakamys", "ARD", (90.0, 76.3), 47300),
    ("Kyzylzhar", "ARD", (48.4, 51.0), 33100),
    ("Belagash", "ARD", (25.2, 77.0), 21200),
    ("Akbeit", "ARD", (71.0, 57.5), 7400),
    ("Kenbulak", "ARD", (59.2, 80.6), 4200),
    ("Taukent", "SRT", (39.3, 33.2), 64800),
    ("Esikbulak", "SRT", (74.3, 35.4), 18500),
    ("Zhelsu", "SRT", (18.2, 31.7), 5600),
]

# Rivers: control points (km) from source to mouth. Tributaries end on the main river.
MAIN_RIVER = "Kokozen River"
RIVER_POINTS = {
    MAIN_RIVER: [
        (31.5, 14.5), (33.5, 18.5), (36.4, 23.4), (38.4, 27.5), (40.2, 31.0), (40.9, 34.3),
        (41.7, 37.2), (42.6, 40.5), (43.3, 43.8), (45.0, 47.2), (47.4, 49.9), (51.5, 54.5),
        (56.5, 60.0), (61.0, 64.6), (65.5, 69.4), (69.8, 73.5), (73.5, 77.5), (77.0, 81.5),
        (80.2, 85.3), (81.4, 86.6),
    ],
    "Zhelsu River": [
        (7.0, 17.0), (9.5, 21.5), (12.4, 26.4), (15.5, 29.4), (19.0, 30.5), (24.0, 32.9),
        (30.0, 34.9), (35.5, 36.5), (39.5, 36.9), (41.7, 37.2),
    ],
    "Tasbulak River": [
        (80.0, 15.5), (78.8, 20.0), (77.3, 24.5), (76.5, 28.0), (75.9, 31.5), (75.6, 34.2),
        (74.6, 39.0), (73.4, 44.5), (72.6, 49.6), (72.3, 53.0), (72.4, 57.0), (71.8, 62.0),
        (71.2, 67.0), (70.6, 71.0), (69.8, 73.5),
    ],
    "Karasu River": [
        (8.5, 91.5), (11.5, 87.5), (15.5, 83.0), (20.0, 79.5), (24.5, 76.2), (30.5, 74.0),
        (37.0, 72.6), (44.0, 71.2), (51.0, 69.3), (57.0, 67.2), (61.0, 64.6),
    ],
    "Ashchysu Brook": [
        (52.5, 88.5), (55.5, 85.0), (58.3, 81.8), (61.5, 78.4), (64.0, 75.0), (65.6, 72.0),
        (65.5, 69.4),
    ],
}
# name: (stream order, width m, valley half-width km, meander amplitude km, meander wavelength km)
RIVER_PARAMS = {
    MAIN_RIVER: (4, 60.0, 3.0, 0.45, 5.0),
    "Zhelsu River": (3, 20.0, 2.0, 0.3, 3.5),
    "Tasbulak River": (3, 25.0, 2.0, 0.35, 4.0),
    "Karasu River": (3, 15.0, 1.6, 0.35, 3.5),
    "Ashchysu Brook": (2, 8.0, 1.2, 0.25, 2.5),
}
# Width of the main river per segment, numbered from the source (split at confluences).
MAIN_SEGMENTS = [(3, 25.0), (4, 45.0), (4, 60.0), (4, 65.0), (4, 80.0)]
LAKE = {"name": "Lake Karakamys", "centre": (84.0, 88.6), "radii": (4.6, 3.7)}

# Dams: name, river, (x_km, y_km) near the river, status, height m, reservoir length km and
# half-width km at the dam (a planned dam has no reservoir in the land cover).
DAMS = [
    ("Taukent Dam", MAIN_RIVER, (38.4, 27.5), "existing", 115.0, 6.5, 0.8),
    ("Esik Dam", "Tasbulak River", (76.5, 28.0), "existing", 42.0, 2.8, 0.4),
    ("Zhelsu Dam", "Zhelsu River", (12.4, 26.4), "planned", 140.0, 0.0, 0.0),
]

# Protected areas. shape: list of blobs (cx, cy, rx, ry, rotation deg, roughness); "shape_key"
# shares one random outline between the two halves of a transboundary park split by the border;
# "gap" keeps the PA this many km away from the border (the fenced steppe pair).
TB_RIDGE = "Western Ridge Transboundary Park"
TB_STEPPE = "Akzhar-Betpak Transboundary Steppe Complex"
PROTECTED_AREAS = [
    {
        "pa_id": 1, "name": "Akzhar Steppe Nature Reserve", "iucn_cat": "Ia", "country": "ARD",
        "designation": "Zapovednik (strict nature reserve)", "transboundary": TB_STEPPE,
        "blobs": [(86.5, 56.0, 10.0, 9.0, 10.0, 0.10)], "gap": 0.3,
    },
    {
        "pa_id": 2, "name": "Kulanshy Steppe Wildlife Sanctuary", "iucn_cat": "IV",
        "country": "ARD", "designation": "Zakaznik (wildlife sanctuary)", "transboundary": None,
        "blobs": [(11.0, 63.2, 8.5, 7.0, -15.0, 0.12)],
    },
    {
        "pa_id": 3, "name": "Tuzkol Saline Lakes Natural Monument", "iucn_cat": "III",
        "country": "ARD", "designation": "Natural monument", "transboundary": None,
        "blobs": [
            (30.0, 58.6, 1.25, 0.95, 20.0, 0.10),
            (35.2, 62.4, 1.05, 0.85, -30.0, 0.10),
            (39.6, 57.4, 1.15, 0.9, 60.0, 0.10),
        ],
    },
    {
        "pa_id": 4, "name": "Lake Karakamys Ramsar Site", "iucn_cat": "IV", "country": "ARD",
        "designation": "Ramsar site (wetland of international importance)", "transboundary": None,
        "blobs": [(84.8, 89.2, 9.8, 8.0, 5.0, 0.08)],
    },
    {
        "pa_id": 5, "name": "Kokozen Delta Zapovednik", "iucn_cat": "Ia", "country": "ARD",
        "designation": "Zapovednik (strict nature reserve)", "transboundary": None,
        "blobs": [(75.2, 80.6, 5.0, 3.6, 40.0, 0.08)],
    },
    {
        "pa_id": 6, "name": "Shokpar Hills Nature Park", "iucn_cat": "V", "country": "ARD",
        "designation": "Nature park (protected landscape)", "transboundary": None,
        "blobs": [(50.0, 89.5, 9.0, 6.2, -10.0, 0.12)],
    },
    {
        "pa_id": 7, "name": "Karagai Ridge National Park", "iucn_cat": "II", "country": "ARD",
        "designation": "National Park", "transboundary": TB_RIDGE,
        "blobs": [(17.5, 45.2, 13.5, 8.6, -4.0, 0.10)], "shape_key": "ridge",
    },
    {
        "pa_id": 8, "name": "Sarytau Ridge National Park", "iucn_cat": "II", "country": "SRT",
        "designation": "National Park", "transboundary": TB_RIDGE,
        "blobs": [(17.5, 45.2, 13.5, 8.6, -4.0, 0.10)], "shape_key": "ridge",
    },
    {
        "pa_id": 9, "name": "Kokozen Headwaters Zapovednik", "iucn_cat": "Ia", "country": "SRT",
        "designation": "Zapovednik (strict nature reserve)", "transboundary": None,
        "blobs": [(36.6, 12.2, 8.2, 7.6, 15.0, 0.10)],
    },
    {
        "pa_id": 10, "name": "Zhetykol Wilderness Area", "iucn_cat": "Ib", "country": "SRT",
        "designation": "Wilderness area", "transboundary": None,
        "blobs": [(14.3, 16.0, 12.5, 13.0, 0.0, 0.10)],
    },
    {
        "pa_id": 11, "name": "Archaly Juniper Forest Reserve", "iucn_cat": "IV", "country": "SRT",
        "designation": "State forest reserve", "transboundary": None,
        "blobs": [(56.0, 24.0, 5.6, 3.9, 20.0, 0.12)],
    },
    {
        "pa_id": 12, "name": "Betpak Steppe Wildlife Refuge", "iucn_cat": "IV", "country": "SRT",
        "designation": "Wildlife refuge", "transboundary": TB_STEPPE,
        "blobs": [(88.0, 43.5, 9.0, 5.8, 5.0, 0.10)], "gap": 0.3,
    },
    {
        "pa_id": 13, "name": "Esik Community Pasture Reserve", "iucn_cat": "VI", "country": "SRT",
        "designation": "Community-managed pasture reserve", "transboundary": None,
        "blobs": [(84.5, 14.2, 12.8, 9.2, -8.0, 0.10)],
    },
    {
        "pa_id": 14, "name": "Kyzyltas Snow Leopard Sanctuary", "iucn_cat": "IV",
        "country": "SRT", "designation": "Zakaznik (wildlife sanctuary)", "transboundary": None,
        "blobs": [(58.5, 9.5, 7.5, 5.6, 0.0, 0.12)],
    },
]

# Roads: class, name, waypoints (km); wiggle amplitude grows from motorway to track.
ROAD_SPECS = {
    "motorway": (30.0, 1000.0, 0.05),
    "primary": (12.0, 300.0, 0.08),
    "secondary": (7.0, 60.0, 0.12),
    "track": (4.0, 5.0, 0.15),
}
ROADS = [
    ("motorway", "M-1 Steppe Motorway", [
        (0.0, 80.9), (10.0, 79.6), (25.2, 77.0), (33.0, 75.6), (45.0, 73.2), (55.0, 69.9),
        (62.4, 65.9), (68.5, 68.0), (75.5, 70.8), (83.0, 73.9), (90.0, 76.3), (100.0, 77.6),
    ]),
    ("primary", "A-2 Kokozen Valley Road", [
        (62.4, 65.9), (57.2, 61.2), (52.7, 56.0), (48.4, 51.0), (45.3, 47.6), (43.9, 44.1),
        (43.3, 40.6), (42.3, 37.5), (39.3, 33.2), (39.6, 30.4), (38.7, 28.0),
    ]),
    ("primary", "A-3 Mountain Front Road", [
        (39.3, 33.2), (47.0, 33.7), (55.0, 34.4), (63.0, 35.0), (69.5, 35.3), (74.3, 35.4),
        (83.0, 33.6), (92.0, 32.7), (100.0, 31.6),
    ]),
    ("secondary", "B-11 Zhelsu Valley Road", [
        (39.3, 33.2), (34.0, 34.5), (27.0, 33.2), (22.0, 32.3), (18.2, 31.7),
    ]),
    ("secondary", "B-12 Belagash-Kyzylzhar Road", [
        (25.2, 77.0), (28.2, 70.5), (33.0, 65.6), (38.5, 60.8), (43.5, 55.4), (48.4, 51.0),
    ]),
    ("secondary", "B-14 Akbeit Road", [
        (48.4, 51.0), (55.0, 52.6), (62.0, 54.8), (67.5, 56.5), (71.0, 57.5), (73.4, 63.0),
        (74.6, 69.6), (75.5, 70.8),
    ]),
    ("secondary", "B-15 Kenbulak Road", [
        (62.4, 65.9), (61.2, 72.8), (59.2, 80.6), (62.0, 88.8), (63.8, 100.0),
    ]),
    ("secondary", "B-16 Esik Dam Road", [(74.3, 35.4), (75.4, 32.0), (76.0, 28.6)]),
    ("secondary", "B-17 Karakamys North Road", [(90.0, 76.3), (95.5, 86.0), (97.5, 100.0)]),
    ("track", "Zhelsu Gorge Track", [(18.2, 31.7), (14.8, 28.6), (12.9, 26.0), (10.6, 22.0)]),
    ("track", "Karagai Ridge Track", [
        (48.4, 51.0), (40.0, 49.6), (30.0, 49.3), (20.0, 50.4), (10.0, 50.0), (3.5, 51.2),
    ]),
    ("track", "Lake Shore Track", [(90.0, 76.3), (87.8, 80.6), (89.6, 84.0)]),
    ("track", "Betpak Steppe Track", [(74.3, 35.4), (81.0, 38.8), (88.5, 41.2), (95.0, 42.3)]),
    ("track", "Shokpar Hills Track", [(59.2, 80.6), (55.0, 85.8), (50.8, 88.6)]),
    ("track", "Kulanshy Steppe Track", [(25.2, 77.0), (17.5, 70.5), (11.5, 64.5), (6.0, 58.5)]),
    ("track", "Headwaters Track", [(38.7, 28.0), (40.4, 24.6), (38.8, 21.0), (36.0, 18.0)]),
    ("track", "Archaly Forest Track", [(55.0, 34.4), (56.2, 29.5), (56.6, 25.5)]),
    ("track", "Kyzyltas Valley Track", [(63.0, 35.0), (61.5, 28.0), (59.8, 20.5), (58.8, 14.0)]),
]
RAILWAY = ("Kokozen Valley Railway", [
    (100.0, 78.9), (90.3, 77.0), (82.5, 74.6), (75.3, 71.9), (68.4, 69.2), (62.9, 66.9),
    (57.8, 61.9), (53.3, 56.7), (48.9, 51.9), (45.8, 48.0), (44.2, 44.2), (43.6, 40.7),
    (42.7, 37.3), (40.3, 34.0),
])
HIGHWAY = {
    "A": [(62.4, 65.9), (64.6, 59.0), (67.4, 51.0), (70.6, 43.0), (74.3, 35.4)],
    "B": [
        (62.4, 65.9), (57.6, 61.8), (53.1, 56.6), (48.9, 51.6), (45.9, 47.9), (44.4, 44.4),
        (43.8, 40.8), (43.2, 37.0), (44.5, 34.6), (50.0, 33.0), (58.0, 33.6), (66.0, 34.2),
        (74.3, 35.4),
    ],
}
# The border: west part follows the crest of the front ridge, east part is a kinked line
# across the steppe.
BORDER_RIDGE_END_X = 43.3
BORDER_STEPPE = [
    (46.5, 45.3), (52.5, 47.3), (60.0, 47.6), (66.5, 49.2), (72.6, 49.6), (79.0, 48.2),
    (88.0, 48.5), (94.0, 49.6), (100.0, 50.4),
]
FENCE_X = (50.5, 97.5)

# GeoPackage layers: name -> (geometry type, [(field, Python type)]), in writing order.
LAYER_SCHEMAS = {
    "study_area": (ogr.wkbPolygon, [("name", str)]),
    "countries": (ogr.wkbMultiPolygon, [("name", str), ("iso_code", str)]),
    "border": (ogr.wkbLineString, [("name", str)]),
    "protected_areas": (ogr.wkbMultiPolygon, [("pa_id", int), ("name", str), ("iucn_cat", str),
                                              ("country", str), ("designation", str),
                                              ("transboundary", str)]),
    "roads": (ogr.wkbLineString, [("road_class", str), ("name", str), ("width_m", float),
                                  ("resistance", float)]),
    "railways": (ogr.wkbLineString, [("name", str), ("status", str), ("width_m", float),
                                     ("resistance", float)]),
    "fences": (ogr.wkbLineString, [("name", str), ("fence_type", str), ("resistance", float)]),
    "rivers": (ogr.wkbLineString, [("name", str), ("stream_order", int), ("width_m", float)]),
    "dams": (ogr.wkbPoint, [("name", str), ("status", str), ("height_m", float), ("river", str)]),
    "settlements": (ogr.wkbPoint, [("name", str), ("population", int)]),
    "proposed_highway": (ogr.wkbLineString, [("alignment", str), ("name", str), ("lanes", int),
                                             ("width_m", float), ("resistance", float)]),
}
# fmt: on


# ----------------------------------------------------------------------------------------------
# Generic helpers
# ----------------------------------------------------------------------------------------------


def rng_for(name):
    """Return the random generator of one component."""
    return np.random.default_rng([SEED, zlib.crc32(name.encode("utf-8"))])


def grid_km():
    """Return x and y of the cell centres in landscape km (row 0 is the north edge)."""
    centres = (np.arange(NCELL) + 0.5) * CELL / 1000.0
    return np.meshgrid(centres, SIZE_KM - centres)


def km_to_rowcol(x, y):
    """Return fractional (row, col) of landscape-km coordinates, cell centres at integers."""
    return (SIZE_KM - np.asarray(y)) * 10.0 - 0.5, np.asarray(x) * 10.0 - 0.5


def km_to_cell(x, y):
    """Return integer (row, col) of the cells containing the points, clipped to the grid."""
    row = np.clip(np.floor((SIZE_KM - np.asarray(y)) * 10.0).astype(int), 0, NCELL - 1)
    col = np.clip(np.floor(np.asarray(x) * 10.0).astype(int), 0, NCELL - 1)
    return row, col


def smoothstep(t):
    """Return the cubic smoothstep of t clipped to [0, 1]."""
    t = np.clip(t, 0.0, 1.0)
    return t * t * (3.0 - 2.0 * t)


def smooth_noise(rng, sigma_km):
    """Return Gaussian-smoothed white noise with zero mean and unit standard deviation.

    `sigma_km` is a scalar or a (north-south, east-west) pair for elongated features. The noise
    is drawn on a coarse grid and interpolated, which is fast for large sigmas.
    """
    sigma_cells = np.broadcast_to(np.asarray(sigma_km, dtype=float) * 10.0, (2,))
    factor = max(1, int(sigma_cells.min() // 4))
    n = NCELL // factor + 8
    coarse = ndimage.gaussian_filter(rng.standard_normal((n, n)), sigma_cells / factor, mode="wrap")
    fine = ndimage.zoom(coarse, factor, order=3, mode="grid-wrap", grid_mode=True)
    fine = fine[2 * factor : 2 * factor + NCELL, 2 * factor : 2 * factor + NCELL]
    return (fine - fine.mean()) / fine.std()


def chainage(line):
    """Return the cumulative length along a polyline (same unit as the coordinates)."""
    steps = np.hypot(*np.diff(line, axis=0).T)
    return np.concatenate([[0.0], np.cumsum(steps)])


def resample(line, spacing):
    """Return the polyline resampled at (almost) regular spacing, keeping both ends."""
    s = chainage(line)
    n = max(2, int(np.ceil(s[-1] / spacing)) + 1)
    t = np.linspace(0.0, s[-1], n)
    return np.column_stack([np.interp(t, s, line[:, 0]), np.interp(t, s, line[:, 1])])


def spline(points, spacing=0.05):
    """Return a Catmull-Rom spline through the points, sampled about every `spacing` km."""
    p = np.asarray(points, dtype=float)
    if len(p) == 2:
        return resample(p, spacing)
    padded = np.vstack([2 * p[0] - p[1], p, 2 * p[-1] - p[-2]])
    parts = []
    for i in range(1, len(padded) - 2):
        p0, p1, p2, p3 = padded[i - 1 : i + 3]
        n = max(2, int(np.ceil(np.hypot(*(p2 - p1)) / spacing)))
        t = np.linspace(0.0, 1.0, n, endpoint=False)[:, None]
        parts.append(
            0.5
            * (
                2 * p1
                + (p2 - p0) * t
                + (2 * p0 - 5 * p1 + 4 * p2 - p3) * t**2
                + (3 * p1 - p0 - 3 * p2 + p3) * t**3
            )
        )
    parts.append(p[-1:])
    return resample(np.vstack(parts), spacing)


def normals(line):
    """Return unit normals (pointing left of the direction of travel) of a polyline."""
    d = np.gradient(line, axis=0)
    d /= np.hypot(d[:, 0], d[:, 1])[:, None]
    return np.column_stack([-d[:, 1], d[:, 0]])


def wiggle(line, rng, amplitude, wavelength, taper_km=1.5):
    """Return the polyline displaced sideways by a smooth random offset, ends kept in place."""
    s = chainage(line)
    offset = np.zeros(len(line))
    for k in range(3):
        lam = wavelength * rng.uniform(0.6, 1.4) / (1 + k)
        amp = amplitude * rng.uniform(0.5, 1.0) / (1 + k)
        offset += amp * np.sin(2 * np.pi * s / lam + rng.uniform(0, 2 * np.pi))
    taper = smoothstep(np.minimum(s, s[-1] - s) / taper_km)
    return line + normals(line) * (offset * taper)[:, None]


def line_cells(line):
    """Return (rows, cols) of a 4-connected chain of cells following a polyline."""
    pts = resample(line, 0.02)
    rows, cols = km_to_cell(pts[:, 0], pts[:, 1])
    keep = np.ones(len(rows), dtype=bool)
    keep[1:] = (rows[1:] != rows[:-1]) | (cols[1:] != cols[:-1])
    out = [(rows[0], cols[0])]
    for r, c in zip(rows[keep][1:], cols[keep][1:]):
        pr, pc = out[-1]
        if r != pr and c != pc:
            out.append((pr, c))
        out.append((r, c))
    rc = np.array(out)
    return rc[:, 0], rc[:, 1]


def cells_near_line(line, max_km):
    """Return a mask of cells whose centre lies within `max_km` of the polyline."""
    tree = cKDTree(resample(line, 0.005))
    mask = np.zeros((NCELL, NCELL), dtype=bool)
    rows, cols = line_cells(line)
    mask[rows, cols] = True
    cand = np.argwhere(ndimage.binary_dilation(mask, iterations=2))
    xy = np.column_stack([(cand[:, 1] + 0.5) / 10.0, SIZE_KM - (cand[:, 0] + 0.5) / 10.0])
    dist, _ = tree.query(xy)
    near = cand[dist <= max_km]
    mask[near[:, 0], near[:, 1]] = True
    return mask


def nearest_index(line, xy):
    """Return the index of the polyline vertex nearest to a point."""
    return int(np.argmin(np.hypot(line[:, 0] - xy[0], line[:, 1] - xy[1])))


def blob(rng, cx, cy, rx, ry, rotation=0.0, roughness=0.1, n=180):
    """Return a closed, star-shaped irregular outline (km) around a centre."""
    t = np.linspace(0.0, 2 * np.pi, n, endpoint=False)
    r = np.ones(n)
    for k in range(2, 8):
        r += roughness * rng.uniform(0.3, 1.0) / (k - 1) * np.cos(k * t + rng.uniform(0, 2 * np.pi))
    a = np.radians(rotation)
    x, y = rx * r * np.cos(t), ry * r * np.sin(t)
    pts = np.column_stack([cx + x * np.cos(a) - y * np.sin(a), cy + x * np.sin(a) + y * np.cos(a)])
    return np.vstack([pts, pts[:1]])


# ----------------------------------------------------------------------------------------------
# OGR geometry helpers (output coordinates in metres)
# ----------------------------------------------------------------------------------------------


def to_metres(pts):
    """Return landscape-km points as projected metres rounded to 1 cm."""
    pts = np.asarray(pts, dtype=float)
    return np.round(np.column_stack([XMIN + pts[:, 0] * 1000.0, YMIN + pts[:, 1] * 1000.0]), 2)


def ogr_line(pts):
    """Return an OGR LineString from landscape-km points."""
    geom = ogr.Geometry(ogr.wkbLineString)
    for x, y in to_metres(pts):
        geom.AddPoint_2D(float(x), float(y))
    return geom


def ogr_point(xy):
    """Return an OGR Point from a landscape-km point."""
    geom = ogr.Geometry(ogr.wkbPoint)
    x, y = to_metres([xy])[0]
    geom.AddPoint_2D(float(x), float(y))
    return geom


def ogr_polygon(ring):
    """Return an OGR Polygon from a closed landscape-km ring."""
    r = ogr.Geometry(ogr.wkbLinearRing)
    for x, y in to_metres(ring):
        r.AddPoint_2D(float(x), float(y))
    r.CloseRings()
    geom = ogr.Geometry(ogr.wkbPolygon)
    geom.AddGeometry(r)
    return geom


def as_multipolygon(geom, min_area_ha=0.0):
    """Return geom as a MultiPolygon without parts smaller than `min_area_ha`."""
    geom = ogr.ForceToMultiPolygon(geom)
    out = ogr.Geometry(ogr.wkbMultiPolygon)
    for i in range(geom.GetGeometryCount()):
        part = geom.GetGeometryRef(i)
        if part.GetArea() / 1e4 >= min_area_ha:
            out.AddGeometry(part)
    return out


def rasterize(geoms_values):
    """Burn (OGR geometry, integer value) pairs into a grid-aligned UInt16 array (0 = none)."""
    srs = spatial_reference()
    ds = gdal.GetDriverByName("MEM").Create("", NCELL, NCELL, 1, gdal.GDT_UInt16)
    ds.SetGeoTransform(GEOTRANSFORM)
    ds.SetProjection(srs.ExportToWkt())
    mem = ogr.GetDriverByName("Memory").CreateDataSource("")
    layer = mem.CreateLayer("burn", srs, ogr.wkbUnknown)
    layer.CreateField(ogr.FieldDefn("v", ogr.OFTInteger))
    for geom, value in geoms_values:
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetGeometry(geom)
        feature.SetField("v", int(value))
        layer.CreateFeature(feature)
    gdal.RasterizeLayer(ds, [1], layer, options=["ATTRIBUTE=v"])
    return ds.GetRasterBand(1).ReadAsArray()


def spatial_reference():
    """Return the EPSG:32642 spatial reference (traditional x/y axis order)."""
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(EPSG)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return srs


# ----------------------------------------------------------------------------------------------
# Rivers and elevation
# ----------------------------------------------------------------------------------------------


def build_rivers():
    """Return the river centre lines (km), main river first, tributaries ending on it."""
    rivers = {}
    for name, points in RIVER_POINTS.items():
        order, width, valley, amplitude, wavelength = RIVER_PARAMS[name]
        line = spline(points, 0.02)
        line = wiggle(line, rng_for("river " + name), amplitude, wavelength)
        if name != MAIN_RIVER:
            main = rivers[MAIN_RIVER]["line"]
            line[-1] = main[nearest_index(main, points[-1])]
        rivers[name] = {
            "line": line,
            "order": order,
            "width": width,
            "valley": valley,
        }
    return rivers


def front_ridge_crest(x):
    """Return the y (km) of the crest of the front ridge that carries the western border."""
    return 45.0 + 1.6 * np.sin(x / 7.0 + 0.5) + 0.8 * np.sin(x / 3.1 + 1.3) - 0.05 * x


def ridged(rng, sigma_km):
    """Return ridged noise in [0, 1]: sharp crests where smooth noise crosses zero."""
    return np.clip(1.0 - np.abs(smooth_noise(rng, sigma_km)) / 2.2, 0.0, 1.0)


def initial_elevation():
    """Return the elevation (m) before the river valleys are carved."""
    rng = rng_for("elevation")
    x, y = grid_km()
    lx, ly = LAKE["centre"]
    base = 392.0 + 4.2 * np.hypot(x - lx, y - ly) + 4.5 * np.clip(60.0 - y, 0.0, None)

    crest = front_ridge_crest(x)
    ridge_h = 1550.0 * (0.8 + 0.2 * np.sin(x / 4.3 + 0.4)) * (1.0 - smoothstep((x - 40.0) / 12.0))
    dy = y - crest
    ridge = ridge_h * np.exp(-((dy / np.where(dy > 0, 3.0, 4.2)) ** 2))
    ridge *= 0.7 + 0.45 * ridged(rng, 1.2)

    yc = 11.0 + 2.5 * np.sin(x / 13.0 + 0.7)
    height = 3050.0 + 400.0 * np.sin(x / 9.0 + 1.0) + 250.0 * smooth_noise(rng, 8.0)
    dy = y - yc
    envelope = np.exp(-((dy / np.where(dy > 0, 13.5, 9.0)) ** 2))
    rough = 0.4 + 0.55 * ridged(rng, (3.5, 1.3)) + 0.18 * ridged(rng, 0.7)
    mountains = height * envelope * rough

    hills = np.zeros_like(x)
    for cx, cy, h, sigma in [(50.0, 89.5, 720.0, 5.5), (7.0, 93.0, 430.0, 7.0), (91.0, 41.0, 220.0, 5.0)]:
        hills += h * np.exp(-((x - cx) ** 2 + (y - cy) ** 2) / (2 * sigma**2))
    hills *= 0.7 + 0.5 * ridged(rng, 1.0)

    plains = 35.0 * smooth_noise(rng, 3.0) + 10.0 * smooth_noise(rng, 0.8)
    return base + ridge + mountains + hills + plains


def river_beds(rivers, elevation):
    """Attach a smooth, monotonically falling bed profile (m) to every river."""
    for name, river in rivers.items():
        line = river["line"]
        s = chainage(line)
        rows, cols = km_to_rowcol(line[:, 0], line[:, 1])
        along = ndimage.map_coordinates(elevation, [rows, cols], order=1, mode="nearest")
        along = ndimage.gaussian_filter1d(along, 50, mode="nearest")
        bed = np.minimum.accumulate(along + 2.0 * s) - 2.0 * s
        bed = np.minimum(bed, ndimage.gaussian_filter1d(bed, 100, mode="nearest")) - 8.0
        if name != MAIN_RIVER:
            main = rivers[MAIN_RIVER]
            confluence = main["bed"][nearest_index(main["line"], line[-1])]
            bed = np.maximum(bed, confluence + 0.5)
        river["bed"] = bed
        river["s"] = s


def carve_valleys(rivers, elevation):
    """Return elevation with river valleys carved and the nearest-river lookup grids."""
    bed = np.full((NCELL, NCELL), np.nan)
    width = np.zeros((NCELL, NCELL))
    river_id = np.full((NCELL, NCELL), -1, dtype=int)
    river_s = np.zeros((NCELL, NCELL))
    for i, river in enumerate(rivers.values()):
        rows, cols = km_to_cell(river["line"][:, 0], river["line"][:, 1])
        order = np.argsort(-river["bed"], kind="stable")
        bed[rows[order], cols[order]] = river["bed"][order]
        width[rows, cols] = river["valley"]
        river_id[rows, cols] = i
        river_s[rows, cols] = river["s"]
    dist, (ir, ic) = ndimage.distance_transform_edt(np.isnan(bed), return_indices=True)
    dist_km = dist / 10.0
    near_bed = bed[ir, ic]
    shape = smoothstep(dist_km / width[ir, ic]) ** 0.8
    carved = np.where(elevation > near_bed, near_bed + (elevation - near_bed) * shape, elevation)
    lookup = {"dist_km": dist_km, "river_id": river_id[ir, ic], "river_s": river_s[ir, ic]}
    return carved, lookup


def lake_mask():
    """Return the raster mask of the terminal lake."""
    lx, ly = LAKE["centre"]
    rx, ry = LAKE["radii"]
    ring = blob(rng_for("lake"), lx, ly, rx, ry, rotation=-20.0, roughness=0.16)
    return rasterize([(ogr_polygon(ring), 1)]) > 0


def reservoir_mask(rivers, lookup, dam):
    """Return the cells flooded behind an existing dam.

    The reservoir follows the valley upstream of the dam for `length` km and narrows from
    `width` km (half-width at the dam) to nothing at its tail, with a ragged shore.
    """
    name, river_name, xy, _, _, length, width = dam
    river = rivers[river_name]
    s_dam = river["s"][nearest_index(river["line"], xy)]
    upstream = (s_dam - lookup["river_s"]) / length
    shore = 1.0 + 0.3 * smooth_noise(rng_for("reservoir " + name), 0.3)
    half_width = width * np.sqrt(np.clip(1.0 - upstream, 0.0, 1.0)) * shore
    return (
        (lookup["river_id"] == list(rivers).index(river_name))
        & (upstream > 0.0)
        & (upstream < 1.0)
        & (lookup["dist_km"] <= np.maximum(half_width, 0.1))
    )


# ----------------------------------------------------------------------------------------------
# Boundaries, settlements, protected areas, transport
# ----------------------------------------------------------------------------------------------


def build_border():
    """Return the border polyline (km) from the west edge to the east edge."""
    x = np.linspace(0.0, BORDER_RIDGE_END_X, int(BORDER_RIDGE_END_X / 0.25) + 1)
    ridge = np.column_stack([x, front_ridge_crest(x)])
    return np.vstack([ridge, np.asarray(BORDER_STEPPE)])


def build_countries(border):
    """Return {iso_code: OGR Polygon}: Ardana north of the border, Sarytau south of it."""
    north = np.vstack([border, [(SIZE_KM, SIZE_KM), (0.0, SIZE_KM), border[0]]])
    south = np.vstack([border, [(SIZE_KM, 0.0), (0.0, 0.0), border[0]]])
    return {"ARD": ogr_polygon(north), "SRT": ogr_polygon(south)}


def build_settlement_patches():
    """Return {settlement name: OGR Polygon} of the built-up area of each town."""
    rng = rng_for("settlements")
    patches = {}
    for name, _, (x, y), population in SETTLEMENTS:
        area_km2 = population / 50.0 / 100.0
        radius = np.sqrt(area_km2 / np.pi)
        stretch = rng.uniform(1.0, 1.5)
        ring = blob(rng, x, y, radius * stretch, radius / stretch, rng.uniform(0, 180), 0.18)
        patches[name] = ogr_polygon(ring)
    return patches


def build_protected_areas(countries, border):
    """Return the protected areas as a list of (spec, OGR MultiPolygon)."""
    result = []
    for spec in PROTECTED_AREAS:
        rng = rng_for("pa " + spec.get("shape_key", spec["name"]))
        geom = None
        for cx, cy, rx, ry, rotation, roughness in spec["blobs"]:
            part = ogr_polygon(blob(rng, cx, cy, rx, ry, rotation, roughness))
            geom = part if geom is None else geom.Union(part)
        geom = geom.Intersection(countries[spec["country"]])
        if "gap" in spec:
            geom = geom.Difference(ogr_line(border).Buffer(spec["gap"] * 1000.0, 16))
        result.append((spec, as_multipolygon(geom, min_area_ha=30.0)))
    return result


def build_roads():
    """Return road features as dicts with a km polyline and attributes."""
    roads = []
    for road_class, name, points in ROADS:
        width, resistance, amplitude = ROAD_SPECS[road_class]
        line = spline(points, 0.05)
        line = wiggle(line, rng_for("road " + name), amplitude, 2.0, taper_km=0.5)
        roads.append(
            {
                "line": line,
                "road_class": road_class,
                "name": name,
                "width_m": width,
                "resistance": resistance,
            }
        )
    return roads


def build_highway():
    """Return the two proposed highway alignments (A direct, B detour)."""
    return {key: spline(points, 0.05) for key, points in HIGHWAY.items()}


def river_segments(rivers):
    """Return river features split at the confluences on the main river."""
    main = rivers[MAIN_RIVER]["line"]
    cuts = sorted(nearest_index(main, r["line"][-1]) for n, r in rivers.items() if n != MAIN_RIVER)
    bounds = [0, *cuts, len(main) - 1]
    features = []
    for (a, b), (order, width) in zip(zip(bounds[:-1], bounds[1:]), MAIN_SEGMENTS):
        features.append(
            {"name": MAIN_RIVER, "stream_order": order, "width_m": width, "line": main[a : b + 1]}
        )
    for name, river in rivers.items():
        if name != MAIN_RIVER:
            features.append(
                {
                    "name": name,
                    "stream_order": river["order"],
                    "width_m": river["width"],
                    "line": river["line"],
                }
            )
    return features


# ----------------------------------------------------------------------------------------------
# Land cover
# ----------------------------------------------------------------------------------------------


def natural_vegetation(elevation, slope, northness):
    """Return the natural land cover from elevation zones, aspect, slope and moisture.

    Moisture is smooth noise plus a west-east gradient: the eastern foothills are drier.
    """
    rng = rng_for("vegetation")
    e = elevation + 110.0 * smooth_noise(rng, 1.5) + 50.0 * smooth_noise(rng, 0.4)
    patch = smooth_noise(rng, 0.6)
    x, _ = grid_km()
    moist = smooth_noise(rng, 2.5) - 0.6 * (x - 50.0) / 50.0
    lc = np.full(elevation.shape, STEPPE, dtype=np.uint8)

    plains = e < 1100
    lc[plains & (patch + 0.7 * moist > 1.75)] = SHRUB

    belt = (e >= 1100) & (e < 1600)
    score = 0.9 * northness + 0.6 * moist + 0.5 * patch
    lc[belt & (score > -0.1)] = SHRUB
    lc[belt & (score > 0.75)] = FOREST

    montane = (e >= 1600) & (e < 2800)
    score = northness + 0.35 * patch + 0.35 * moist
    lc[montane & (score > -0.7)] = SHRUB
    lc[montane & (score > 0.1)] = FOREST

    subalpine = (e >= 2800) & (e < 3050)
    lc[subalpine] = np.where(patch[subalpine] > -0.4, SHRUB, STEPPE)

    alpine = (e >= 3050) & (e < 3450)
    lc[alpine & ((slope > 34.0) | (patch > 1.1))] = ROCK

    nival = (e >= 3450) & (e < 4000)
    lc[nival & ~((slope < 14.0) & (patch < -0.6))] = ROCK

    glacier = e >= 4000
    lc[glacier] = np.where(slope[glacier] > 45.0, ROCK, GLACIER)

    hills = (e >= 900) & (e < 1600) & (slope > 22.0) & (patch > 0.6)
    lc[hills] = ROCK
    return majority(lc, 5)


def majority(lc, size):
    """Return the modal class of a `size` x `size` window around every cell."""
    classes = np.unique(lc)
    counts = np.stack([ndimage.uniform_filter((lc == k).astype(np.float32), size) for k in classes])
    return classes[np.argmax(counts, axis=0)].astype(np.uint8)


def field_blocks(rng):
    """Return a grid of rectangular field-block ids (irregular row and column spacing)."""

    def edges(low, high):
        cuts = np.cumsum(rng.integers(low, high, size=NCELL))
        return np.searchsorted(cuts[cuts < NCELL], np.arange(NCELL), side="right")

    rows = edges(6, 15)
    cols = edges(8, 22)
    return rows[:, None] * (cols.max() + 1) + cols[None, :]


def cropland(elevation, slope, river_km, town_km, protection):
    """Return the cropland mask: irrigated blocks near rivers and towns, rain-fed in the north."""
    rng = rng_for("cropland")
    _, y = grid_km()
    irrigated = np.exp(-river_km / 3.2) * (elevation < 1250) + 0.45 * np.exp(-town_km / 4.0)
    rainfed = 0.6 * smoothstep((smooth_noise(rng, 4.0) - 0.2) / 0.8) * (y > 55) * (elevation < 800)
    suitability = np.maximum(irrigated, rainfed) * (slope < 8.0) * protection
    blocks = field_blocks(rng)
    nblocks = int(blocks.max()) + 1
    block_mean = ndimage.mean(suitability, labels=blocks, index=np.arange(nblocks))
    chosen = block_mean + 0.08 * rng.standard_normal(nblocks) > 0.5
    return chosen[blocks] & (protection > 0.0) & (slope < 10.0) & (river_km > 0.3) & (elevation < 1400)


def wetlands(elevation, lake, lake_level, rivers, river_km):
    """Return the wetland mask: lake shore, the delta, floodplain reed beds and basin springs."""
    rng = rng_for("wetlands")
    _, y = grid_km()
    moist = smooth_noise(rng, 1.2)
    patch = smooth_noise(rng, 0.5)
    lake_km = ndimage.distance_transform_edt(~lake) / 10.0
    shore = (lake_km < 1.6 + 0.8 * moist) & (elevation < lake_level + 30.0)
    main = rivers[MAIN_RIVER]
    lower = main["line"][main["s"] > main["s"][-1] - 12.0]
    delta_km = ndimage.distance_transform_edt(~cells_near_line(lower, 0.1)) / 10.0
    delta = delta_km < 1.7 + 0.7 * moist
    floodplain = (river_km < 0.6) & (y > 55) & (patch > 0.9) & (elevation < 700)
    springs = (river_km < 0.8) & (y > 30) & (y < 40) & (patch > 1.0)
    wet = (shore | delta | floodplain | springs).astype(float)
    return ndimage.gaussian_filter(wet, 1.2) > 0.5


def saline_lakes():
    """Return (water, wetland) masks of the small saline lakes in the Tuzkol natural monument."""
    rng = rng_for("saline lakes")
    spec = next(p for p in PROTECTED_AREAS if p["pa_id"] == 3)
    water, ring = [], []
    for cx, cy, rx, ry, rotation, _ in spec["blobs"]:
        r = rng.uniform(0.35, 0.5)
        water.append((ogr_polygon(blob(rng, cx, cy, r * 1.3, r, rotation, 0.15)), 1))
        ring.append((ogr_polygon(blob(rng, cx, cy, rx * 0.7, ry * 0.7, rotation, 0.15)), 1))
    return rasterize(water) > 0, rasterize(ring) > 0


def build_landcover(rivers, elevation, lake, reservoirs, patches, protected):
    """Return the land-cover array (UInt8, classes 1..9)."""
    gy, gx = np.gradient(elevation, CELL)
    grad = np.hypot(gx, gy)
    slope = np.degrees(np.arctan(grad))
    # Rows run southwards, so a slope that rises to the south (gy > 0) faces north.
    northness = gy / (grad + 1e-6)

    river_water = np.zeros((NCELL, NCELL), dtype=bool)
    main = rivers[MAIN_RIVER]
    wide_from = main["s"][nearest_index(main["line"], RIVER_POINTS["Zhelsu River"][-1])]
    for name, river in rivers.items():
        rows, cols = line_cells(river["line"])
        river_water[rows, cols] = True
        if name == MAIN_RIVER:
            river_water |= cells_near_line(river["line"][river["s"] >= wide_from], 0.07)
    river_km = ndimage.distance_transform_edt(~river_water) / 10.0

    lc = natural_vegetation(elevation, slope, northness)
    tugai = (river_km < 0.25) & (elevation < 1300)
    lc[tugai] = np.where(smooth_noise(rng_for("tugai"), 0.4)[tugai] > -0.2, FOREST, SHRUB)

    urban = rasterize([(geom, 1) for geom in patches.values()]) > 0
    town_km = ndimage.distance_transform_edt(~urban) / 10.0
    protection = np.ones((NCELL, NCELL))
    weight = {"V": 0.5, "VI": 0.5}
    for spec, geom in protected:
        inside = rasterize([(geom, 1)]) > 0
        protection[inside] = np.minimum(protection[inside], weight.get(spec["iucn_cat"], 0.0))
    lc[cropland(elevation, slope, river_km, town_km, protection)] = CROP

    lake_level = main["bed"][-1]
    salt_water, salt_marsh = saline_lakes()
    lc[wetlands(elevation, lake, lake_level, rivers, river_km) | salt_marsh] = WETLAND
    lc[urban] = URBAN
    lc[river_water | lake | reservoirs | salt_water] = WATER
    return lc


# ----------------------------------------------------------------------------------------------
# Writers
# ----------------------------------------------------------------------------------------------


def write_landcover(path, lc):
    """Write the land cover as a tiled, compressed GeoTIFF with colour table and class names."""
    if path.exists():
        path.unlink()
    ds = gdal.GetDriverByName("GTiff").Create(
        str(path),
        NCELL,
        NCELL,
        1,
        gdal.GDT_Byte,
        options=["COMPRESS=DEFLATE", "PREDICTOR=2", "TILED=YES", "ZLEVEL=9"],
    )
    ds.SetGeoTransform(GEOTRANSFORM)
    ds.SetProjection(spatial_reference().ExportToWkt())
    ds.SetMetadata(
        {
            "TIFFTAG_IMAGEDESCRIPTION": "GPEC Connectivity training landscape: land cover (fictional)",
            "TIFFTAG_SOFTWARE": f"resources/training/generate.py, seed {SEED}",
            "TIFFTAG_COPYRIGHT": "CC0 1.0 Universal (public domain dedication)",
        }
    )
    band = ds.GetRasterBand(1)
    band.SetNoDataValue(0)
    band.SetDescription("land cover")
    # GeoTIFF has no native slot for GDAL category names (GDAL would put them in a .aux.xml
    # side-car), so the class names travel as band metadata inside the file's GDAL_METADATA tag.
    colours = gdal.ColorTable()
    colours.SetColorEntry(0, (0, 0, 0, 0))
    metadata = {"CLASS_0": "No data"}
    for value, (label, colour) in LANDCOVER_CLASSES.items():
        rgb = tuple(int(colour[i : i + 2], 16) for i in (1, 3, 5))
        colours.SetColorEntry(value, (*rgb, 255))
        metadata[f"CLASS_{value}"] = label
        metadata[f"CLASS_{value}_COLOR"] = colour
    band.SetRasterColorTable(colours)
    band.SetRasterColorInterpretation(gdal.GCI_PaletteIndex)
    band.SetMetadata(metadata)
    band.WriteArray(lc)
    ds.FlushCache()
    ds = None


FIELD_TYPES = {int: ogr.OFTInteger, float: ogr.OFTReal, str: ogr.OFTString}


def write_layer(ds, name, geom_type, fields, features):
    """Write one GeoPackage layer.

    Parameters
    ----------
    ds : ogr.DataSource
        The open GeoPackage.
    name : str
        Layer name.
    geom_type : int
        OGR geometry type.
    fields : list of (str, type)
        Field names and Python types (int, float, str), in order.
    features : list of (ogr.Geometry, dict)
        Geometries with their attributes; a missing or None attribute is written as NULL.
    """
    layer = ds.CreateLayer(
        name, spatial_reference(), geom_type, options=["FID=fid", "GEOMETRY_NAME=geom", "SPATIAL_INDEX=YES"]
    )
    for field_name, field_type in fields:
        layer.CreateField(ogr.FieldDefn(field_name, FIELD_TYPES[field_type]))
    layer.StartTransaction()
    for geom, attrs in features:
        feature = ogr.Feature(layer.GetLayerDefn())
        for field_name, field_type in fields:
            value = attrs.get(field_name)
            if value is None:
                feature.SetFieldNull(field_name)
            else:
                feature.SetField(field_name, field_type(value))
        feature.SetGeometry(geom)
        layer.CreateFeature(feature)
    layer.CommitTransaction()


def write_vectors(path, layers):
    """Write all vector layers into one GeoPackage (replacing an existing file)."""
    if path.exists():
        path.unlink()
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    for name, geom_type, fields, features in layers:
        write_layer(ds, name, geom_type, fields, features)
    ds = None


def write_profiles(folder):
    """Write one CSV per species profile (class, resistance, label)."""
    folder.mkdir(parents=True, exist_ok=True)
    for profile, values in PROFILES.items():
        with open(folder / f"{profile}.csv", "w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle, lineterminator="\n")
            writer.writerow(["class", "resistance", "label"])
            for value, (label, _) in LANDCOVER_CLASSES.items():
                writer.writerow([value, values[value], label])


# ----------------------------------------------------------------------------------------------
# Assembling the landscape
# ----------------------------------------------------------------------------------------------


def layer_study_area():
    """Return the study-area features (the raster extent)."""
    extent = [(0.0, 0.0), (SIZE_KM, 0.0), (SIZE_KM, SIZE_KM), (0.0, SIZE_KM), (0.0, 0.0)]
    return [(ogr_polygon(extent), {"name": "GPEC training landscape"})]


def layer_countries(countries):
    """Return the two country features."""
    return [
        (as_multipolygon(countries[iso]), {"name": name, "iso_code": iso}) for iso, name in COUNTRIES.items()
    ]


def layer_border(border):
    """Return the border feature."""
    return [(ogr_line(border), {"name": "Ardana-Sarytau state border"})]


def layer_protected_areas(protected):
    """Return the protected-area features (attributes are the specification entries)."""
    return [(geom, spec) for spec, geom in protected]


def layer_roads(roads):
    """Return the road features."""
    return [(ogr_line(road["line"]), road) for road in roads]


def layer_railways():
    """Return the railway feature."""
    name, points = RAILWAY
    line = wiggle(spline(points, 0.05), rng_for("railway"), 0.05, 3.0, taper_km=0.5)
    attrs = {"name": name, "status": "in operation", "width_m": 8.0, "resistance": 200.0}
    return [(ogr_line(line), attrs)]


def layer_fences(border):
    """Return the border fence: the border clipped to the fenced steppe section."""
    x0, x1 = FENCE_X
    box = ogr_polygon([(x0, 0.0), (x1, 0.0), (x1, SIZE_KM), (x0, SIZE_KM), (x0, 0.0)])
    attrs = {
        "name": "Ardana-Sarytau border fence (steppe section)",
        "fence_type": "double barbed-wire and mesh border fence, 2.2 m",
        "resistance": 5000.0,
    }
    return [(ogr_line(border).Intersection(box), attrs)]


def layer_rivers(rivers):
    """Return the river features (main river split at the confluences)."""
    return [(ogr_line(feature["line"]), feature) for feature in river_segments(rivers)]


def layer_dams(rivers):
    """Return the dam features, snapped to their river."""
    features = []
    for name, river_name, xy, status, height, _, _ in DAMS:
        line = rivers[river_name]["line"]
        attrs = {"name": name, "status": status, "height_m": height, "river": river_name}
        features.append((ogr_point(line[nearest_index(line, xy)]), attrs))
    return features


def layer_settlements():
    """Return the settlement features."""
    return [
        (ogr_point(xy), {"name": name, "population": population}) for name, _, xy, population in SETTLEMENTS
    ]


def layer_proposed_highway(highway):
    """Return the two alignments of the proposed highway."""
    attrs = {
        "name": "Ortakent-Esikbulak Highway (proposed)",
        "lanes": 4,
        "width_m": 26.0,
        "resistance": 1000.0,
    }
    return [(ogr_line(line), {"alignment": key, **attrs}) for key, line in highway.items()]


def vector_layers(border, countries, protected, rivers):
    """Return the GeoPackage layers as (name, geometry type, fields, features)."""
    features = {
        "study_area": layer_study_area(),
        "countries": layer_countries(countries),
        "border": layer_border(border),
        "protected_areas": layer_protected_areas(protected),
        "roads": layer_roads(build_roads()),
        "railways": layer_railways(),
        "fences": layer_fences(border),
        "rivers": layer_rivers(rivers),
        "dams": layer_dams(rivers),
        "settlements": layer_settlements(),
        "proposed_highway": layer_proposed_highway(build_highway()),
    }
    return [(name, *LAYER_SCHEMAS[name], features[name]) for name in LAYER_SCHEMAS]


def check_landscape(protected, countries, lc):
    """Raise if the generated landscape breaks one of its documented guarantees."""
    ids = [spec["pa_id"] for spec, _ in protected]
    if sorted(ids) != list(range(1, len(PROTECTED_AREAS) + 1)):
        raise RuntimeError(f"protected-area ids not unique 1..n: {ids}")
    margin = 500.0
    for spec, geom in protected:
        xmin, xmax, ymin, ymax = geom.GetEnvelope()
        if (
            xmin - XMIN < margin
            or ymin - YMIN < margin
            or XMIN + NCELL * CELL - xmax < margin
            or YMIN + NCELL * CELL - ymax < margin
        ):
            raise RuntimeError(f"{spec['name']} comes closer than {margin} m to the edge")
        for i in range(geom.GetGeometryCount()):
            if geom.GetGeometryRef(i).GetArea() < 40 * CELL * CELL:
                raise RuntimeError(f"{spec['name']}: part {i} covers fewer than 40 cells")
        if not geom.Within(countries[spec["country"]].Buffer(1.0)):
            raise RuntimeError(f"{spec['name']} is not inside {spec['country']}")
    overlaps = []
    for i, (a, ga) in enumerate(protected):
        for b, gb in protected[i + 1 :]:
            common = ga.Intersection(gb)
            if common.GetDimension() == 2 and common.GetArea() > 1.0:
                overlaps.append((a["pa_id"], b["pa_id"]))
    if overlaps != [(4, 5)]:
        raise RuntimeError(f"unexpected protected-area overlaps: {overlaps}")
    for name, iso, xy, _ in SETTLEMENTS:
        point = ogr_point(xy)
        if not point.Within(countries[iso]) or any(point.Within(geom) for _, geom in protected):
            raise RuntimeError(f"{name} is outside {iso} or inside a protected area")
    if lc.min() < 1 or lc.max() > 9:
        raise RuntimeError("land cover has cells outside classes 1..9")


def generate(outdir):
    """Generate the land cover, the GeoPackage and the profiles into `outdir`."""
    outdir.mkdir(parents=True, exist_ok=True)
    rivers = build_rivers()
    elevation = initial_elevation()
    river_beds(rivers, elevation)
    elevation, lookup = carve_valleys(rivers, elevation)
    lake = lake_mask()
    elevation[lake] = rivers[MAIN_RIVER]["bed"][-1] - 5.0
    reservoirs = np.zeros((NCELL, NCELL), dtype=bool)
    for dam in DAMS:
        if dam[3] == "existing":
            reservoirs |= reservoir_mask(rivers, lookup, dam)

    border = build_border()
    countries = build_countries(border)
    protected = build_protected_areas(countries, border)
    patches = build_settlement_patches()
    lc = build_landcover(rivers, elevation, lake, reservoirs, patches, protected)
    check_landscape(protected, countries, lc)

    write_landcover(outdir / "landcover.tif", lc)
    write_vectors(outdir / "training.gpkg", vector_layers(border, countries, protected, rivers))
    write_profiles(outdir / "profiles")
    return lc


# ----------------------------------------------------------------------------------------------
# QGIS styles and project (PyQGIS, imported lazily so that the data can be built without it)
# ----------------------------------------------------------------------------------------------

LAYER_TITLES = {
    "settlements": "Settlements",
    "dams": "Dams",
    "proposed_highway": "Proposed highway (alignments A, B)",
    "fences": "Border fence",
    "railways": "Railway",
    "roads": "Roads",
    "rivers": "Rivers",
    "border": "State border",
    "protected_areas": "Protected areas",
    "countries": "Countries",
    "study_area": "Study area",
}
LAYER_GROUPS = [
    ("Infrastructure", ["settlements", "dams", "proposed_highway", "fences", "railways", "roads"]),
    ("Water", ["rivers"]),
    ("Boundaries and protected areas", ["border", "protected_areas", "countries", "study_area"]),
]


def text_format(size, colour="#202020", bold=False, italic=False, buffer=0.8, spacing=0.0):
    """Return a QgsTextFormat with DejaVu Sans and an optional white buffer."""
    from qgis.core import QgsTextBufferSettings, QgsTextFormat
    from qgis.PyQt.QtGui import QColor, QFont

    font = QFont("DejaVu Sans")
    font.setBold(bold)
    font.setItalic(italic)
    font.setLetterSpacing(QFont.AbsoluteSpacing, spacing)
    fmt = QgsTextFormat()
    fmt.setFont(font)
    fmt.setSize(size)
    fmt.setColor(QColor(colour))
    if buffer:
        halo = QgsTextBufferSettings()
        halo.setEnabled(True)
        halo.setSize(buffer)
        halo.setColor(QColor(255, 255, 255, 210))
        fmt.setBuffer(halo)
    return fmt


def set_labels(layer, expression, fmt, placement, **options):
    """Enable simple labelling of a vector layer with an expression."""
    from qgis.core import QgsPalLayerSettings, QgsVectorLayerSimpleLabeling

    settings = QgsPalLayerSettings()
    settings.fieldName = expression
    settings.isExpression = True
    settings.setFormat(fmt)
    settings.placement = placement
    for name, value in options.items():
        setattr(settings, name, value)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)
    return settings


def line_symbol(*layers):
    """Return a QgsLineSymbol stacked from simple-line property dicts (bottom first)."""
    from qgis.core import QgsLineSymbol, QgsSimpleLineSymbolLayer

    symbol = QgsLineSymbol.createSimple(layers[0])
    for props in layers[1:]:
        symbol.appendSymbolLayer(QgsSimpleLineSymbolLayer.create(props))
    return symbol


def categorized(field, categories):
    """Return a categorized renderer from (value, symbol, label) tuples."""
    from qgis.core import QgsCategorizedSymbolRenderer, QgsRendererCategory

    return QgsCategorizedSymbolRenderer(
        field, [QgsRendererCategory(value, symbol, label) for value, symbol, label in categories]
    )


def style_landcover(layer):
    """Paletted renderer with the land-cover colours and class labels."""
    from qgis.core import QgsPalettedRasterRenderer
    from qgis.PyQt.QtGui import QColor

    classes = [
        QgsPalettedRasterRenderer.Class(value, QColor(colour), label)
        for value, (label, colour) in LANDCOVER_CLASSES.items()
    ]
    layer.setRenderer(QgsPalettedRasterRenderer(layer.dataProvider(), 1, classes))


def style_study_area(layer):
    """Black outline, no fill."""
    from qgis.core import QgsFillSymbol, QgsSingleSymbolRenderer

    symbol = QgsFillSymbol.createSimple({"style": "no", "outline_color": "#000000", "outline_width": "0.6"})
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))


def style_countries(layer):
    """No symbol; large, spaced, grey country names."""
    from qgis.core import QgsFillSymbol, QgsPalLayerSettings, QgsSingleSymbolRenderer

    symbol = QgsFillSymbol.createSimple({"style": "no", "outline_style": "no"})
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    fmt = text_format(13, "#5a5a5a", bold=True, buffer=1.0, spacing=3.0)
    set_labels(layer, 'upper("name")', fmt, QgsPalLayerSettings.OverPoint)


def style_protected_areas(layer):
    """Semi-transparent green fill, dark green outline, labels by name."""
    from qgis.core import QgsFillSymbol, QgsPalLayerSettings, QgsSingleSymbolRenderer

    symbol = QgsFillSymbol.createSimple(
        {
            "color": "67,160,71,85",
            "outline_color": "#1b5e20",
            "outline_width": "0.55",
        }
    )
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    fmt = text_format(7.5, "#0d3b12", bold=True, buffer=0.9)
    set_labels(layer, '"name"', fmt, QgsPalLayerSettings.Horizontal, autoWrapLength=18, labelPerPart=False)


def style_border(layer):
    """Dash-dot dark line on a light halo."""
    from qgis.core import QgsSingleSymbolRenderer

    symbol = line_symbol(
        {"line_color": "255,255,255,150", "line_width": "1.6"},
        {"line_color": "#2b2b2b", "line_width": "0.7", "line_style": "dashdot"},
    )
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))


def style_roads(layer):
    """Cased lines by road class (motorway red, primary orange, secondary pale, track brown)."""
    tracks = line_symbol({"line_color": "#6d4c2f", "line_width": "0.35", "line_style": "dash"})
    layer.setRenderer(
        categorized(
            "road_class",
            [
                (
                    "motorway",
                    line_symbol(
                        {"line_color": "#5b1212", "line_width": "1.5"},
                        {"line_color": "#e0483b", "line_width": "1.0"},
                    ),
                    "Motorway",
                ),
                (
                    "primary",
                    line_symbol(
                        {"line_color": "#6b4410", "line_width": "1.1"},
                        {"line_color": "#f5a742", "line_width": "0.7"},
                    ),
                    "Primary road",
                ),
                (
                    "secondary",
                    line_symbol(
                        {"line_color": "#5f5f5f", "line_width": "0.8"},
                        {"line_color": "#fff4b8", "line_width": "0.45"},
                    ),
                    "Secondary road",
                ),
                ("track", tracks, "Track"),
            ],
        )
    )


def style_railways(layer):
    """Classic black and white railway line."""
    from qgis.core import QgsSingleSymbolRenderer

    symbol = line_symbol(
        {"line_color": "#1a1a1a", "line_width": "0.9"},
        {
            "line_color": "#ffffff",
            "line_width": "0.45",
            "use_custom_dash": "1",
            "customdash": "2.5;2.5",
            "customdash_unit": "MM",
        },
    )
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))


def style_fences(layer):
    """Dark red line with small crosses (fence convention)."""
    from qgis.core import QgsMarkerLineSymbolLayer, QgsMarkerSymbol, QgsSingleSymbolRenderer

    symbol = line_symbol({"line_color": "#7a1020", "line_width": "0.45"})
    ticks = QgsMarkerLineSymbolLayer(True, 2.4)
    ticks.setSubSymbol(
        QgsMarkerSymbol.createSimple(
            {
                "name": "cross2",
                "size": "1.6",
                "outline_color": "#7a1020",
                "outline_width": "0.35",
            }
        )
    )
    symbol.appendSymbolLayer(ticks)
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))


def style_rivers(layer):
    """Blue lines, width by stream order, curved italic names."""
    from qgis.core import QgsPalLayerSettings, QgsProperty, QgsSingleSymbolRenderer, QgsSymbolLayer

    symbol = line_symbol({"line_color": "#1f6fb5", "line_width": "0.5", "capstyle": "round"})
    symbol.symbolLayer(0).setDataDefinedProperty(
        QgsSymbolLayer.PropertyStrokeWidth,
        QgsProperty.fromExpression('0.15 + 0.16 * "stream_order"'),
    )
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    settings = set_labels(
        layer,
        '"name"',
        text_format(7.5, "#0b4f8a", italic=True, buffer=0.7),
        QgsPalLayerSettings.Curved,
        maxCurvedCharAngleIn=60.0,
        maxCurvedCharAngleOut=-60.0,
        repeatDistance=60.0,
    )
    settings.lineSettings().setMergeLines(True)
    layer.labeling().setSettings(settings)


def style_dams(layer):
    """Existing dams as dark squares, the planned dam as a red outlined square."""
    from qgis.core import QgsMarkerSymbol, QgsPalLayerSettings

    existing = QgsMarkerSymbol.createSimple(
        {"name": "square", "color": "#263238", "outline_color": "#ffffff", "size": "3.0"}
    )
    planned = QgsMarkerSymbol.createSimple(
        {
            "name": "square",
            "color": "255,255,255,200",
            "outline_color": "#d01c1c",
            "outline_width": "0.6",
            "size": "3.2",
        }
    )
    layer.setRenderer(
        categorized(
            "status",
            [
                ("existing", existing, "Existing dam"),
                ("planned", planned, "Planned dam"),
            ],
        )
    )
    expression = "\"name\" || if(\"status\" = 'planned', ' (planned)', '')"
    set_labels(
        layer, expression, text_format(7, "#263238", buffer=0.7), QgsPalLayerSettings.AroundPoint, dist=1.2
    )


def style_settlements(layer):
    """White dots sized by population with bold names."""
    from qgis.core import QgsMarkerSymbol, QgsPalLayerSettings, QgsProperty, QgsSingleSymbolRenderer

    symbol = QgsMarkerSymbol.createSimple(
        {"name": "circle", "color": "#ffffff", "outline_color": "#111111", "outline_width": "0.5"}
    )
    symbol.setDataDefinedSize(QgsProperty.fromExpression('1.6 + sqrt("population") / 120'))
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    set_labels(
        layer,
        '"name"',
        text_format(8.5, "#111111", bold=True, buffer=1.0),
        QgsPalLayerSettings.AroundPoint,
        dist=1.5,
    )


def style_proposed_highway(layer):
    """Alignment A magenta, alignment B violet, both thick and dashed."""
    from qgis.core import QgsPalLayerSettings

    def dashed(colour):
        return line_symbol(
            {"line_color": "255,255,255,170", "line_width": "2.0"},
            {
                "line_color": colour,
                "line_width": "1.2",
                "use_custom_dash": "1",
                "customdash": "4;2",
                "customdash_unit": "MM",
            },
        )

    layer.setRenderer(
        categorized(
            "alignment",
            [
                ("A", dashed("#e6007e"), "Alignment A (direct)"),
                ("B", dashed("#5b2bb5"), "Alignment B (detour)"),
            ],
        )
    )
    set_labels(
        layer, "'Highway ' || \"alignment\"", text_format(8, "#4a0036", bold=True), QgsPalLayerSettings.Line
    )


def build_project(outdir, styles_dir):
    """Write the QML styles and ``training.qgz`` (PyQGIS, headless)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # A fixed Qt hash seed keeps the XML attribute order, and so the QML files, stable across runs.
    os.environ.setdefault("QT_HASH_SEED", "0")
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    try:
        write_project(outdir, styles_dir)
    finally:
        app.exitQgis()


def write_project(outdir, styles_dir):
    """Load the layers, style them, save the styles and the project with relative paths."""
    from qgis.core import (
        QgsCoordinateReferenceSystem,
        QgsProject,
        QgsRasterLayer,
        QgsRectangle,
        QgsReferencedRectangle,
        QgsVectorLayer,
    )

    styles_dir.mkdir(parents=True, exist_ok=True)
    crs = QgsCoordinateReferenceSystem(f"EPSG:{EPSG}")
    project = QgsProject.instance()
    project.clear()
    project.setCrs(crs)
    project.setTitle("GPEC training landscape")
    project.writeEntryBool("Paths", "/Absolute", False)
    metadata = project.metadata()
    metadata.setTitle("GPEC training landscape")
    metadata.setAbstract(
        "Fictional Central Asian landscape (steppe, foothills, mountains, river valleys) for "
        "learning GPEC Connectivity. Illustrative data, not for real decisions. "
        "Data: CC0 1.0 Universal. Generator (generate.py): GPL-2.0-or-later."
    )
    metadata.setAuthor("GPEC Connectivity contributors")
    project.setMetadata(metadata)

    root = project.layerTreeRoot()
    gpkg = outdir / "training.gpkg"
    for group_name, names in LAYER_GROUPS:
        group = root.addGroup(group_name)
        for name in names:
            layer = QgsVectorLayer(f"{gpkg}|layername={name}", LAYER_TITLES[name], "ogr")
            if not layer.isValid():
                raise RuntimeError(f"cannot load layer {name} from {gpkg}")
            globals()[f"style_{name}"](layer)
            layer.saveNamedStyle(str(styles_dir / f"training_{name}.qml"))
            project.addMapLayer(layer, False)
            group.addLayer(layer)
    raster = QgsRasterLayer(str(outdir / "landcover.tif"), "Land cover", "gdal")
    if not raster.isValid():
        raise RuntimeError("cannot load landcover.tif")
    style_landcover(raster)
    raster.saveNamedStyle(str(styles_dir / "landcover.qml"))
    project.addMapLayer(raster, False)
    root.addLayer(raster)

    extent = QgsRectangle(XMIN, YMIN, XMIN + NCELL * CELL, YMIN + NCELL * CELL)
    project.viewSettings().setDefaultViewExtent(QgsReferencedRectangle(extent, crs))
    if not project.write(str(outdir / "training.qgz")):
        raise RuntimeError("cannot write training.qgz")
    project.clear()


def main(argv=None):
    """Command-line entry point."""
    here = Path(__file__).resolve().parent
    parser = argparse.ArgumentParser(description="Generate the GPEC Connectivity training landscape.")
    parser.add_argument(
        "outdir",
        nargs="?",
        type=Path,
        default=here,
        help="output folder (default: the folder of this script)",
    )
    parser.add_argument(
        "--no-project", action="store_true", help="write only the data (no PyQGIS styles and project)"
    )
    parser.add_argument(
        "--styles-dir",
        type=Path,
        help="folder for the QML styles (default: resources/styles for the default "
        "output folder, otherwise OUTDIR/styles)",
    )
    args = parser.parse_args(argv)
    outdir = args.outdir.resolve()
    styles_dir = args.styles_dir or (here.parent / "styles" if outdir == here else outdir / "styles")
    gdal.SetConfigOption("GDAL_PAM_ENABLED", "NO")
    generate(outdir)
    if not args.no_project:
        build_project(outdir, styles_dir.resolve())
    print(f"training landscape written to {outdir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
