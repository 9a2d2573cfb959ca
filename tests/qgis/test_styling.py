# SPDX-FileCopyrightText: 2026 GPEC Connectivity contributors
# SPDX-License-Identifier: GPL-2.0-or-later
"""Outputs loaded into the project get their styles: graduated corridors, links by kept/dropped."""

import processing
from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsColorRampShader,
    QgsProject,
    QgsSingleBandPseudoColorRenderer,
)


def test_corridor_outputs_are_styled_when_loaded(provider, training, tmp_path, qgis_new_project):
    gpkg = str(training / "training.gpkg")
    resistance = processing.run(
        "gpec:resistancesurface",
        {"LANDCOVER": str(training / "landcover.tif"), "PROFILE": 1, "OUTPUT": str(tmp_path / "r.tif")},
    )["OUTPUT"]
    result = processing.runAndLoadResults(
        "gpec:corridors",
        {
            "RESISTANCE": resistance,
            "CORES": gpkg + "|layername=protected_areas",
            "CORE_ID_FIELD": "pa_id",
            "WIDTH_CUTOFF": 20000,
            "OUTPUT_CORRIDORS": str(tmp_path / "corridors.tif"),
            "OUTPUT_LINKS": str(tmp_path / "links.gpkg"),
        },
    )
    layers = {layer.source().split("|")[0]: layer for layer in QgsProject.instance().mapLayers().values()}
    corridors = layers[result["OUTPUT_CORRIDORS"]]
    renderer = corridors.renderer()
    assert isinstance(renderer, QgsSingleBandPseudoColorRenderer)
    ramp = renderer.shader().rasterShaderFunction()
    assert ramp.colorRampType() == QgsColorRampShader.Type.Discrete and len(ramp.colorRampItemList()) == 6
    links = layers[result["OUTPUT_LINKS"]]
    assert isinstance(links.renderer(), QgsCategorizedSymbolRenderer)
    assert links.renderer().classAttribute() == "kept"
    assert {c.value() for c in links.renderer().categories()} == {True, False}
    QgsProject.instance().clear()


def test_legend_numbers_are_rounded_for_a_reader():
    from gpec_connectivity.processing.styling import nice_number

    assert nice_number(0.130088) == "0.13"
    assert nice_number(183.457108) == "180"
    assert nice_number(12345.6) == "12,000"
    assert nice_number(1.8e-10, 183.0) == "0"  # noise next to the top of the legend
    assert nice_number(0.51, 183.0) == "0.51"
    assert nice_number(0) == "0"
