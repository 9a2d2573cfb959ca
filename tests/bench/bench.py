# SPDX-FileCopyrightText: 2026 GPEC Connectivity contributors
# SPDX-License-Identifier: GPL-2.0-or-later
"""make bench: speed and memory figures of GPEC Connectivity, printed as a Markdown table.

Each figure is measured in this run, side by side with its reference where the issue names one. Timings are
wall-clock seconds, best of several runs; memory is the peak resident set size of a child process.

    PYTHONPATH=. .venv/bin/python tests/bench/bench.py [--quick]
"""

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
TRAINING = os.path.join(ROOT, "resources", "training")
ROWS = []


def best_of(function, repeat):
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return min(times)


def lognormal_surface(n, seed=1, nodata=0.05):
    rng = np.random.default_rng(seed)
    values = np.exp(rng.normal(0.0, 1.0, (n, n))).astype(np.float32)
    values[rng.random((n, n)) < nodata] = np.nan
    return values


def bench_cost_distance_vs_mcp(n, repeat):
    """Cost distance from one source: ours against scikit-image MCP_Geometric on the same array."""
    from skimage.graph import MCP_Geometric

    from gpec_connectivity.core.costdistance import cost_distance

    values = lognormal_surface(n)
    centre = (n // 2, n // 2)
    values[centre] = 1.0
    sources = np.zeros(values.shape, np.uint8)
    sources[centre] = 1
    mcp_input = np.where(np.isnan(values), -1.0, values).astype(np.float64)
    ours = best_of(lambda: cost_distance(values, sources, cellsize=100.0), repeat)

    def mcp():
        MCP_Geometric(mcp_input, fully_connected=True, sampling=(100.0, 100.0)).find_costs([centre])

    theirs = best_of(mcp, repeat)
    graph = MCP_Geometric(mcp_input, fully_connected=True, sampling=(100.0, 100.0))
    search_only = best_of(lambda: graph.find_costs([centre]), repeat)
    mine = cost_distance(values, sources, cellsize=100.0).distance
    ref, _ = graph.find_costs([centre])
    ok = np.isfinite(ref)
    error = float(np.max(np.abs(mine[ok] - ref[ok]) / np.maximum(ref[ok], 1e-300)))
    label = "{0} x {0}".format(n)
    ROWS.append(
        (
            "Cost distance, 1 source, " + label,
            "{:.2f} s".format(ours),
            "MCP_Geometric {:.2f} s (search alone {:.2f} s)".format(theirs, search_only),
            "{:.2f}x faster; max rel. difference {:.1e}".format(theirs / ours, error),
        )
    )


def write_test_raster(path, values, nodata=-9999.0):
    """A tiled Float32 GeoTIFF of ``values`` (NaN as NoData) on 100 m cells in UTM 42N; returns its SRS."""
    from osgeo import gdal, osr

    n_rows, n_cols = values.shape
    dataset = gdal.GetDriverByName("GTiff").Create(path, n_cols, n_rows, 1, gdal.GDT_Float32, ["TILED=YES"])
    dataset.SetGeoTransform((600000.0, 100.0, 0, 4800000.0, 0, -100.0))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32642)
    dataset.SetProjection(srs.ExportToWkt())
    band = dataset.GetRasterBand(1)
    band.SetNoDataValue(nodata)
    band.WriteArray(np.where(np.isnan(values), nodata, values).astype(np.float32))
    band = dataset = None
    return srs


