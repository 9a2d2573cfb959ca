# SPDX-FileCopyrightText: 2026 GPEC Connectivity contributors
# SPDX-License-Identifier: GPL-2.0-or-later
"""The zip from `make package` installs and runs: loaded the way QGIS loads plugins, and via qgis_process."""

import json
import os
import shutil
import subprocess
import sys
import textwrap
import zipfile

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
QGIS_PROCESS = shutil.which("qgis_process.bin") or "/usr/bin/qgis_process.bin"


@pytest.fixture(scope="module")
def package(tmp_path_factory):
    """The zip of `make package`, built into a temporary folder by `make zip`, which installs nothing."""
    build = tmp_path_factory.mktemp("build")
    subprocess.run(["make", "-s", "zip", "BUILD={}".format(build)], cwd=ROOT, check=True, capture_output=True)
    return str(build / "gpec_connectivity.zip")


@pytest.fixture
def installed(package, tmp_path):
    """A fresh QGIS profile folder with the plugin unzipped into it, as "Install from ZIP" does."""
    plugins = tmp_path / "profiles" / "default" / "python" / "plugins"
    plugins.mkdir(parents=True)
    with zipfile.ZipFile(package) as archive:
        archive.extractall(plugins)
    return tmp_path, plugins / "gpec_connectivity"


def test_zip_contents(package):
    with zipfile.ZipFile(package) as archive:
        names = set(archive.namelist())
    top = {name.split("/")[0] for name in names}
    assert top == {"gpec_connectivity"}
    for needed in (
        "metadata.txt",
        "LICENSE",
        "__init__.py",
        "plugin.py",
        "resources/icons/gpec.svg",
        "resources/training/landcover.tif",
        "resources/training/training.gpkg",
        "resources/training/profiles/ungulate.csv",
        "i18n/gpec_connectivity_fr.qm",
    ):
        assert "gpec_connectivity/" + needed in names, needed
    assert not [n for n in names if "__pycache__" in n or n.endswith((".pyc", ".ts", "generate.py"))]
    assert not [n for n in names if "/tests/" in n]


def test_loads_like_qgis_loads_plugins(installed):
    profile, plugin_dir = installed
    script = textwrap.dedent(
        """
        import sys
        from qgis.core import QgsApplication
        app = QgsApplication([], False)
        app.initQgis()
        import qgis.utils
        qgis.utils.plugin_paths = [sys.argv[1]]
        sys.path.insert(0, sys.argv[1])
        qgis.utils.updateAvailablePlugins()
        assert qgis.utils.loadPlugin("gpec_connectivity"), "loadPlugin failed"
        assert qgis.utils.startProcessingPlugin("gpec_connectivity"), "startProcessingPlugin failed"
        module = sys.modules["gpec_connectivity"]
        assert module.__file__.startswith(sys.argv[1]), module.__file__
        provider = QgsApplication.processingRegistry().providerById("gpec")
        print(sorted(a.id() for a in provider.algorithms()))
        from gpec_connectivity.paths import profile_path
        import os
        assert os.path.exists(profile_path("ungulate")), profile_path("ungulate")
        """
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QGIS_CUSTOM_CONFIG_PATH=str(profile))
    env.pop("PYTHONPATH", None)
    out = subprocess.run(
        [sys.executable, "-c", script, str(plugin_dir.parent)],
        capture_output=True,
        text=True,
        env=env,
        cwd=str(profile),
        check=False,
    )
    assert out.returncode == 0, out.stderr
    assert "gpec:corridors" in out.stdout


@pytest.mark.skipif(not os.path.exists(QGIS_PROCESS), reason="qgis_process.bin is not installed")
def test_qgis_process_runs_corridors_on_the_training_data(installed, tmp_path):
    profile, plugin_dir = installed
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QGIS_CUSTOM_CONFIG_PATH=str(profile))
    env.pop("PYTHONPATH", None)
    subprocess.run(
        [QGIS_PROCESS, "plugins", "enable", "gpec_connectivity"], env=env, check=True, capture_output=True
    )
    training = plugin_dir / "resources" / "training"
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    resistance = subprocess.run(
        [
            QGIS_PROCESS,
            "--json",
            "run",
            "gpec:resistancesurface",
            "--",
            "LANDCOVER={}".format(training / "landcover.tif"),
            "PROFILE=1",
            "OUTPUT={}".format(out_dir / "r.tif"),
        ],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert json.loads(resistance.stdout)["results"]["OUTPUT"] == str(out_dir / "r.tif")
    corridors = subprocess.run(
        [
            QGIS_PROCESS,
            "--json",
            "run",
            "gpec:corridors",
            "--",
            "RESISTANCE={}".format(out_dir / "r.tif"),
            "CORES={}|layername=protected_areas".format(training / "training.gpkg"),
            "CORE_ID_FIELD=pa_id",
            "OUTPUT_CORRIDORS={}".format(out_dir / "corridors.tif"),
            "OUTPUT_LINKS={}".format(out_dir / "links.gpkg"),
        ],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    results = json.loads(corridors.stdout)["results"]
    assert results["LINKS_KEPT"] > 10
    assert (out_dir / "corridors.tif").exists() and (out_dir / "links.gpkg").exists()
