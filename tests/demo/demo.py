# SPDX-FileCopyrightText: 2026 GPEC Connectivity contributors
# SPDX-License-Identifier: GPL-2.0-or-later
"""make demo: the main jobs of GPEC Connectivity on the bundled training landscape, headless.

1. Least-cost corridors between the protected areas for a large carnivore (resistance surface from the land cover
   with roads, railway and border fence burnt in).
2. Circuit theory on those corridors: pinch points with the links' effective resistance, barriers worth
   restoring, centrality of protected areas and links, and one-to-all current flow across the landscape.
3. Protected-area connectivity indicators, when the network module is present.

Writes to the folder given on the command line (default demo_output/) the rasters, GeoPackages, CSV tables and PNG
maps rendered by QGIS, and prints a short summary of each step.
"""

import csv
import importlib.util
import os
import shutil
import sys
import tempfile
import time

STARTED = time.perf_counter()  # the wall time printed at the end counts QGIS's start-up too

from gpec_connectivity.headless import start_qgis  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
# QGIS opens GeoPackages read-write and writes .aux.xml files beside rasters: work on a copy of the training data.
_COPY = tempfile.TemporaryDirectory(prefix="gpec_demo_")
TRAINING = shutil.copytree(
    os.path.join(ROOT, "resources", "training"),
    os.path.join(_COPY.name, "training"),
    ignore=shutil.ignore_patterns("*.py", "__pycache__"),
)
GPKG = os.path.join(TRAINING, "training.gpkg")
PROFILE = 2  # large carnivore (see resources/training/README.md)
WIDTH_CUTOFF = 25000.0  # cost units: the corridor band drawn on the map and used for pinch points


def layer_uri(name):
    return "{}|layername={}".format(GPKG, name)


def pa_names():
    from qgis.core import QgsVectorLayer

    return {
        f["pa_id"]: f["name"] for f in QgsVectorLayer(layer_uri("protected_areas"), "pa", "ogr").getFeatures()
    }


def write_links_csv(path, links_path, names):
    """The links table as CSV, with the protected areas' names beside their ids."""
    from qgis.core import QgsVectorLayer

    rows = []
    for feature in QgsVectorLayer(links_path, "links", "ogr").getFeatures():
        row = {
            "from_core": feature["from_core"],
            "from_name": names[feature["from_core"]],
            "to_core": feature["to_core"],
            "to_name": names[feature["to_core"]],
        }
        for name in feature.fields().names():
            if name not in ("fid", "from_core", "to_core"):
                value = feature[name]
                row[name] = "" if value is None or str(value) == "NULL" else value
        row["kept"] = bool(feature["kept"])
        rows.append(row)
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return rows


def corridors_step(out_dir, names):
    import processing

    resistance = processing.run(
        "gpec:resistancesurface",
        {
            "LANDCOVER": os.path.join(TRAINING, "landcover.tif"),
            "PROFILE": PROFILE,
            "LINEAR_FEATURES": [layer_uri("roads"), layer_uri("railways"), layer_uri("fences")],
            "OUTPUT": os.path.join(out_dir, "resistance_large_carnivore.tif"),
        },
    )["OUTPUT"]
    result = processing.run(
        "gpec:corridors",
        {
            "RESISTANCE": resistance,
            "CORES": layer_uri("protected_areas"),
            "CORE_ID_FIELD": "pa_id",
            "WIDTH_CUTOFF": WIDTH_CUTOFF,
            "OUTPUT_CORRIDORS": os.path.join(out_dir, "corridors.tif"),
            "OUTPUT_LINKS": os.path.join(out_dir, "links.gpkg"),
        },
    )
    rows = write_links_csv(os.path.join(out_dir, "links.csv"), result["OUTPUT_LINKS"], names)
    png = render_map(
        os.path.join(out_dir, "corridors_map.png"),
        "GPEC training landscape: least-cost corridors for a large carnivore",
        [
            ("links", result["OUTPUT_LINKS"], "Links (least-cost paths)"),
            ("corridors", result["OUTPUT_CORRIDORS"], "Corridors (NLCC, cost units)"),
        ],
    )
    kept = sorted((r for r in rows if r["kept"]), key=lambda r: r["cw_dist"])
    print("1. Least-cost corridors between {} protected areas".format(len(names)))
    print("   resistance: large-carnivore profile, roads, railway and border fence burnt in")
    print("   links: {} kept, {} dropped".format(len(kept), len(rows) - len(kept)))
    for row in rows:
        if not row["kept"]:
            print("     dropped {} - {}: {}".format(row["from_name"], row["to_name"], row["reason"]))
    for label, row in (("shortest", kept[0]), ("longest", kept[-1])):
        print(
            "   {} corridor: {} - {} (cw_dist {:,.0f}, path {:,.1f} km)".format(
                label, row["from_name"], row["to_name"], row["cw_dist"], row["lcp_length"] / 1000.0
            )
        )
    print("   map: {}".format(png))
    return resistance, result["OUTPUT_LINKS"]