def bench_cost_distance_processing(n, repeat):
    """gpec:costdistance through processing.run (GeoTIFF in and out) against GDAL read + MCP_Geometric +
    GDAL write of the same arrays with the same creation options; the algorithm's logged phase timings say
    where the time goes."""
    from osgeo import gdal, ogr
    from qgis.core import QgsProcessingFeedback
    from skimage.graph import MCP_Geometric

    from gpec_connectivity.headless import start_qgis

    start_qgis()
    import processing  # importable once QGIS has started

    class Timings(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.lines = []

        def pushDebugInfo(self, info):  # noqa: N802 - QGIS API
            self.lines.append(info)
            super().pushDebugInfo(info)

    values = lognormal_surface(n)
    centre = (n // 2, n // 2)
    values[centre] = 1.0
    with tempfile.TemporaryDirectory() as folder:
        raster = os.path.join(folder, "r.tif")
        srs = write_test_raster(raster, values)
        points = os.path.join(folder, "p.gpkg")
        vector = ogr.GetDriverByName("GPKG").CreateDataSource(points)
        layer = vector.CreateLayer("p", srs, ogr.wkbPoint)
        feature = ogr.Feature(layer.GetLayerDefn())
        x, y = 600000 + 100 * centre[1] + 50, 4800000 - 100 * centre[0] - 50
        feature.SetGeometry(ogr.CreateGeometryFromWkt("POINT({} {})".format(x, y)))
        layer.CreateFeature(feature)
        feature = layer = vector = None
        runs = []

        def ours():
            out = os.path.join(folder, "cd{}.tif".format(len(runs)))
            feedback = Timings()
            start = time.perf_counter()
            processing.run(
                "gpec:costdistance",
                {"RESISTANCE": raster, "SOURCES": points, "OUTPUT": out},
                feedback=feedback,
            )
            runs.append((time.perf_counter() - start, feedback.lines))

        def reference():
            dataset = gdal.Open(raster)
            band = dataset.GetRasterBand(1)
            array = band.ReadAsArray().astype(np.float64)
            array[array == band.GetNoDataValue()] = -1.0
            band = dataset = None
            costs, _ = MCP_Geometric(array, fully_connected=True, sampling=(100.0, 100.0)).find_costs(
                [centre]
            )
            costs = np.where(np.isfinite(costs), costs, -9999.0).astype(np.float32)
            options = ["COMPRESS=DEFLATE", "PREDICTOR=3", "TILED=YES", "BIGTIFF=IF_SAFER"]
            out = gdal.GetDriverByName("GTiff").Create(
                os.path.join(folder, "mcp.tif"), n, n, 1, gdal.GDT_Float32, options
            )
            out.SetGeoTransform((600000.0, 100.0, 0, 4800000.0, 0, -100.0))
            out.SetProjection(srs.ExportToWkt())
            band = out.GetRasterBand(1)
            band.SetNoDataValue(-9999.0)
            band.WriteArray(costs)
            band = out = None

        theirs = []
        for _ in range(repeat):  # interleaved, so that a busy spell of the machine affects both sides
            theirs.append(best_of(reference, 1))
            ours()
        theirs = min(theirs)
    seconds, lines = min(runs, key=lambda run: run[0])
    phases = next((line for line in lines if line.startswith("Timings")), "no timings logged")
    ROWS.append(
        (
            "gpec:costdistance via processing.run, {0} x {0} GeoTIFF in and out".format(n),
            "{:.2f} s".format(seconds),
            "GDAL read + MCP_Geometric + GDAL write (DEFLATE) {:.2f} s".format(theirs),
            "ratio {:.2f} (goal <= 0.8); single runs {}; {}".format(
                seconds / theirs, ", ".join("{:.2f}".format(run[0]) for run in runs), phases
            ),
        )
    )


CHILD = r"""
import os, resource, sys, time
sys.path.insert(0, {root!r})
from gpec_connectivity.headless import start_qgis
start_qgis()
import processing
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
start = time.perf_counter()
processing.run("gpec:costdistance", {{"RESISTANCE": {raster!r}, "SOURCES": {points!r}, "OUTPUT": {out!r}}})
print(time.perf_counter() - start, base * 1024, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024)
"""


def bench_cost_distance_memory(n):
    """Peak memory of gpec:costdistance run through Processing on an n x n Float32 GeoTIFF."""
    from osgeo import gdal, ogr, osr

    with tempfile.TemporaryDirectory() as folder:
        raster = os.path.join(folder, "r.tif")
        dataset = gdal.GetDriverByName("GTiff").Create(raster, n, n, 1, gdal.GDT_Float32, ["TILED=YES"])
        dataset.SetGeoTransform((600000.0, 100.0, 0, 4800000.0, 0, -100.0))
        srs = osr.SpatialReference()
        srs.ImportFromEPSG(32642)
        dataset.SetProjection(srs.ExportToWkt())
        band = dataset.GetRasterBand(1)
        band.SetNoDataValue(-9999.0)
        rng = np.random.default_rng(5)
        for row in range(0, n, 500):
            block = np.exp(rng.normal(0.0, 1.0, (min(500, n - row), n))).astype(np.float32)
            band.WriteArray(block, 0, row)
        band = None
        dataset = None
        points = os.path.join(folder, "p.gpkg")
        vector = ogr.GetDriverByName("GPKG").CreateDataSource(points)
        layer = vector.CreateLayer("p", srs, ogr.wkbPoint)
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetGeometry(
            ogr.CreateGeometryFromWkt("POINT({} {})".format(600000 + 50 * n, 4800000 - 50 * n))
        )
        layer.CreateFeature(feature)
        feature = layer = vector = None
        script = CHILD.format(root=ROOT, raster=raster, points=points, out=os.path.join(folder, "cd.tif"))
        out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
        seconds, base, peak = (float(x) for x in out.stdout.split()[-3:])
    ROWS.append(
        (
            "gpec:costdistance peak memory, {0} x {0}".format(n),
            "{:.2f} GB".format(peak / 2**30),
            "goal < 3 GB",
            "{:.1f} s; {:.0f} bytes/cell above QGIS's own {:.2f} GB".format(
                seconds, (peak - base) / n / n, base / 2**30
            ),
        )
    )


def bench_corridors_training(repeat):
    """gpec:corridors with default settings on the full training landscape."""
    from gpec_connectivity.headless import start_qgis

    start_qgis()
    import processing  # importable once QGIS has started

    with tempfile.TemporaryDirectory() as folder:
        training = shutil.copytree(
            TRAINING, os.path.join(folder, "training")
        )  # QGIS writes into what it opens
        gpkg = os.path.join(training, "training.gpkg")
        resistance = processing.run(
            "gpec:resistancesurface",
            {
                "LANDCOVER": os.path.join(training, "landcover.tif"),
                "PROFILE": 2,
                "LINEAR_FEATURES": [gpkg + "|layername=" + name for name in ("roads", "railways", "fences")],
                "OUTPUT": os.path.join(folder, "r.tif"),
            },
        )["OUTPUT"]

        def run():
            processing.run(
                "gpec:corridors",
                {
                    "RESISTANCE": resistance,
                    "CORES": gpkg + "|layername=protected_areas",
                    "CORE_ID_FIELD": "pa_id",
                    "OUTPUT_CORRIDORS": os.path.join(folder, "c.tif"),
                    "OUTPUT_LINKS": os.path.join(folder, "l.gpkg"),
                },
            )

        seconds = best_of(run, repeat)
    ROWS.append(
        (
            "gpec:corridors, training landscape (1000 x 1000, 14 cores, defaults)",
            "{:.1f} s".format(seconds),
            "goal < 60 s",
            "",
        )
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller sizes, one repeat (for a smoke run)")
    args = parser.parse_args()
    repeat = 1 if args.quick else 3
    bench_cost_distance_vs_mcp(500 if args.quick else 2000, repeat)
    bench_cost_distance_processing(500 if args.quick else 2000, repeat)
    bench_cost_distance_memory(1000 if args.quick else 5000)
    bench_corridors_training(repeat)
    from tests.bench.bench_circuit import bench_circuit

    bench_circuit(ROWS, quick=args.quick)
    from tests.bench.bench_network import bench_network

    bench_network(ROWS, quick=args.quick)
    print(
        "Machine: {} cores, {}, Python {}, numpy {}".format(
            os.cpu_count(), platform.machine(), platform.python_version(), np.__version__
        )
    )
    print()
    print("| Measure | GPEC | Reference | Note |")
    print("| --- | --- | --- | --- |")
    for row in ROWS:
        print("| " + " | ".join(row) + " |")


if __name__ == "__main__":
    main()
