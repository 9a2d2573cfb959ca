# SPDX-FileCopyrightText: 2026 GPEC Connectivity contributors
# SPDX-License-Identifier: GPL-2.0-or-later
"""The bundled training landscape: what the generator writes is what is committed, and it is usable as is."""

import os
import subprocess
import sys

import numpy as np
import processing
import pytest
from osgeo import ogr
from qgis.core import QgsProject

from gpec_connectivity.core.resistance import read_resistance_table, reclassify

from .conftest import read_raster

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
TRAINING = os.path.join(ROOT, "resources", "training")
LAYERS = (
    "study_area",
    "countries",
    "border",
    "protected_areas",
    "roads",
    "railways",
    "fences",
    "rivers",
    "dams",
    "settlements",
    "proposed_highway",
)


def features_of(path):
    dataset = ogr.Open(str(path))
    out = {}
    for name in LAYERS:
        layer = dataset.GetLayerByName(name)
        out[name] = sorted(
            (
                f.GetGeometryRef().ExportToWkt() if f.GetGeometryRef() else "",
                tuple(sorted(f.items().items(), key=str)),
            )
            for f in layer
        )
    dataset = None
    return out


def test_committed_data_is_what_the_generator_writes(tmp_path):
    subprocess.run(
        [sys.executable, os.path.join(TRAINING, "generate.py"), str(tmp_path), "--no-project"],
        check=True,
        capture_output=True,
    )
    np.testing.assert_array_equal(
        read_raster(tmp_path / "landcover.tif"), read_raster(os.path.join(TRAINING, "landcover.tif"))
    )
    assert features_of(tmp_path / "training.gpkg") == features_of(os.path.join(TRAINING, "training.gpkg"))
    for name in ("ungulate", "large_carnivore", "forest_mammal"):
        with (
            open(tmp_path / "profiles" / (name + ".csv"), encoding="utf-8") as fresh,
            open(os.path.join(TRAINING, "profiles", name + ".csv"), encoding="utf-8") as committed,
        ):
            assert fresh.read() == committed.read()


def test_size_and_content():
    total = sum(os.path.getsize(os.path.join(d, f)) for d, _, files in os.walk(TRAINING) for f in files)
    total += sum(
        os.path.getsize(os.path.join(ROOT, "resources", "styles", f))
        for f in os.listdir(os.path.join(ROOT, "resources", "styles"))
    )
    assert total < 15 * 2**20
    classes = read_raster(os.path.join(TRAINING, "landcover.tif"))
    assert classes.shape == (1000, 1000) and set(np.unique(classes)) == set(range(1, 10))
    dataset = ogr.Open(os.path.join(TRAINING, "training.gpkg"))
    areas = dataset.GetLayerByName("protected_areas")
    ids = [f["pa_id"] for f in areas]
    assert 10 <= len(ids) <= 20 and len(set(ids)) == len(ids)
    assert areas.GetSpatialRef().GetAuthorityCode(None) == "32642"
    dataset = None


def test_project_opens_with_every_layer(training, qgis_new_project):
    project = QgsProject.instance()
    assert project.read(str(training / "training.qgz"))
    layers = list(project.mapLayers().values())
    assert len(layers) >= 12 and all(layer.isValid() for layer in layers)
    assert project.crs().authid() == "EPSG:32642"
    project.clear()


@pytest.mark.parametrize("profile, name", [(1, "ungulate"), (2, "large_carnivore"), (3, "forest_mammal")])
def test_bundled_profiles_reclassify_the_training_land_cover(provider, training, tmp_path, profile, name):
    out = processing.run(
        "gpec:resistancesurface",
        {"LANDCOVER": str(training / "landcover.tif"), "PROFILE": profile, "OUTPUT": str(tmp_path / "r.tif")},
    )
    table = read_resistance_table(str(training / "profiles" / (name + ".csv")))
    expected = reclassify(read_raster(training / "landcover.tif"), table)
    np.testing.assert_array_equal(read_raster(out["OUTPUT"]), expected.astype(np.float32))
