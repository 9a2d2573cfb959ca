# SPDX-FileCopyrightText: 2026 GPEC Connectivity contributors
# SPDX-License-Identifier: GPL-2.0-or-later
"""Speed and memory of the network indicators, beside a naive networkx all-pairs baseline measured in the same run.

``bench_network(rows, quick=False)`` appends ``(measure, gpec, reference, note)`` rows:

- PC, ECA and every dPC fraction (node and link importance, IIC too) for 1,000 patches with edge-to-edge
  Euclidean distances and no maximum link distance (every pair linked), through the core;
- the same for 5,000 patches with a maximum link distance, with the peak memory of a child process;
- gpec:protconn for 30 regions at 3 distances over 3,000 protected areas, through Processing;
- the three algorithms on the training landscape.

The naive baseline is what Conefor-style tools do: one networkx all-pairs Dijkstra per index, then one more per
removed node. Its all-pairs time is measured on a sample of sources and scaled to all of them (stated in the note).
"""

import os
import shutil
import subprocess
import sys
import tempfile
import time

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
TRAINING = os.path.join(ROOT, "resources", "training")


def discs(n, side, seed, rmin, rmax):
    """Random circular patches: centres, radii and areas."""
    rng = np.random.default_rng(seed)
    xy = rng.uniform(0, side, (n, 2))
    radius = rng.uniform(rmin, rmax, n)
    return xy, radius, np.pi * radius**2


def edge_pairs(xy, radius, max_distance=None):
    """Edge-to-edge distances between discs (0 where they overlap), all pairs or those within max_distance."""
    if max_distance is None:
        i, j = np.triu_indices(len(xy), 1)
    else:
        from scipy.spatial import cKDTree

        pairs = cKDTree(xy).query_pairs(max_distance + 2 * radius.max(), output_type="ndarray")
        i, j = np.minimum(pairs[:, 0], pairs[:, 1]), np.maximum(pairs[:, 0], pairs[:, 1])
    d = np.maximum(np.hypot(*(xy[i] - xy[j]).T) - radius[i] - radius[j], 0.0)
    if max_distance is not None:
        keep = d <= max_distance
        i, j, d = i[keep], j[keep], d[keep]
    return i.astype(np.int64), j.astype(np.int64), d


def networkx_all_pairs(n, pairs, rate, attributes, sample):
    """Seconds for one naive all-pairs PC numerator in networkx, measured on ``sample`` sources and scaled."""
    import networkx as nx

    graph = nx.Graph()
    graph.add_nodes_from(range(n))
    for a, b, d in zip(*pairs):
        graph.add_edge(int(a), int(b), weight=max(rate * d, 1e-300))
    sources = np.linspace(0, n - 1, sample).astype(int)
    start = time.perf_counter()
    for s in sources:
        lengths = nx.single_source_dijkstra_path_length(graph, int(s), weight="weight")
        sum(attributes[s] * attributes[t] * np.exp(-length) for t, length in lengths.items())
    return (time.perf_counter() - start) * n / sample


def bench_complete(rows, quick):
    from gpec_connectivity.core.network import dispersal_rate, network_indices

    n = 300 if quick else 1000
    xy, radius, area = discs(n, 60000.0, 1, 50.0, 600.0)
    pairs = edge_pairs(xy, radius)
    baseline = networkx_all_pairs(n, pairs, dispersal_rate(5000.0), area, 10 if quick else 20)
    for links in (False, True):
        start = time.perf_counter()
        result = network_indices(
            area, pairs, distance=5000.0, landscape_area=60000.0**2, link_importance=links
        )
        seconds = time.perf_counter() - start
        rows.append(
            (
                "PC, ECA, dPC + fractions, dIIC, BC-PC{}; {:,} patches, edge-to-edge, all {:,} pairs linked".format(
                    ", link dPC" if links else "", n, len(pairs[0])
                ),
                "{:.1f} s".format(seconds),
                "networkx naive: {:.1f} s per all-pairs run, x {:,} runs = {:,.0f} s".format(
                    baseline, n + 1, baseline * (n + 1)
                ),
                "goal < 30 s; {:.0f}x faster than naive; PC {:.4g}, median dispersal 5 km in a 60 km square".format(
                    baseline * (n + 1) / seconds, result.pc
                ),
            )
        )


