# SPDX-FileCopyrightText: 2026 GPEC Connectivity contributors
# SPDX-License-Identifier: GPL-2.0-or-later
"""Cancelling a run stops it with a message and leaves no partial output."""

import numpy as np
import processing
import pytest
from osgeo import ogr
from qgis.core import QgsProcessingException

from .conftest import RecordingFeedback, cell_point, cell_polygon, outputs_written, write_raster, write_vector


@pytest.mark.parametrize("algorithm", ["gpec:corridors", "gpec:costdistance"])
def test_cancel_leaves_no_output(provider, tmp_path, algorithm):
    rng = np.random.default_rng(2)
    resistance = write_raster(tmp_path / "r.tif", np.exp(rng.normal(0, 1, (300, 300))))
    features = [
        (cell_polygon(10 + 60 * i, 10 + 50 * i, 20 + 60 * i, 25 + 50 * i), {"id": i + 1}) for i in range(4)
    ]
    cores = write_vector(tmp_path / "c.gpkg", "c", ogr.wkbPolygon, features)
    points = write_vector(tmp_path / "p.gpkg", "p", ogr.wkbPoint, [(cell_point(150, 150), {"id": 1})])
    if algorithm == "gpec:corridors":
        parameters = {
            "RESISTANCE": resistance,
            "CORES": cores,
            "CORE_ID_FIELD": "id",
            "LINKS": 1,
            "OUTPUT_CORRIDORS": str(tmp_path / "out_c.tif"),
            "OUTPUT_LINKS": str(tmp_path / "out_l.gpkg"),
        }
    else:
        parameters = {
            "RESISTANCE": resistance,
            "SOURCES": points,
            "OUTPUT": str(tmp_path / "out_cd.tif"),
            "OUTPUT_ALLOCATION": str(tmp_path / "out_alloc.tif"),
        }
    feedback = RecordingFeedback(cancel_at=20)
    with pytest.raises(QgsProcessingException, match="Cancelled by the user; nothing was written"):
        processing.run(algorithm, parameters, feedback=feedback)
    assert feedback.isCanceled()
    assert not outputs_written(tmp_path)
