# SPDX-FileCopyrightText: 2026 GPEC Connectivity contributors
# SPDX-License-Identifier: GPL-2.0-or-later
"""gpec:currentflow reproduces Circuitscape.jl's own verification cases (../shared/reference/circuitscape).

Every case found there runs through processing.run. Tolerances as the issue states: effective resistances to
relative 1e-6 (-1 in Circuitscape's output is "not connected", an empty value in ours); the cumulative current
map to 1e-5 of its maximum. All-to-one resistance files carry only connectivity (see the folder's README), so
only that is compared for them.

The harness turns Circuitscape's inputs into what a QGIS user would have: ASCII grids become GeoTIFFs with a
projected CRS (-9999 is NoData, as Circuitscape reads it), text lists of focal points become a point layer.
"""

import configparser
import csv
import glob
import os

import numpy as np
import processing
import pytest
from osgeo import gdal, ogr, osr

from .conftest import read_raster

HERE = os.path.dirname(os.path.abspath(__file__))
#: The verification cases beside the clone; GPEC_CIRCUITSCAPE_REFERENCE may point at another copy of the suite
#: with the same layout (for example a fuller one).
REFERENCE = os.environ.get("GPEC_CIRCUITSCAPE_REFERENCE") or os.path.join(
    os.path.dirname(os.path.dirname(os.path.dirname(HERE))), "shared", "reference", "circuitscape"
)
CASES = sorted(glob.glob(os.path.join(REFERENCE, "input", "**", "*.ini"), recursive=True))
MODES = {"pairwise": 0, "one-to-all": 1, "all-to-one": 2}
EPSG = 32642


def read_ini(ini):
    """Every key of a Circuitscape .ini, whatever its section (the old and new layouts name them differently)."""
    config = configparser.ConfigParser(inline_comment_prefixes=("#",))
    config.read(ini)
    return {key: value.strip() for section in config.sections() for key, value in config.items(section)}


def _true(options, key):
    return options.get(key, "").lower() in ("true", "1", "yes")


def _path(options, key):
    return os.path.join(REFERENCE, options[key])


def to_geotiff(source, target):
    """A GeoTIFF copy with a projected CRS; -9999 is NoData as in Circuitscape (declared or not)."""
    if source.endswith(".gz"):
        source = "/vsigzip/" + source
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(EPSG)
    gdal.Translate(
        str(target),
        source,
        format="GTiff",
        outputSRS=srs.ExportToWkt(),
        outputType=gdal.GDT_Float64,
        noData=-9999,
    )
    return str(target)


def points_layer(source, target):
    """A GeoPackage point layer from Circuitscape's text list of focal points (``id x y`` per line)."""
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(EPSG)
    vector = ogr.GetDriverByName("GPKG").CreateDataSource(str(target))
    layer = vector.CreateLayer("points", srs, ogr.wkbPoint)
    layer.CreateField(ogr.FieldDefn("id", ogr.OFTInteger))
    for row in np.atleast_2d(np.loadtxt(source)):
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetGeometry(ogr.CreateGeometryFromWkt("POINT({} {})".format(row[1], row[2])))
        feature.SetField("id", int(row[0]))
        layer.CreateFeature(feature)
        feature = None
    layer = vector = None
    return "{}|layername=points".format(target)


def parameters_for(ini, tmp_path):
    """processing.run parameters for a Circuitscape .ini, and the case name of its expected outputs."""
    options = read_ini(ini)
    params = {
        "RESISTANCE": to_geotiff(_path(options, "habitat_file"), tmp_path / "habitat.tif"),
        "VALUES_ARE_CONDUCTANCE": not _true(options, "habitat_map_is_resistances"),
        "MODE": MODES[options["scenario"]],
        "FOUR_NEIGHBOURS": _true(options, "connect_four_neighbors_only"),
        "AVERAGE_RESISTANCES": _true(options, "connect_using_avg_resistances"),
        "OUTPUT_CURRENT": str(tmp_path / "current.tif"),
        "OUTPUT_RESISTANCES": str(tmp_path / "resistances.csv"),
    }
    point_file = _path(options, "point_file")
    if point_file.endswith(".txt"):
        params["FOCAL_LAYER"] = points_layer(point_file, tmp_path / "points.gpkg")
        params["FOCAL_ID_FIELD"] = "id"
    else:
        params["FOCAL_RASTER"] = to_geotiff(point_file, tmp_path / "points.tif")
    if _true(options, "use_polygons"):
        params["SHORT_CIRCUIT"] = to_geotiff(_path(options, "polygon_file"), tmp_path / "polygons.tif")
    if _true(options, "use_mask"):
        params["MASK"] = to_geotiff(_path(options, "mask_file"), tmp_path / "mask.tif")
    if _true(options, "use_included_pairs"):
        params["INCLUDED_PAIRS"] = _path(options, "included_pairs_file")
    if _true(options, "use_variable_source_strengths") and params["MODE"] != 0:
        params["SOURCE_STRENGTHS"] = _path(options, "variable_source_file")
    case = os.path.splitext(os.path.basename(options["output_file"]))[0]
    return params, case


def our_resistances(path):
    with open(path, newline="", encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    return rows[0], [[c for c in row] for row in rows[1:]]


@pytest.mark.skipif(not CASES, reason="../shared/reference/circuitscape is not beside this clone")
@pytest.mark.parametrize("ini", CASES, ids=[os.path.relpath(c, REFERENCE) for c in CASES])
def test_reproduces_circuitscape(provider, tmp_path, ini):
    params, case = parameters_for(ini, tmp_path)
    out = processing.run("gpec:currentflow", params)
    expected_dir = os.path.join(REFERENCE, "output_verify")

    header, rows = our_resistances(out["OUTPUT_RESISTANCES"])
    expected = np.atleast_2d(np.loadtxt(os.path.join(expected_dir, case + "_resistances.out")))
    if params["MODE"] == 0:
        assert header == ["from_id", "to_id", "resistance"]
        ids = expected[0, 1:].astype(int)
        ours = {(int(a), int(b)): (float(r) if r else -1.0) for a, b, r in rows}
        assert len(ours) == len(ids) * (len(ids) - 1) // 2
        for i, a in enumerate(ids):
            for j, b in enumerate(ids):
                if a < b:
                    want = expected[i + 1, j + 1]
                    got = ours[(a, b)]
                    if want == -1:
                        assert got == -1, (a, b)
                    else:
                        assert got == pytest.approx(want, rel=1e-6), (a, b)
    else:
        assert header == ["id", "resistance"]
        ours = {int(i): (float(r) if r else -1.0) for i, r in rows}
        assert sorted(ours) == sorted(int(i) for i in expected[:, 0])
        for focal_id, want in expected:
            got = ours[int(focal_id)]
            if params["MODE"] == 2 or want == -1:
                assert (got == -1) == (want == -1), focal_id
            else:
                assert got == pytest.approx(want, rel=1e-6), focal_id

    expected_map = os.path.join(expected_dir, case + "_cum_curmap.asc")
    if not os.path.exists(expected_map):
        return  # the case writes no current map (resistances only)
    current = np.nan_to_num(read_raster(out["OUTPUT_CURRENT"]))
    reference = read_raster(expected_map)
    assert current.shape == reference.shape
    written = ~np.isnan(
        reference
    )  # cells Circuitscape writes as NoData (set_null_currents_to_nodata) are skipped
    scale = np.abs(reference[written]).max()
    assert np.abs(current[written] - reference[written]).max() <= 1e-5 * scale
