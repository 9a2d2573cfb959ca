# SPDX-FileCopyrightText: 2026 GPEC Connectivity contributors
# SPDX-License-Identifier: GPL-2.0-or-later
"""Circuit-theory figures for make bench: pairwise current flow against bare pyamg solves, memory, fallbacks."""

import os
import subprocess
import sys
import tempfile
import time

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def _problem(n, n_focal=10, seed=7):
    rng = np.random.default_rng(seed)
    resistance = np.exp(rng.normal(0.0, 1.0, (n, n)))
    focal = np.zeros((n, n), dtype=np.int32)
    cells = rng.choice(n * n, n_focal, replace=False)
    focal.ravel()[cells] = np.arange(1, n_focal + 1)
    return resistance, focal, cells


def _bare_pyamg(resistance, cells):
    """Setup and (n - 1) solves of smoothed-aggregation CG (tolerance 1e-6) on the same grounded Laplacian."""
    import pyamg
    import scipy.sparse.linalg as spla

    from gpec_connectivity.core.circuit import CircuitGraph, conductance_map, node_map

    conductance = conductance_map(resistance)
    graph = CircuitGraph(conductance, node_map(conductance))
    nodes = graph.nodes.ravel()[cells] - 1
    keep = np.ones(graph.n_nodes, dtype=bool)
    keep[nodes[0]] = False
    matrix = graph.laplacian[keep][:, keep].tocsr()
    position = np.cumsum(keep) - 1
    start = time.perf_counter()
    preconditioner = pyamg.smoothed_aggregation_solver(matrix, symmetry="hermitian").aspreconditioner()
    setup = time.perf_counter() - start
    start = time.perf_counter()
    for node in nodes[1:]:
        rhs = np.zeros(matrix.shape[0])
        rhs[position[node]] = 1.0
        try:
            spla.cg(matrix, rhs, rtol=1e-6, atol=0.0, M=preconditioner)
        except TypeError:  # scipy < 1.12
            spla.cg(matrix, rhs, tol=1e-6, atol=0.0, M=preconditioner)
    return setup, time.perf_counter() - start


def bench_pairwise(rows, n):
    from gpec_connectivity.core.circuit import circuit_flow

    resistance, focal, cells = _problem(n)
    start = time.perf_counter()
    result = circuit_flow(resistance, focal, mode="pairwise", solver="amg")
    ours = time.perf_counter() - start
    setup, solves = _bare_pyamg(resistance, cells)
    bound = setup + solves
    rows.append(
        (
            "Pairwise current flow, 10 focal cells, {0} x {0} (all 45 current maps)".format(n),
            "{:.1f} s".format(ours),
            "9 bare pyamg solves {:.1f} s + setup {:.1f} s = {:.1f} s".format(solves, setup, bound),
            "{:.2f}x the bound (goal <= 1.5x); {} solves".format(ours / bound, result.solves),
        )
    )


CHILD = r"""
import resource, sys, time
sys.path.insert(0, {root!r})
from gpec_connectivity.headless import start_qgis
start_qgis()
import processing
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
start = time.perf_counter()
out = processing.run("gpec:currentflow", {{"RESISTANCE": {raster!r}, "FOCAL_RASTER": {focal!r}, "SOLVER": {solver},
                     "OUTPUT_CURRENT": {out!r}, "OUTPUT_RESISTANCES": {csv!r}}})
print(time.perf_counter() - start, base * 1024, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024,
      out["SOLVER_USED"].replace(" ", "_"))
"""


def _write(path, array, dtype):
    from osgeo import gdal, osr

    rows, cols = array.shape
    kind = gdal.GDT_Float32 if dtype == "float" else gdal.GDT_Int32
    dataset = gdal.GetDriverByName("GTiff").Create(path, cols, rows, 1, kind, ["TILED=YES"])
    dataset.SetGeoTransform((600000.0, 100.0, 0, 4800000.0, 0, -100.0))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32642)
    dataset.SetProjection(srs.ExportToWkt())
    band = dataset.GetRasterBand(1)
    band.SetNoDataValue(-9999.0 if dtype == "float" else 0)
    band.WriteArray(array.astype(np.float32 if dtype == "float" else np.int32))
    band = None
    dataset = None


