# SPDX-FileCopyrightText: 2026 GPEC Connectivity contributors
# SPDX-License-Identifier: GPL-2.0-or-later
"""The plugin loads the way QGIS loads it, and every algorithm is complete (name, icon, help, parameters)."""

import configparser
import os

import pytest
from qgis.core import QgsApplication

from gpec_connectivity import classFactory

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
ALGORITHMS = [
    "resistancesurface",
    "costdistance",
    "leastcostpath",
    "corridors",
    "currentflow",
    "pinchpoints",
    "barriers",
    "centrality",
    "networkmetrics",
    "protconn",
    "meshsize",
]


def metadata():
    parser = configparser.ConfigParser()
    parser.read(os.path.join(ROOT, "metadata.txt"), encoding="utf-8")
    return parser["general"]


def test_metadata_is_complete():
    general = metadata()
    for key in (
        "name",
        "qgisMinimumVersion",
        "description",
        "about",
        "version",
        "author",
        "email",
        "tracker",
        "repository",
        "homepage",
        "tags",
        "icon",
        "experimental",
        "hasProcessingProvider",
    ):
        assert general.get(key), key
    assert general["qgisMinimumVersion"] == "3.22"
    assert general["hasProcessingProvider"] == "yes"
    assert os.path.exists(os.path.join(ROOT, general["icon"]))
    major = int(general["version"].split(".")[0])
    assert general["experimental"] == ("True" if major < 1 else "False")
    with open(os.path.join(ROOT, "CHANGELOG.md"), encoding="utf-8") as handle:
        assert "## " + general["version"] in handle.read()


def test_running_qgis_is_in_the_supported_range():
    general = metadata()
    minimum = [int(x) for x in general["qgisMinimumVersion"].split(".")]
    running = divmod(
        divmod(
            QgsApplication.QGIS_VERSION_INT
            if hasattr(QgsApplication, "QGIS_VERSION_INT")
            else __import__("qgis.core").core.Qgis.QGIS_VERSION_INT,
            100,
        )[0],
        100,
    )
    assert list(running) >= minimum


def test_init_processing_without_iface(qgis_processing):
    plugin = classFactory(None)
    plugin.initProcessing()
    registry = QgsApplication.processingRegistry()
    try:
        provider = registry.providerById("gpec")
        assert provider is not None and provider.name() == "GPEC Connectivity"
        assert not provider.icon().isNull()
        assert sorted(a.name() for a in provider.algorithms()) == sorted(ALGORITHMS)
        plugin.initProcessing()  # idempotent
        assert len([p for p in registry.providers() if p.id() == "gpec"]) == 1
    finally:
        plugin.unload()
    assert registry.providerById("gpec") is None
    assert plugin.translator is None  # the translator installed at load is removed again


def test_unload_removes_the_translator(qgis_processing):
    from qgis.PyQt.QtCore import QCoreApplication, QSettings

    settings = QSettings()
    before = settings.value("locale/userLocale", "")
    settings.setValue("locale/userLocale", "fr_FR")
    try:
        plugin = classFactory(None)
        assert plugin.translator is not None
        assert QCoreApplication.translate("@default", "Circuit theory") == "Théorie des circuits"
        plugin.unload()
        assert QCoreApplication.translate("@default", "Circuit theory") == "Circuit theory"
    finally:
        settings.setValue("locale/userLocale", before)


@pytest.mark.parametrize("name", ALGORITHMS)
def test_algorithm_is_complete(provider, name):
    algorithm = QgsApplication.processingRegistry().algorithmById("gpec:" + name)
    assert algorithm is not None
    assert algorithm.displayName() and algorithm.group() and algorithm.groupId()
    assert not algorithm.icon().isNull()
    assert len(algorithm.shortHelpString()) > 300
    url = algorithm.helpUrl()
    assert url.startswith(metadata()["homepage"] + "#")
    with open(os.path.join(ROOT, "README.md"), encoding="utf-8") as handle:
        readme = handle.read()
    assert '<a id="{}"></a>'.format(url.split("#", 1)[1]) in readme, "helpUrl anchor missing from the README"
    assert type(algorithm.createInstance()) is type(algorithm)
    for parameter in algorithm.parameterDefinitions():
        assert parameter.name().isupper() and parameter.description(), parameter.name()
