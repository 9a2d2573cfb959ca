# SPDX-FileCopyrightText: 2026 GPEC Connectivity contributors
# SPDX-License-Identifier: GPL-2.0-or-later
"""gpec:corridors through processing.run: cw_dist and corridor values checked against gpec:costdistance outputs."""

import os

import numpy as np
import processing
import pytest
from osgeo import ogr
from qgis.core import QgsVectorLayer

from .conftest import cell_polygon, read_raster, run_corridors, write_raster, write_vector

CORES = {  # id: (row0, col0, row1, col1)
    11: (3, 3, 9, 10),
    22: (40, 55, 48, 66),
    33: (22, 28, 28, 36),
    44: (42, 4, 50, 12),
}


@pytest.fixture
def landscape(tmp_path):
    rng = np.random.default_rng(17)
    values = np.exp(rng.normal(0, 1, (55, 70)))
    values[rng.random(values.shape) < 0.06] = np.nan
    for r0, c0, r1, c1 in CORES.values():
        block = values[r0:r1, c0:c1]
        block[np.isnan(block)] = 1.0
    resistance = write_raster(tmp_path / "r.tif", values)
    cores = write_vector(
        tmp_path / "cores.gpkg",
        "cores",
        ogr.wkbPolygon,
        [(cell_polygon(*box), {"id": cid}) for cid, box in CORES.items()],
    )
    return read_raster(resistance), resistance, cores


def cwd_of(tmp_path, resistance, cores, cid):
    layer = QgsVectorLayer(cores, "c", "ogr")
    layer.setSubsetString('"id" = {}'.format(cid))
    out = processing.run(
        "gpec:costdistance",
        {
            "RESISTANCE": resistance,
            "SOURCES": layer,
            "FLOAT64": True,
            "OUTPUT": str(tmp_path / "cwd_{}.tif".format(cid)),
        },
    )
    return read_raster(out["OUTPUT"])


@pytest.mark.parametrize("links", [0, 1, 2])
def test_links_and_corridor_match_the_definitions(provider, tmp_path, landscape, links, feedback):
    values, resistance, cores = landscape
    out = processing.run(
        "gpec:corridors",
        {
            "RESISTANCE": resistance,
            "CORES": cores,
            "CORE_ID_FIELD": "id",
            "LINKS": links,
            "K_NEAREST": 1,
            "DROP_THROUGH_CORES": False,
            "FLOAT64": True,
            "OUTPUT_CORRIDORS": str(tmp_path / "corridors.tif"),
            "OUTPUT_LINKS": str(tmp_path / "links.gpkg"),
        },
        feedback=feedback,
    )
    layer = QgsVectorLayer(out["OUTPUT_LINKS"], "links", "ogr")
    names = layer.fields().names()
    for field in (
        "from_core",
        "to_core",
        "cw_dist",
        "euc_dist",
        "lcp_length",
        "cwd_to_euc",
        "cwd_to_path",
        "kept",
        "reason",
    ):
        assert field in names
    features = list(layer.getFeatures())
    assert features and out["LINKS_KEPT"] + out["LINKS_DROPPED"] == len(features)
    if links == 1:
        assert len(features) == 6
    cwd = {cid: cwd_of(tmp_path, resistance, cores, cid) for cid in CORES}
    expected = np.full(values.shape, np.inf)
    for f in features:
        a, b = f["from_core"], f["to_core"]
        r0, c0, r1, c1 = CORES[b]
        assert f["cw_dist"] == pytest.approx(np.nanmin(cwd[a][r0:r1, c0:c1]), rel=1e-9)
        assert f["lcp_length"] == pytest.approx(f.geometry().length(), rel=1e-9)
        assert f["cwd_to_path"] == pytest.approx(f["cw_dist"] / f["lcp_length"])
        assert f["cwd_to_euc"] == pytest.approx(f["cw_dist"] / f["euc_dist"])
        assert f["kept"] in (True, 1)
        expected = np.fmin(
            expected, np.nan_to_num(cwd[a], nan=np.inf) + np.nan_to_num(cwd[b], nan=np.inf) - f["cw_dist"]
        )
    corridor = read_raster(out["OUTPUT_CORRIDORS"])
    inside = np.isfinite(expected)
    assert np.array_equal(~np.isnan(corridor), inside)
    np.testing.assert_allclose(corridor[inside], np.maximum(expected[inside], 0), rtol=1e-9, atol=1e-6)
    assert any("candidate link" in line for line in feedback.infos)


def test_euclidean_distance_is_edge_to_edge(provider, tmp_path, landscape):
    _, resistance, cores = landscape
    out = run_corridors(tmp_path, resistance, cores)
    layer = QgsVectorLayer(out["OUTPUT_LINKS"], "links", "ogr")
    link = next(f for f in layer.getFeatures() if {f["from_core"], f["to_core"]} == {11, 33})
    # core 11 spans rows 3-8, cols 3-9; core 33 rows 22-27, cols 28-35: gap 13 rows x 18 columns of 100 m
    assert link["euc_dist"] == pytest.approx(np.hypot(1300.0, 1800.0))


def test_width_cutoff_and_filters(provider, tmp_path, landscape):
    _, resistance, cores = landscape
    out = run_corridors(tmp_path, resistance, cores, WIDTH_CUTOFF=500.0, MAX_EUC_DIST=3000.0)
    corridor = read_raster(out["OUTPUT_CORRIDORS"])
    assert np.nanmax(corridor) <= 500.0
    layer = QgsVectorLayer(out["OUTPUT_LINKS"], "links", "ogr")
    for f in layer.getFeatures():
        if f["euc_dist"] > 3000.0:
            assert f["kept"] in (False, 0) and "euc_dist above the maximum" in f["reason"]
        else:
            assert f["kept"] in (True, 1) and not f["reason"]


def test_a_failed_second_output_leaves_the_first_unwritten(provider, tmp_path, landscape):
    """The corridor raster is written before the links; when the links cannot be written, neither is left."""
    from qgis.core import QgsProcessingException

    _, resistance, cores = landscape
    corridors = tmp_path / "corridors.tif"
    with pytest.raises(QgsProcessingException):
        run_corridors(
            tmp_path,
            resistance,
            cores,
            OUTPUT_CORRIDORS=str(corridors),
            OUTPUT_LINKS=str(tmp_path / "no" / "such" / "folder" / "links.gpkg"),
        )
    assert not corridors.exists()
    assert not [name for name in os.listdir(tmp_path) if name.startswith(".gpec-partial")]


def test_staged_outputs_move_all_or_nothing(tmp_path):
    from gpec_connectivity.adapters.outputs import StagedOutputs

    first, second = tmp_path / "a.tif", tmp_path / "sub" / "b.csv"
    with StagedOutputs() as stage:
        open(stage.path(str(first)), "w").close()
        open(stage.path(str(second)), "w").close()
        folder = stage.folder(str(tmp_path / "pairs"))
        open(os.path.join(folder, "current_1_2.tif"), "w").close()
        assert not first.exists() and not second.exists()
        stage.commit()
    assert first.exists() and second.exists() and (tmp_path / "pairs" / "current_1_2.tif").exists()
    with pytest.raises(RuntimeError):
        with StagedOutputs() as stage:
            open(stage.path(str(tmp_path / "c.tif")), "w").close()
            raise RuntimeError("a later step fails")
    assert not (tmp_path / "c.tif").exists()
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []
