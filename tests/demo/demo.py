# SPDX-FileCopyrightText: 2026 GPEC Connectivity contributors
# SPDX-License-Identifier: GPL-2.0-or-later
"""make demo: least-cost corridors between the protected areas of the bundled training landscape.

Runs headless, the way a user's batch job would: gpec:resistancesurface for the large-carnivore profile with
roads, railway and border fence burnt in, then gpec:corridors between the protected areas. Writes to the folder
given on the command line (default demo_output/) the rasters, the links GeoPackage, a CSV of the links and a PNG
map rendered by QGIS, and prints a short summary.
"""

import csv
import os
import sys
import time

from gpec_connectivity.headless import start_qgis

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
TRAINING = os.path.join(ROOT, "resources", "training")
GPKG = os.path.join(TRAINING, "training.gpkg")
PROFILE = 2  # large carnivore (see resources/training/README.md)
WIDTH_CUTOFF = 25000.0  # cost units: the corridor band drawn on the map


def layer_uri(name):
    return "{}|layername={}".format(GPKG, name)


def run_demo(out_dir):
    import processing
    from qgis.core import QgsVectorLayer

    os.makedirs(out_dir, exist_ok=True)
    started = time.perf_counter()
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
    elapsed = time.perf_counter() - started

    names = {
        f["pa_id"]: f["name"] for f in QgsVectorLayer(layer_uri("protected_areas"), "pa", "ogr").getFeatures()
    }
    links = QgsVectorLayer(result["OUTPUT_LINKS"], "links", "ogr")
    rows = []
    for feature in links.getFeatures():
        rows.append(
            {
                "from_core": feature["from_core"],
                "from_name": names[feature["from_core"]],
                "to_core": feature["to_core"],
                "to_name": names[feature["to_core"]],
                **{k: feature[k] for k in ("cw_dist", "euc_dist", "lcp_length", "cwd_to_euc", "cwd_to_path")},
                "kept": bool(feature["kept"]),
                "reason": feature["reason"] or "",
            }
        )
    with open(os.path.join(out_dir, "links.csv"), "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        for row in rows:
            writer.writerow({k: ("" if v is None or str(v) == "NULL" else v) for k, v in row.items()})
    png = render_map(out_dir, result["OUTPUT_CORRIDORS"], result["OUTPUT_LINKS"])

    kept = sorted((r for r in rows if r["kept"]), key=lambda r: r["cw_dist"])
    print("GPEC Connectivity demo: least-cost corridors between {} protected areas".format(len(names)))
    print("  resistance: large-carnivore profile, roads, railway and border fence burnt in")
    print("  links: {} kept, {} dropped".format(len(kept), len(rows) - len(kept)))
    for row in rows:
        if not row["kept"]:
            print("    dropped {} - {}: {}".format(row["from_name"], row["to_name"], row["reason"]))
    for label, row in (("shortest", kept[0]), ("longest", kept[-1])):
        print(
            "  {} corridor: {} - {} (cw_dist {:,.0f}, path {:,.1f} km)".format(
                label, row["from_name"], row["to_name"], row["cw_dist"], row["lcp_length"] / 1000.0
            )
        )
    print("  outputs in {}: {}".format(out_dir, ", ".join(sorted(os.listdir(out_dir)))))
    print("  map: {}".format(png))
    print("  time: {:.1f} s".format(elapsed))


def render_map(out_dir, corridors_path, links_path):
    """A PNG of land cover, protected areas, corridors and links, laid out with title, legend and scale."""
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
    from gpec_connectivity.processing.styling import style_corridors, style_links

    project = QgsProject.instance()
    project.clear()
    landcover = QgsRasterLayer(os.path.join(TRAINING, "landcover.tif"), "Land cover")
    landcover.loadNamedStyle(style_path("landcover.qml"))
    landcover.setOpacity(0.75)
    areas = QgsVectorLayer(layer_uri("protected_areas"), "Protected areas", "ogr")
    areas.loadNamedStyle(style_path("training_protected_areas.qml"))
    corridors = QgsRasterLayer(corridors_path, "Corridors (NLCC, cost units)")
    style_corridors(corridors)
    links = QgsVectorLayer(links_path, "Links (least-cost paths)", "ogr")
    style_links(links)
    project.setCrs(landcover.crs())
    for layer in (landcover, corridors, areas, links):
        project.addMapLayer(layer)

    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    page = layout.pageCollection().page(0)
    page.setPageSize(QgsLayoutSize(297, 230, QgsUnitTypes.LayoutMillimeters))
    title = QgsLayoutItemLabel(layout)
    title.setText("GPEC training landscape: least-cost corridors for a large carnivore")
    title.setFont(QFont("DejaVu Sans", 16))
    title.attemptMove(QgsLayoutPoint(8, 5, QgsUnitTypes.LayoutMillimeters))
    title.attemptResize(QgsLayoutSize(280, 12, QgsUnitTypes.LayoutMillimeters))
    layout.addLayoutItem(title)
    item = QgsLayoutItemMap(layout)
    item.setLayers([links, areas, corridors, landcover])
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
    for layer in (links, areas, corridors, landcover):
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
    path = os.path.join(out_dir, "corridors_map.png")
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
    run_demo(os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else "demo_output"))