CHILD = r"""
import resource, sys, time
sys.path.insert(0, {root!r})
import numpy as np
from tests.bench.bench_network import discs, edge_pairs
from gpec_connectivity.core.network import network_indices
xy, radius, area = discs({n}, {side}, 2, 40.0, 400.0)
pairs = edge_pairs(xy, radius, {max_link})
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
start = time.perf_counter()
r = network_indices(area, pairs, distance={distance}, max_link_distance={max_link}, landscape_area={side}**2,
                    link_importance={links})
print(time.perf_counter() - start, base * 1024, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024,
      len(pairs[0]), r.components)
"""


def bench_sparse(rows, quick):
    from gpec_connectivity.core.network import dispersal_rate

    n = 1000 if quick else 5000
    side = 150000.0 * np.sqrt(n / 5000)
    max_link, distance = 3000.0, 1500.0
    for links in (False, True):
        script = CHILD.format(root=ROOT, n=n, side=side, max_link=max_link, distance=distance, links=links)
        out = subprocess.run(
            [sys.executable, "-c", script], capture_output=True, text=True, check=True, cwd=ROOT
        )
        seconds, base, peak, n_pairs, components = (float(x) for x in out.stdout.split()[-5:])
        xy, radius, area = discs(n, side, 2, 40.0, 400.0)
        pairs = edge_pairs(xy, radius, max_link)
        baseline = networkx_all_pairs(n, pairs, dispersal_rate(distance), area, 20)
        what = "dPC + fractions, dIIC, BC-PC" + (", link dPC" if links else "")
        rows.append(
            (
                "PC, ECA, {}; {:,} patches, max link {:g} km ({:,} links)".format(
                    what, n, max_link / 1000, int(n_pairs)
                ),
                "{:.0f} s, peak {:.2f} GB".format(seconds, peak / 2**30),
                "networkx naive: {:.1f} s per all-pairs run, x {:,} runs = {:,.0f} s".format(
                    baseline, n + 1, baseline * (n + 1)
                ),
                "goal < 300 s, < 4 GB (peak resident size of the whole child process); median dispersal {:g} km "
                "in a {:.0f} km square, {} groups of binary (IIC) links; {:.0f}x faster than naive".format(
                    distance / 1000, side / 1000, int(components), baseline * (n + 1) / seconds
                ),
            )
        )


def protconn_inputs(folder, n_pa, quick):
    """30 regions (a 6 x 5 grid of 50 km squares) and random protected areas, some overlapping, in a GeoPackage."""
    from osgeo import ogr, osr

    path = os.path.join(folder, "pc.gpkg")
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32642)
    data = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    regions = data.CreateLayer("regions", srs, ogr.wkbPolygon)
    regions.CreateField(ogr.FieldDefn("name", ogr.OFTString))
    size = 50000.0
    for r in range(5):
        for c in range(6):
            f = ogr.Feature(regions.GetLayerDefn())
            x, y = 600000.0 + c * size, 4500000.0 + r * size
            f.SetGeometry(
                ogr.CreateGeometryFromWkt(
                    "POLYGON(({0} {1},{2} {1},{2} {3},{0} {3},{0} {1}))".format(x, y, x + size, y + size)
                )
            )
            f.SetField("name", "R{}{}".format(r, c))
            regions.CreateFeature(f)
    pas = data.CreateLayer("pas", srs, ogr.wkbPolygon)
    rng = np.random.default_rng(3)
    for _ in range(n_pa):
        x = rng.uniform(600000.0 - 20000, 900000.0 + 20000)
        y = rng.uniform(4500000.0 - 20000, 4750000.0 + 20000)
        point = ogr.CreateGeometryFromWkt("POINT({} {})".format(x, y))
        f = ogr.Feature(pas.GetLayerDefn())
        f.SetGeometry(point.Buffer(rng.uniform(300.0, 2500.0), 8))
        pas.CreateFeature(f)
    data = None
    return path + "|layername=pas", path + "|layername=regions"