def circuit_step(out_dir, names, resistance, links):
    import processing
    from qgis.core import QgsVectorLayer

    cores = {"CORES": layer_uri("protected_areas"), "CORE_ID_FIELD": "pa_id"}
    pinch = processing.run(
        "gpec:pinchpoints",
        {
            "RESISTANCE": resistance,
            **cores,
            "LINKS": links,
            "WIDTH_CUTOFF": WIDTH_CUTOFF,
            "OUTPUT_PINCHPOINTS": os.path.join(out_dir, "pinchpoints.tif"),
            "OUTPUT_LINKS": os.path.join(out_dir, "links_pinchpoints.gpkg"),
        },
    )
    rows = write_links_csv(os.path.join(out_dir, "links_pinchpoints.csv"), pinch["OUTPUT_LINKS"], names)
    barriers = processing.run(
        "gpec:barriers",
        {
            "RESISTANCE": resistance,
            **cores,
            "LINKS": links,
            "MIN_RADIUS": 300.0,
            "MAX_RADIUS": 900.0,
            "RADIUS_STEP": 300.0,
            "OUTPUT_BARRIERS": os.path.join(out_dir, "barriers.tif"),
            "OUTPUT_RADIUS": os.path.join(out_dir, "barrier_radius.tif"),
        },
    )
    centrality = processing.run(
        "gpec:centrality",
        {
            **cores,
            "LINKS": pinch["OUTPUT_LINKS"],
            "RESISTANCE_FIELD": "eff_resist",
            "OUTPUT_CORES": os.path.join(out_dir, "protected_areas_centrality.gpkg"),
            "OUTPUT_LINKS": os.path.join(out_dir, "links_centrality.gpkg"),
        },
    )
    # Focal regions may not overlap: the Kokozen Delta (5) lies partly inside the Karakamys Ramsar site (4).
    focal = QgsVectorLayer(layer_uri("protected_areas"), "focal", "ogr")
    focal.setSubsetString('"pa_id" <> 5')
    flow = processing.run(
        "gpec:currentflow",
        {
            "RESISTANCE": resistance,
            "FOCAL_LAYER": focal,
            "FOCAL_ID_FIELD": "pa_id",
            "MODE": 1,
            "OUTPUT_CURRENT": os.path.join(out_dir, "current_one_to_all.tif"),
            "OUTPUT_RESISTANCES": os.path.join(out_dir, "resistances_one_to_all.csv"),
        },
    )
    png = render_map(
        os.path.join(out_dir, "pinchpoints_map.png"),
        "Pinch points: where current is funnelled inside the corridors",
        [
            ("links", links, "Links (least-cost paths)"),
            ("current", pinch["OUTPUT_PINCHPOINTS"], "Pinch points (current density, A)"),
        ],
    )
    barrier_png = render_map(
        os.path.join(out_dir, "barriers_map.png"),
        "Barriers: restoring these cells would shorten the least-cost paths most",
        [
            ("links", links, "Links (least-cost paths)"),
            ("barriers", barriers["OUTPUT_BARRIERS"], "Barrier score (cost saved / m)"),
        ],
    )
    kept = [r for r in rows if r["kept"] and r.get("cwd_to_eff_resist") not in ("", None)]
    pinched = min(kept, key=lambda r: r["cwd_to_eff_resist"])  # fewest alternative routes
    central = max(
        QgsVectorLayer(centrality["OUTPUT_CORES"], "c", "ogr").getFeatures(), key=lambda f: f["cf_central"]
    )
    print("2. Circuit theory on the corridors")
    print(
        "   pinch points in {} corridors; most pinched link (fewest alternatives): {} - {} "
        "(cwd_to_eff_resist {:.2f})".format(
            len(kept), pinched["from_name"], pinched["to_name"], pinched["cwd_to_eff_resist"]
        )
    )
    print(
        "   most central protected area: {} (current-flow centrality {:.1f})".format(
            central["name"], central["cf_central"]
        )
    )
    print(
        "   one-to-all current flow among 13 protected areas (the overlapping Kokozen Delta left out): {}"
        " ({})".format(os.path.basename(flow["OUTPUT_CURRENT"]), flow["SOLVER_USED"])
    )
    print("   maps: {}, {}".format(png, barrier_png))


