# SPDX-FileCopyrightText: 2026 GPEC Connectivity contributors
# SPDX-License-Identifier: GPL-2.0-or-later
"""The README's "From Python" example runs as written, without QGIS, and prints what the README says; the core
package exports every public name of its modules."""

import os
import re
import subprocess
import sys

import gpec_connectivity.core as core

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def readme_blocks():
    with open(os.path.join(ROOT, "README.md"), encoding="utf-8") as handle:
        text = handle.read()
    section = text.split("### From Python", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```(\w*)\n(.*?)```", section, flags=re.S)


def test_readme_example_runs_without_qgis_and_prints_what_the_readme_says():
    blocks = readme_blocks()
    code = next(body for kind, body in blocks if kind == "python")
    printed = next(body for kind, body in blocks if kind == "")
    guard = (
        "\nimport sys\nassert not [m for m in sys.modules if m.split('.')[0] in ('qgis', 'PyQt5', 'PyQt6')]\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", code + guard],
        cwd=ROOT,
        env=dict(os.environ, PYTHONPATH=ROOT),
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout == printed


def test_core_exports_every_public_name_of_its_modules():
    for module in core.MODULES:
        names = set(sys.modules["gpec_connectivity.core." + module].__all__) - {"QT_TR_NOOP"}
        missing = [name for name in names if getattr(core, name, None) is None]
        assert not missing, (module, missing)
    assert set(core.__all__) >= {
        "circuit_flow",
        "corridor_analysis",
        "network_indices",
        "protconn",
        "pinch_points",
    }