def bench_protconn(rows, quick):
    from gpec_connectivity.headless import start_qgis

    start_qgis()
    import processing

    n_pa = 600 if quick else 3000
    with tempfile.TemporaryDirectory() as folder:
        pas, regions = protconn_inputs(folder, n_pa, quick)
        start = time.perf_counter()
        processing.run(
            "gpec:protconn",
            {
                "PROTECTED_AREAS": pas,
                "REGIONS": regions,
                "REGION_NAME_FIELD": "name",
                "DISTANCES": "1000, 10000, 100000",
                "TRANSBOUNDARY": True,
                "TRANSBOUNDARY_BUFFER": 50000.0,
                "OUTPUT": os.path.join(folder, "t.gpkg"),
                "OUTPUT_REGIONS": os.path.join(folder, "r.gpkg"),
            },
        )
        seconds = time.perf_counter() - start
        baseline, nodes = protconn_baseline(pas, regions, 2 if quick else 3)
    rows.append(
        (
            "gpec:protconn, 30 regions x 3 distances, {:,} protected areas, transboundary 50 km".format(n_pa),
            "{:.1f} s".format(seconds),
            "networkx all-pairs ECAs, scaled from a sample of regions: {:,.0f} s".format(baseline),
            "goal < 120 s; {:.0f} nodes per region (units inside + transboundary), complete graphs".format(
                nodes
            ),
        )
    )


def protconn_baseline(pas, regions, sample):
    """Seconds of networkx all-pairs ECAs (with and without transboundary units, 3 distances) on the node graphs
    of ``sample`` regions (same nodes and distances as gpec:protconn), scaled to all 30; mean node count."""
    import networkx as nx
    from qgis.core import QgsVectorLayer

    from gpec_connectivity.adapters.polygons import (
        areas,
        clip_parts,
        dissolve,
        edge_distance_pairs,
        polygon_parts,
        prepared,
        spatial_index,
    )
    from gpec_connectivity.core.network import dispersal_rate

    pa_layer = QgsVectorLayer(pas, "p", "ogr")
    units = polygon_parts(dissolve([f.geometry() for f in pa_layer.getFeatures()]))
    index = spatial_index(units)
    total, counts = 0.0, []
    features = list(QgsVectorLayer(regions, "r", "ogr").getFeatures())
    for feature in features[:: max(1, len(features) // sample)][:sample]:
        region = feature.geometry()
        inside = clip_parts(units, index, region)
        trans = []
        engine = prepared(region)
        for piece in clip_parts(units, index, region.buffer(50000.0, 16)):
            if not engine.intersects(piece.constGet()):
                trans.append(piece)
            elif not engine.contains(piece.constGet()):
                trans.extend(polygon_parts(piece.difference(region)))
        nodes = inside + trans
        counts.append(len(nodes))
        i, j, d = edge_distance_pairs(nodes)
        a = np.concatenate([areas(inside), np.zeros(len(trans))])
        start = time.perf_counter()
        for distance in (1000.0, 10000.0, 100000.0):
            rate = dispersal_rate(distance)
            for count in (len(nodes), len(inside)):
                graph = nx.Graph()
                graph.add_nodes_from(range(count))
                for x, y, z in zip(i, j, d):
                    if x < count and y < count:
                        graph.add_edge(int(x), int(y), weight=max(rate * z, 1e-300))
                np.sqrt(
                    sum(
                        a[s] * a[t] * np.exp(-length)
                        for s, lengths in nx.all_pairs_dijkstra_path_length(graph, weight="weight")
                        for t, length in lengths.items()
                    )
                )
        total += time.perf_counter() - start
    return total * len(features) / len(counts), float(np.mean(counts))


def bench_training(rows):
    from gpec_connectivity.headless import start_qgis

    start_qgis()
    sys.path.insert(0, os.path.join(ROOT, "tests", "demo"))
    from network_demo import run_network_demo

    with tempfile.TemporaryDirectory() as folder:
        training = shutil.copytree(
            TRAINING, os.path.join(folder, "training")
        )  # QGIS writes into what it opens
        start = time.perf_counter()
        run_network_demo(folder, training)
        seconds = time.perf_counter() - start
    rows.append(
        (
            "networkmetrics + protconn (3 distances, charts) + meshsize (CBC, before/after), training landscape",
            "{:.1f} s".format(seconds),
            "",
            "14 protected areas, 2 countries; the make demo step",
        )
    )


def bench_network(rows, quick=False):
    """Append the network-indicator rows ``(measure, gpec, reference, note)`` to ``rows`` (and echo each one to
    stderr as soon as it is measured)."""
    for step in (bench_complete, bench_sparse, bench_protconn):
        before = len(rows)
        step(rows, quick)
        for row in rows[before:]:
            print("| " + " | ".join(row) + " |", file=sys.stderr, flush=True)
    bench_training(rows)


if __name__ == "__main__":
    table = []
    bench_network(table, quick="--quick" in sys.argv)
    print("| Measure | GPEC | Reference | Note |")
    print("| --- | --- | --- | --- |")
    for row in table:
        print("| " + " | ".join(row) + " |")