def network_step(out_dir):
    """Protected-area connectivity indicators (PC, ProtConn, effective mesh size), when that module exists."""
    path = os.path.join(HERE, "network_demo.py")
    if not os.path.exists(path):
        return
    spec = importlib.util.spec_from_file_location("network_demo", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    print("3. Protected-area connectivity indicators")
    for line in module.run_network_demo(out_dir, TRAINING):
        print("   " + line)


def run_demo(out_dir):
    os.makedirs(out_dir, exist_ok=True)
    names = pa_names()
    resistance, links = corridors_step(out_dir, names)
    circuit_step(out_dir, names, resistance, links)
    network_step(out_dir)
    print(
        "Outputs in {}: {}".format(
            out_dir, ", ".join(sorted(f for f in os.listdir(out_dir) if not f.endswith(".aux.xml")))
        )
    )
    print("Wall time: {:.1f} s (QGIS start-up included)".format(time.perf_counter() - STARTED))


def render_map(path, title, overlays):
    """A PNG layout: land cover, protected areas and the overlays, with title, legend and scale bar.

    ``overlays`` lists (kind, path, legend name) from top to bottom; kind is "links", "corridors", "barriers"
    or "current".
    """
    from osgeo import gdal
    from qgis.core import (
        QgsLayoutExporter,
        QgsLayoutItemLabel,
        QgsLayoutItemLegend,
        QgsLayoutItemMap,
        QgsLayoutItemScaleBar,
        QgsLayoutPoint,
        QgsLayoutSize,
        QgsMapLayerLegendUtils,
        QgsPrintLayout,
        QgsProject,
        QgsRasterLayer,
        QgsScaleBarSettings,
        QgsUnitTypes,
        QgsVectorLayer,
    )
    from qgis.PyQt.QtGui import QFont

    from gpec_connectivity.paths import style_path
    from gpec_connectivity.processing.styling import (
        style_barriers,
        style_corridors,
        style_current,
        style_links,
    )

    project = QgsProject.instance()
    project.clear()
    landcover = QgsRasterLayer(os.path.join(TRAINING, "landcover.tif"), "Land cover")
    landcover.loadNamedStyle(style_path("landcover.qml"))
    landcover.setOpacity(0.75)
    areas = QgsVectorLayer(layer_uri("protected_areas"), "Protected areas", "ogr")
    areas.loadNamedStyle(style_path("training_protected_areas.qml"))
    layers = []
    for kind, source, name in overlays:
        if kind == "links":
            layer = QgsVectorLayer(source, name, "ogr")
            style_links(layer)
        else:
            layer = QgsRasterLayer(source, name)
            {"corridors": style_corridors, "barriers": style_barriers}.get(kind, style_current)(layer)
        layers.append(layer)
    stack = layers[:1] + [areas] + layers[1:] + [landcover]  # links on top, then areas, rasters, land cover
    project.setCrs(landcover.crs())
    for layer in stack:
        project.addMapLayer(layer)

    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    layout.pageCollection().page(0).setPageSize(QgsLayoutSize(297, 230, QgsUnitTypes.LayoutMillimeters))
    label = QgsLayoutItemLabel(layout)
    label.setText(title)
    label.setFont(QFont("DejaVu Sans", 16))
    label.attemptMove(QgsLayoutPoint(8, 5, QgsUnitTypes.LayoutMillimeters))
    label.attemptResize(QgsLayoutSize(280, 12, QgsUnitTypes.LayoutMillimeters))
    layout.addLayoutItem(label)
    item = QgsLayoutItemMap(layout)
    item.setLayers(stack)
    item.attemptMove(QgsLayoutPoint(8, 20, QgsUnitTypes.LayoutMillimeters))
    item.attemptResize(QgsLayoutSize(200, 200, QgsUnitTypes.LayoutMillimeters))
    item.setCrs(landcover.crs())
    item.setExtent(landcover.extent())
    item.setFrameEnabled(True)
    layout.addLayoutItem(item)
    legend = QgsLayoutItemLegend(layout)
    legend.setLinkedMap(item)
    legend.setAutoUpdateModel(False)
    root = legend.model().rootGroup()
    root.clear()
    for layer in stack:
        node = root.addLayer(layer)
        if layer.type() == layer.RasterLayer:  # drop the "Band 1" header of raster legends
            order = QgsMapLayerLegendUtils.legendNodeOrder(node) or list(
                range(len(legend.model().layerLegendNodes(node, True)))
            )
            QgsMapLayerLegendUtils.setLegendNodeOrder(node, order[1:])
            legend.model().refreshLayerLegend(node)
    legend.attemptMove(QgsLayoutPoint(212, 20, QgsUnitTypes.LayoutMillimeters))
    layout.addLayoutItem(legend)
    scale = QgsLayoutItemScaleBar(layout)
    scale.setStyle("Single Box")
    scale.setLinkedMap(item)
    scale.setUnits(QgsUnitTypes.DistanceKilometers)
    scale.setUnitLabel("km")
    scale.setSegmentSizeMode(QgsScaleBarSettings.SegmentSizeFixed)
    scale.setUnitsPerSegment(10)
    scale.setNumberOfSegments(2)
    scale.setNumberOfSegmentsLeft(0)
    scale.setHeight(2.5)
    scale.attemptMove(QgsLayoutPoint(12, 205, QgsUnitTypes.LayoutMillimeters))
    layout.addLayoutItem(scale)
    scale.update()
    settings = QgsLayoutExporter.ImageExportSettings()
    settings.dpi = 120
    gdal.PushErrorHandler("CPLQuietErrorHandler")  # QGIS tries to georeference the PNG in place; PNG cannot
    try:
        QgsLayoutExporter(layout).exportToImage(path, settings)
    finally:
        gdal.PopErrorHandler()
    project.clear()
    return path


if __name__ == "__main__":
    app = start_qgis()
    try:
        run_demo(os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else "demo_output"))
    finally:
        _COPY.cleanup()