def bench_memory(rows, n, solver=2, label="pyamg"):
    """Peak memory of gpec:currentflow (pairwise, 10 focal cells) through Processing in a child process."""
    resistance, focal, _ = _problem(n)
    with tempfile.TemporaryDirectory() as folder:
        raster, focal_path = os.path.join(folder, "r.tif"), os.path.join(folder, "f.tif")
        _write(raster, resistance, "float")
        _write(focal_path, focal, "int")
        del resistance, focal
        script = CHILD.format(
            root=ROOT,
            raster=raster,
            focal=focal_path,
            solver=solver,
            out=os.path.join(folder, "c.tif"),
            csv=os.path.join(folder, "r.csv"),
        )
        out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
        seconds, base, peak, used = out.stdout.split()[-4:]
    seconds, base, peak = float(seconds), float(base), float(peak)
    rows.append(
        (
            "gpec:currentflow pairwise, {0} x {0}, {1}".format(n, label),
            "{:.1f} s, peak {:.2f} GB".format(seconds, peak / 2**30),
            "goal < 1 KB per cell" if label == "pyamg" else "scipy only (no pyamg)",
            "{:.0f} bytes/cell in all ({:.0f} above QGIS itself); {}".format(
                peak / n / n, (peak - base) / n / n, used.replace("_", " ")
            ),
        )
    )


def bench_circuit(rows, quick=False):
    """Append the circuit-theory rows to ``rows``."""
    bench_pairwise(rows, 300 if quick else 1000)
    bench_pairwise_cumulative(rows, 300 if quick else 1000)
    bench_memory(rows, 500 if quick else 2000)
    bench_memory(rows, 300 if quick else 1000, solver=1, label="direct factorisation (SuperLU)")
    bench_memory(rows, 200 if quick else 500, solver=3, label="conjugate gradients, Jacobi")


def bench_pairwise_cumulative(rows, n=1000, n_focal=20):
    """Issue 12: pairwise, single-cell focal points, 4 neighbours, average resistances, cumulative current."""
    from gpec_connectivity.core.circuit import (
        CircuitGraph,
        LinearSolver,
        circuit_flow,
        conductance_map,
        node_map,
    )

    resistance, focal, cells = _problem(n, n_focal)
    start = time.perf_counter()
    result = circuit_flow(
        resistance, focal, mode="pairwise", solver="amg", four_neighbours=True, average_resistances=True
    )
    total = time.perf_counter() - start
    conductance = conductance_map(resistance)
    graph = CircuitGraph(conductance, node_map(conductance), four_neighbours=True, average_resistances=True)
    nodes = graph.nodes.ravel()[cells] - 1
    keep = np.ones(graph.n_nodes, dtype=bool)
    keep[nodes[0]] = False
    matrix = graph.laplacian[keep][:, keep]
    position = np.cumsum(keep) - 1
    start = time.perf_counter()
    linear = LinearSolver(matrix, method="amg")
    setup = time.perf_counter() - start
    start = time.perf_counter()
    for node in nodes[1:]:
        rhs = np.zeros(matrix.shape[0])
        rhs[position[node]] = 1.0
        linear.solve(rhs)
    solves = time.perf_counter() - start
    pairs = n_focal * (n_focal - 1) // 2
    rows.append(
        (
            "Pairwise current flow, {1} focal cells, {0} x {0}, 4 neighbours, average resistances, "
            "cumulative current ({2} pairs)".format(n, n_focal, pairs),
            "{:.1f} s".format(total),
            "{} bare solves {:.1f} s + AMG setup {:.1f} s".format(result.solves, solves, setup),
            "goal < 60 s; {:.1f} s beyond setup and solves".format(total - setup - solves),
        )
    )
