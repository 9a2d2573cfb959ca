# SPDX-FileCopyrightText: 2026 GPEC Connectivity contributors
# SPDX-License-Identifier: GPL-2.0-or-later
"""The network and protected-area indicators of make demo, on the training landscape.

``run_network_demo(out_dir, training_dir)`` runs, headless, gpec:networkmetrics on the protected areas of both
countries, gpec:protconn for the two countries at 1, 10 and 100 km with transboundary protected areas as stepping
stones (and a chart per country), and gpec:meshsize of the two countries with roads, railway, fence and rivers,
before and after the proposed highway (alignment A). It writes the outputs to ``out_dir`` and returns the summary
lines that make demo prints. QGIS must be running (``gpec_connectivity.headless.start_qgis``).
"""

import os
import time

DISTANCES = (1000.0, 10000.0, 100000.0)


def run_network_demo(out_dir, training_dir):
    """Run the three algorithms on the training landscape; returns a list of summary lines."""
    import processing
    from qgis.core import QgsVectorLayer

    gpkg = os.path.join(training_dir, "training.gpkg")

    def layer(name):
        return "{}|layername={}".format(gpkg, name)

    os.makedirs(out_dir, exist_ok=True)
    names = {
        f["pa_id"]: f["name"] for f in QgsVectorLayer(layer("protected_areas"), "pa", "ogr").getFeatures()
    }
    lines = []

    started = time.perf_counter()
    network = processing.run(
        "gpec:networkmetrics",
        {
            "PATCHES": layer("protected_areas"),
            "PATCH_ID_FIELD": "pa_id",
            "DISTANCE": 10000.0,
            "STUDY_AREA": layer("study_area"),
            "OUTPUT_NODES": os.path.join(out_dir, "network_nodes.gpkg"),
            "OUTPUT_LINKS": os.path.join(out_dir, "network_links.gpkg"),
            "OUTPUT_SUMMARY": os.path.join(out_dir, "network_summary.csv"),
        },
    )
    nodes = sorted(
        QgsVectorLayer(network["OUTPUT_NODES"], "n", "ogr").getFeatures(), key=lambda f: -f["d_pc"]
    )
    lines.append(
        "Habitat network of the {} protected areas (median dispersal 10 km, edge-to-edge): PC {:.4f}, "
        "ECA {:,.0f} km2, IIC {:.4f}, {} component(s) of binary links ({:.1f} s)".format(
            len(nodes),
            network["PC"],
            network["ECA_PC"] / 1e6,
            network["IIC"],
            network["COMPONENTS"],
            time.perf_counter() - started,
        )
    )
    for f in nodes[:3]:
        lines.append(
            "  dPC {:5.1f} % (intra {:.1f}, flux {:.1f}, connector {:.1f}): {}".format(
                f["d_pc"], f["d_pc_intra"], f["d_pc_flux"], f["d_pc_connector"], names[f["pa_id"]]
            )
        )
    connector = max(nodes, key=lambda f: f["d_pc_connector"])
    lines.append(
        "  strongest stepping stone: {} (dPCconnector {:.2f} %)".format(
            names[connector["pa_id"]], connector["d_pc_connector"]
        )
    )

    started = time.perf_counter()
    prot = processing.run(
        "gpec:protconn",
        {
            "PROTECTED_AREAS": layer("protected_areas"),
            "REGIONS": layer("countries"),
            "REGION_NAME_FIELD": "name",
            "DISTANCES": ", ".join("{:g}".format(d) for d in DISTANCES),
            "TRANSBOUNDARY": True,
            "TRANSBOUNDARY_BUFFER": 50000.0,
            "OUTPUT": os.path.join(out_dir, "protconn.csv"),
            "OUTPUT_REGIONS": os.path.join(out_dir, "protconn_countries.gpkg"),
            "OUTPUT_CHARTS": out_dir,
        },
    )
    rows = list(QgsVectorLayer(prot["OUTPUT"], "p", "ogr").getFeatures())
    lines.append(
        "ProtConn of the two countries, transboundary protected areas as stepping stones ({:.1f} s):".format(
            time.perf_counter() - started
        )
    )
    for f in rows:
        lines.append(
            "  {} at {:g} km: Prot {:.1f} %, ProtConn {:.1f} % (Within {:.1f}, Contig {:.1f}, Trans {:.1f}, "
            "Unprot {:.1f}), ProtUnconn {:.1f} %".format(
                f["region"],
                float(f["distance"]) / 1000,
                float(f["prot"]),
                float(f["protconn"]),
                float(f["protconn_within"]),
                float(f["protconn_contig"]),
                float(f["protconn_trans"]),
                float(f["protconn_unprot"]),
                float(f["protunconn"]),
            )
        )
    charts = sorted(p for p in os.listdir(out_dir) if p.startswith("protconn_") and p.endswith(".png"))
    lines.append("  charts: {}".format(", ".join(charts)))

    started = time.perf_counter()
    mesh = processing.run(
        "gpec:meshsize",
        {
            "REPORTING_UNITS": layer("countries"),
            "UNIT_NAME_FIELD": "name",
            "BARRIERS": [layer("roads"), layer("railways"), layer("fences"), layer("rivers")],
            "BARRIER_WIDTH_FIELD": "width_m",
            "METHOD": 1,
            "PROPOSED": layer("proposed_highway") + "|subset=\"alignment\" = 'A'",
            "OUTPUT": os.path.join(out_dir, "mesh_size.csv"),
        },
    )
    lines.append(
        "Effective mesh size (CBC; roads, railway, fence, rivers) and the proposed highway A ({:.1f} s):".format(
            time.perf_counter() - started
        )
    )
    for f in QgsVectorLayer(mesh["OUTPUT"], "m", "ogr").getFeatures():
        lines.append(
            "  {}: m_eff {:,.0f} km2 -> {:,.0f} km2 ({:+.1f} %), s_eff {:.2f} -> {:.2f} per 1000 km2".format(
                f["unit"],
                float(f["meff"]),
                float(f["meff_after"]),
                float(f["meff_change_pct"]),
                float(f["seff"]),
                float(f["seff_after"]),
            )
        )
    return lines


if __name__ == "__main__":
    import sys

    from gpec_connectivity.headless import start_qgis

    app = start_qgis()
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    for text in run_network_demo(
        sys.argv[1] if len(sys.argv) > 1 else "demo_output", os.path.join(root, "resources", "training")
    ):
        print(text)
