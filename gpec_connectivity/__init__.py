# SPDX-FileCopyrightText: 2026 GPEC Connectivity contributors
# SPDX-License-Identifier: GPL-2.0-or-later
"""GPEC Connectivity: wildlife corridors, barriers and connectivity indicators inside QGIS."""


def classFactory(iface):  # noqa: N802 - name fixed by QGIS
    """Entry point QGIS calls to load the plugin (``iface`` is None when run by qgis_process)."""
    from .plugin import GpecConnectivityPlugin

    return GpecConnectivityPlugin(iface)
