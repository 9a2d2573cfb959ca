# SPDX-FileCopyrightText: 2026 GPEC Connectivity contributors
# SPDX-License-Identifier: GPL-2.0-or-later
"""The core never imports QGIS or Qt, and refuses work that does not fit in memory."""

import os
import subprocess
import sys
import textwrap

import pytest

from gpec_connectivity.core.errors import TooLargeError
from gpec_connectivity.core.memory import check_memory, format_bytes

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def test_core_imports_neither_qgis_nor_qt():
    script = textwrap.dedent(
        """
        import importlib, pkgutil, sys
        class Block:
            def find_spec(self, name, path=None, target=None):
                if name.split(".")[0] in {"qgis", "PyQt5", "PyQt6", "PySide2", "PySide6", "sip"}:
                    raise ImportError("the core imported " + name)
        sys.meta_path.insert(0, Block())
        import gpec_connectivity.core as core
        for info in pkgutil.iter_modules(core.__path__):
            importlib.import_module("gpec_connectivity.core." + info.name)
        print(sorted(m for m in sys.modules if m.split(".")[0] in {"qgis", "PyQt5", "PyQt6"}))
        """
    )
    out = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"


def test_too_large_is_refused_with_advice():
    with pytest.raises(TooLargeError) as info:
        check_memory(40 * 2**30, available=4 * 2**30, n_cells=10**9)
    message = str(info.value)
    assert "40.0 GB" in message and "4.0 GB" in message and "Coarsen" in message
    assert info.value.needed == 40 * 2**30
    check_memory(2**20, available=2**30)  # fits: no error


def test_format_bytes():
    assert format_bytes(512) == "512 B"
    assert format_bytes(3 * 2**30) == "3.0 GB"
