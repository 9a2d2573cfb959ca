# SPDX-FileCopyrightText: 2026 GPEC Connectivity contributors
# SPDX-License-Identifier: GPL-2.0-or-later
"""gpec:currentflow, gpec:pinchpoints, gpec:barriers and gpec:centrality on real layers, and their bad input."""

import csv
import os

import numpy as np
import processing
import pytest
from osgeo import ogr
from qgis.core import QgsProcessingException, QgsRasterLayer, QgsVectorLayer

from .conftest import (
    RecordingFeedback,
    cell_point,
    cell_polygon,
    huge_sparse_raster,
    outputs_written,
    read_raster,
    run_corridors,
    write_raster,
    write_vector,
)

CORES = {1: (2, 2, 6, 6), 2: (2, 22, 6, 26), 3: (16, 12, 20, 16)}


def read_csv(path):
    with open(path, newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def run_current(tmp_path, resistance, feedback=None, **extra):
    """gpec:currentflow with outputs out_c.tif and out_r.csv in ``tmp_path``; ``extra`` adds or overrides."""
    params = {
        "RESISTANCE": resistance,
        "OUTPUT_CURRENT": str(tmp_path / "out_c.tif"),
        "OUTPUT_RESISTANCES": str(tmp_path / "out_r.csv"),
    }
    params.update(extra)
    return processing.run("gpec:currentflow", params, feedback=feedback)


def brute_resistance(resistance, group_a, group_b, *, four_neighbours=False):
    """Effective resistance between two groups of cells (each short-circuited), computed independently: every
    branch of the grid added one by one to a dense Laplacian, then its pseudo-inverse (Circuitscape's
    conventions: the mean of the two cells' conductances, diagonals divided by sqrt 2; NaN cells no node)."""
    rows, cols = resistance.shape
    node = np.arange(rows * cols).reshape(rows, cols)
    merged = node.copy()
    for group in (group_a, group_b):
        cells = [node[r, c] for r, c in group]
        for cell in cells:
            merged.ravel()[cell] = cells[0]
    conductance = np.where(np.isfinite(resistance), 1.0 / resistance, 0.0)
    laplacian = np.zeros((rows * cols, rows * cols))
    steps = [(0, 1), (1, 0)] + ([] if four_neighbours else [(1, 1), (1, -1)])
    for r in range(rows):
        for c in range(cols):
            for dr, dc in steps:
                r2, c2 = r + dr, c + dc
                if (
                    not (0 <= r2 < rows and 0 <= c2 < cols)
                    or not conductance[r, c]
                    or not conductance[r2, c2]
                ):
                    continue
                g = (conductance[r, c] + conductance[r2, c2]) / 2.0 / (np.sqrt(2.0) if dr and dc else 1.0)
                i, j = merged[r, c], merged[r2, c2]
                if i != j:
                    laplacian[i, i] += g
                    laplacian[j, j] += g
                    laplacian[i, j] -= g
                    laplacian[j, i] -= g
    used = np.flatnonzero(np.abs(laplacian).sum(axis=1) > 0)
    inverse = np.linalg.pinv(laplacian[np.ix_(used, used)])
    a = int(np.searchsorted(used, merged[group_a[0]]))
    b = int(np.searchsorted(used, merged[group_b[0]]))
    return inverse[a, a] + inverse[b, b] - 2.0 * inverse[a, b]


def core_cells(core_id):
    r0, c0, r1, c1 = CORES[core_id]
    return [(r, c) for r in range(r0, r1) for c in range(c0, c1)]


@pytest.fixture
def landscape(tmp_path):
    rng = np.random.default_rng(21)
    values = np.exp(rng.normal(0, 0.7, (24, 30)))
    resistance = write_raster(tmp_path / "r.tif", values)
    cores = write_vector(
        tmp_path / "cores.gpkg",
        "cores",
        ogr.wkbPolygon,
        [(cell_polygon(*box), {"id": cid}) for cid, box in CORES.items()],
    )
    return values, resistance, cores


def test_current_flow_with_focal_polygons_writes_every_output(provider, tmp_path, landscape):
    _, resistance, cores = landscape
    out = run_current(
        tmp_path,
        resistance,
        FOCAL_LAYER=cores,
        FOCAL_ID_FIELD="id",
        MODE=0,
        OUTPUT_PAIR_CURRENTS=str(tmp_path / "out_pairs"),
    )
    rows = read_csv(out["OUTPUT_RESISTANCES"])
    assert [(r["from_id"], r["to_id"]) for r in rows] == [("1", "2"), ("1", "3"), ("2", "3")]
    values = read_raster(resistance)
    for row in rows:
        expected = brute_resistance(values, core_cells(int(row["from_id"])), core_cells(int(row["to_id"])))
        assert float(row["resistance"]) == pytest.approx(expected, rel=1e-6)
    assert sorted(os.listdir(out["OUTPUT_PAIR_CURRENTS"])) == [
        "current_1_2.tif",
        "current_1_3.tif",
        "current_2_3.tif",
    ]
    total = sum(
        np.nan_to_num(read_raster(tmp_path / "out_pairs" / name))
        for name in os.listdir(tmp_path / "out_pairs")
    )
    np.testing.assert_allclose(np.nan_to_num(read_raster(out["OUTPUT_CURRENT"])), total, rtol=1e-5, atol=1e-6)
    assert out["SOLVER_USED"].startswith("sparse direct")


def test_one_to_all_voltages_have_a_band_per_focal_region(provider, tmp_path, landscape):
    _, resistance, cores = landscape
    out = run_current(
        tmp_path,
        resistance,
        FOCAL_LAYER=cores,
        FOCAL_ID_FIELD="id",
        MODE=1,
        OUTPUT_VOLTAGE=str(tmp_path / "v.tif"),
    )
    layer = QgsRasterLayer(out["OUTPUT_VOLTAGE"], "v")
    assert layer.bandCount() == 3
    rows = read_csv(out["OUTPUT_RESISTANCES"])
    assert [r["id"] for r in rows] == ["1", "2", "3"] and all(float(r["resistance"]) > 0 for r in rows)


def test_focal_raster_and_conductance_values(provider, tmp_path):
    conductance = np.ones((5, 9))
    focal = np.zeros((5, 9))
    focal[2, 0], focal[2, 8] = 4, 9
    out = run_current(
        tmp_path,
        write_raster(tmp_path / "g.tif", conductance),
        VALUES_ARE_CONDUCTANCE=True,
        FOCAL_RASTER=write_raster(tmp_path / "f.tif", focal, nodata=0),
        FOUR_NEIGHBOURS=True,
    )
    (row,) = read_csv(out["OUTPUT_RESISTANCES"])
    assert (row["from_id"], row["to_id"]) == ("4", "9")
    expected = brute_resistance(1.0 / conductance, [(2, 0)], [(2, 8)], four_neighbours=True)
    assert 8.0 / 5.0 < expected < 8.0  # between one row of 8 links and five rows in parallel
    assert float(row["resistance"]) == pytest.approx(expected, rel=1e-9)


def corridor_links(tmp_path, resistance, cores):
    """The links layer of gpec:corridors (all pairs) between the three test cores."""
    out = run_corridors(
        tmp_path,
        resistance,
        cores,
        OUTPUT_CORRIDORS=str(tmp_path / "corr.tif"),
        OUTPUT_LINKS=str(tmp_path / "links.gpkg"),
    )
    return out["OUTPUT_LINKS"]


def test_pinch_points_add_effective_resistance_to_the_links(provider, tmp_path, landscape):
    _, resistance, cores = landscape
    out = processing.run(
        "gpec:pinchpoints",
        {
            "RESISTANCE": resistance,
            "CORES": cores,
            "CORE_ID_FIELD": "id",
            "LINKS": corridor_links(tmp_path, resistance, cores),
            "WIDTH_CUTOFF": 5.0,
            "ALL_TO_ONE": True,
            "OUTPUT_PINCHPOINTS": str(tmp_path / "pinch.tif"),
            "OUTPUT_LINKS": str(tmp_path / "links_pp.gpkg"),
            "OUTPUT_ALL_TO_ONE": str(tmp_path / "all.tif"),
        },
    )
    links = list(QgsVectorLayer(out["OUTPUT_LINKS"], "l", "ogr").getFeatures())
    assert len(links) == 3
    for link in links:
        if link["kept"]:
            assert link["eff_resist"] > 0
            assert link["cwd_to_eff_resist"] == pytest.approx(link["cw_dist"] / link["eff_resist"])
    # With a cut-off wider than the landscape the corridor is the whole raster: the effective resistance between
    # the two short-circuited cores over every cell, times the cell size (100 m).
    whole = processing.run(
        "gpec:pinchpoints",
        {
            "RESISTANCE": resistance,
            "CORES": cores,
            "CORE_ID_FIELD": "id",
            "LINKS": out["OUTPUT_LINKS"],
            "WIDTH_CUTOFF": 1e9,
            "OUTPUT_PINCHPOINTS": str(tmp_path / "pinch_whole.tif"),
            "OUTPUT_LINKS": str(tmp_path / "links_whole.gpkg"),
        },
    )
    values = read_raster(resistance)
    checked = 0
    for link in QgsVectorLayer(whole["OUTPUT_LINKS"], "l", "ogr").getFeatures():
        if link["kept"]:
            a, b = int(link["from_core"]), int(link["to_core"])
            expected = 100.0 * brute_resistance(values, core_cells(a), core_cells(b))
            assert link["eff_resist"] == pytest.approx(expected, rel=1e-6)
            checked += 1
    assert checked >= 2
    pinch = read_raster(out["OUTPUT_PINCHPOINTS"])
    assert np.nanmax(pinch) > 0 and np.isnan(pinch[3, 3])  # a core cell is NoData
    assert os.path.exists(out["OUTPUT_ALL_TO_ONE"])
    on_the_fly = processing.run(
        "gpec:pinchpoints",
        {
            "RESISTANCE": resistance,
            "CORES": cores,
            "CORE_ID_FIELD": "id",
            "WIDTH_CUTOFF": 5.0,
            "OUTPUT_PINCHPOINTS": str(tmp_path / "pinch2.tif"),
            "OUTPUT_LINKS": str(tmp_path / "links2.gpkg"),
        },
    )
    assert len(list(QgsVectorLayer(on_the_fly["OUTPUT_LINKS"], "l", "ogr").getFeatures())) >= 2


def test_barriers_find_a_wall(provider, tmp_path):
    values = np.ones((15, 31))
    values[:, 15] = 100.0  # a wall of high resistance between the cores
    resistance = write_raster(tmp_path / "r.tif", values)
    cores = write_vector(
        tmp_path / "c.gpkg",
        "c",
        ogr.wkbPolygon,
        [(cell_polygon(5, 1, 10, 4), {"id": 1}), (cell_polygon(5, 27, 10, 30), {"id": 2})],
    )
    out = processing.run(
        "gpec:barriers",
        {
            "RESISTANCE": resistance,
            "CORES": cores,
            "CORE_ID_FIELD": "id",
            "MIN_RADIUS": 100.0,
            "MAX_RADIUS": 300.0,
            "RADIUS_STEP": 100.0,
            "OUTPUT_BARRIERS": str(tmp_path / "b.tif"),
            "OUTPUT_RADIUS": str(tmp_path / "rad.tif"),
            "OUTPUT_PER_RADIUS": str(tmp_path / "per.tif"),
        },
    )
    best = read_raster(out["OUTPUT_BARRIERS"])
    assert np.nanargmax(best) % 31 == 15  # the best window is centred on the wall
    assert QgsRasterLayer(out["OUTPUT_PER_RADIUS"], "p").bandCount() == 3
    assert set(np.unique(read_raster(out["OUTPUT_RADIUS"])[~np.isnan(best) & (best > 0)])) <= {100, 200, 300}


def test_centrality_of_cores_and_links(provider, tmp_path, landscape):
    _, resistance, cores = landscape
    out = processing.run(
        "gpec:centrality",
        {
            "CORES": cores,
            "CORE_ID_FIELD": "id",
            "LINKS": corridor_links(tmp_path, resistance, cores),
            "OUTPUT_CORES": str(tmp_path / "cores_c.gpkg"),
            "OUTPUT_LINKS": str(tmp_path / "links_c.gpkg"),
        },
    )
    core_values = {
        f["id"]: f["cf_central"] for f in QgsVectorLayer(out["OUTPUT_CORES"], "c", "ogr").getFeatures()
    }
    assert sorted(core_values) == [1, 2, 3]
    links = list(QgsVectorLayer(out["OUTPUT_LINKS"], "l", "ogr").getFeatures())
    assert len(links) == 3
    # A triangle of resistors r_ab = cw_dist, solved by hand: 1 A from a to b splits between the direct link
    # (share r_ac + r_cb of the loop's resistance) and the path through c; a link's value sums |current| over
    # the three pairs, a core's value adds the 2 A of the pairs it ends to the current passing through it.
    r = {frozenset((int(f["from_core"]), int(f["to_core"]))): f["cw_dist"] for f in links}
    loop = sum(r.values())
    link_expected, core_expected = {}, {1: 2.0, 2: 2.0, 3: 2.0}
    for edge in r:
        (a, b), total = sorted(edge), 0.0
        for pair in r:
            if pair == edge:
                total += (loop - r[edge]) / loop  # the direct share of its own pair
            else:
                total += r[pair] / loop  # the share of another pair's current that takes the two-link detour
        link_expected[edge] = total
    for c in core_expected:
        (a, b) = sorted({1, 2, 3} - {c})
        core_expected[c] += r[frozenset((a, b))] / loop  # a-b current through c
    for f in links:
        edge = frozenset((int(f["from_core"]), int(f["to_core"])))
        assert f["cf_central"] == pytest.approx(link_expected[edge], rel=1e-9)
    for c, value in core_values.items():
        assert value == pytest.approx(core_expected[c], rel=1e-9)


# --- bad input ---------------------------------------------------------------------------------------------


def focal_raster(tmp_path, cells, shape=(10, 10)):
    focal = np.zeros(shape)
    for value, cell in cells.items():
        focal[cell] = value
    return write_raster(tmp_path / "focal.tif", focal, nodata=0)


def test_fewer_than_two_focal_regions(provider, tmp_path):
    resistance = write_raster(tmp_path / "r.tif", np.ones((10, 10)))
    with pytest.raises(QgsProcessingException, match="At least two focal regions"):
        run_current(tmp_path, resistance, FOCAL_RASTER=focal_raster(tmp_path, {1: (2, 2)}))
    assert not outputs_written(tmp_path)


def test_focal_region_on_nodata_is_reported_not_connected(provider, tmp_path):
    values = np.ones((10, 10))
    values[2, 2] = np.nan
    resistance = write_raster(tmp_path / "r.tif", values)
    feedback = RecordingFeedback()
    out = run_current(
        tmp_path,
        resistance,
        FOCAL_RASTER=focal_raster(tmp_path, {1: (2, 2), 2: (8, 8), 3: (8, 2)}),
        feedback=feedback,
    )
    rows = {(r["from_id"], r["to_id"]): r["resistance"] for r in read_csv(out["OUTPUT_RESISTANCES"])}
    assert rows[("1", "2")] == "" and rows[("2", "3")] != ""
    assert any("entirely on NoData" in w for w in feedback.warnings)
    values[8, 8] = np.nan
    both_off = write_raster(tmp_path / "r2.tif", values)
    with pytest.raises(QgsProcessingException, match="Fewer than two focal regions lie on cells"):
        run_current(
            tmp_path,
            both_off,
            FOCAL_RASTER=focal_raster(tmp_path, {1: (2, 2), 2: (8, 8)}),
            OUTPUT_CURRENT=str(tmp_path / "out2_c.tif"),
            OUTPUT_RESISTANCES=str(tmp_path / "out2_r.csv"),
        )
    assert not os.path.exists(tmp_path / "out2_c.tif")


def test_overlapping_focal_regions_are_refused(provider, tmp_path):
    resistance = write_raster(tmp_path / "r.tif", np.ones((10, 10)))
    layer = write_vector(
        tmp_path / "f.gpkg",
        "f",
        ogr.wkbPolygon,
        [(cell_polygon(1, 1, 5, 5), {"id": 1}), (cell_polygon(3, 3, 8, 8), {"id": 2})],
    )
    with pytest.raises(QgsProcessingException, match="Focal regions of different ids overlap \\(1/2\\)"):
        run_current(tmp_path, resistance, FOCAL_LAYER=layer, FOCAL_ID_FIELD="id")
    assert not outputs_written(tmp_path)


def test_short_circuit_raster_on_another_grid(provider, tmp_path):
    resistance = write_raster(tmp_path / "r.tif", np.ones((10, 10)))
    polygons = write_raster(tmp_path / "p.tif", np.ones((12, 10)))
    with pytest.raises(QgsProcessingException, match="Align Rasters"):
        run_current(
            tmp_path,
            resistance,
            FOCAL_RASTER=focal_raster(tmp_path, {1: (1, 1), 2: (8, 8)}),
            SHORT_CIRCUIT=polygons,
        )
    assert not outputs_written(tmp_path)


@pytest.mark.parametrize(
    "bad, conductance, message",
    [
        (0.0, False, "zero or negative resistance"),
        (-1.0, False, "zero or negative resistance"),
        (-1.0, True, "negative cell"),
    ],
)
def test_zero_negative_values(provider, tmp_path, bad, conductance, message):
    values = np.ones((10, 10))
    values[5, 5] = bad
    resistance = write_raster(tmp_path / "r.tif", values)
    with pytest.raises(QgsProcessingException, match=message):
        run_current(
            tmp_path,
            resistance,
            FOCAL_RASTER=focal_raster(tmp_path, {1: (1, 1), 2: (8, 8)}),
            VALUES_ARE_CONDUCTANCE=conductance,
        )
    assert not outputs_written(tmp_path)


def test_nan_values_are_nodata_with_a_warning(provider, tmp_path):
    values = np.ones((10, 10))
    values[5, 5] = np.nan
    resistance = write_raster(tmp_path / "r.tif", values, nodata=None)
    feedback = RecordingFeedback()
    out = run_current(
        tmp_path, resistance, FOCAL_RASTER=focal_raster(tmp_path, {1: (1, 1), 2: (8, 8)}), feedback=feedback
    )
    assert any("NaN" in w for w in feedback.warnings)
    assert np.isnan(read_raster(out["OUTPUT_CURRENT"])[5, 5])


def test_disconnected_components_are_not_an_error(provider, tmp_path):
    values = np.ones((10, 10))
    values[:, 5] = np.nan
    resistance = write_raster(tmp_path / "r.tif", values)
    out = run_current(
        tmp_path, resistance, FOCAL_RASTER=focal_raster(tmp_path, {1: (1, 1), 2: (8, 8), 3: (8, 1)})
    )
    rows = {(r["from_id"], r["to_id"]): r["resistance"] for r in read_csv(out["OUTPUT_RESISTANCES"])}
    assert rows[("1", "2")] == "" and rows[("1", "3")] != ""
    assert out["NOT_CONNECTED"] == 2


def test_too_large_for_memory(provider, tmp_path):
    path = huge_sparse_raster(tmp_path)
    points = write_vector(
        tmp_path / "p.gpkg",
        "p",
        ogr.wkbPoint,
        [(cell_point(1, 1, cellsize=1.0), {"id": 1}), (cell_point(9, 9, cellsize=1.0), {"id": 2})],
    )
    with pytest.raises(QgsProcessingException, match="needs about .* of memory.*Coarsen"):
        run_current(tmp_path, path, FOCAL_LAYER=points, FOCAL_ID_FIELD="id")
    assert not outputs_written(tmp_path)


def test_cancel_in_a_pairwise_run_leaves_no_output(provider, tmp_path):
    rng = np.random.default_rng(3)
    resistance = write_raster(tmp_path / "r.tif", np.exp(rng.normal(0, 1, (60, 60))))
    cells = {k + 1: (5 + 10 * (k % 5), 5 + 10 * (k // 5)) for k in range(10)}
    feedback = RecordingFeedback(cancel_at=50)
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        run_current(
            tmp_path,
            resistance,
            FOCAL_RASTER=focal_raster(tmp_path, cells, (60, 60)),
            OUTPUT_PAIR_CURRENTS=str(tmp_path / "out_pairs"),
            feedback=feedback,
        )
    assert not outputs_written(tmp_path)
