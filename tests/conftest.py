# SPDX-FileCopyrightText: 2026 GPEC Connectivity contributors
# SPDX-License-Identifier: GPL-2.0-or-later
"""Shared fixtures: paths to the training landscape and to the peers' reference data."""

import os
import platform
import shutil

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TRAINING = os.path.join(ROOT, "resources", "training")
SHARED = os.path.join(os.path.dirname(ROOT), "shared")


def pytest_report_header(config):
    lines = ["python {}".format(platform.python_version())]
    try:
        import numpy
        import scipy

        lines.append("numpy {}, scipy {}".format(numpy.__version__, scipy.__version__))
        from osgeo import gdal
        from qgis.core import Qgis
        from qgis.PyQt.QtCore import QT_VERSION_STR

        lines.append("QGIS {}, GDAL {}, Qt {}".format(Qgis.QGIS_VERSION, gdal.__version__, QT_VERSION_STR))
    except ImportError as error:  # the core tests still run without QGIS
        lines.append("QGIS not importable: {}".format(error))
    return lines


@pytest.fixture
def training(tmp_path):
    """A private copy of the training landscape (QGIS writes .aux.xml files beside rasters it reads)."""
    target = tmp_path / "training"
    shutil.copytree(TRAINING, target, ignore=shutil.ignore_patterns("*.py", "__pycache__", "*.aux.xml"))
    return target


@pytest.fixture(scope="session")
def shared_reference():
    """../shared/reference, which CI has beside the clone; tests that need it skip without it."""
    path = os.path.join(SHARED, "reference")
    if not os.path.isdir(path):
        pytest.skip("../shared/reference is not beside this clone (only CI and developers have it)")
    return path
