# SPDX-FileCopyrightText: 2026 GPEC Connectivity contributors
# SPDX-License-Identifier: GPL-2.0-or-later
"""QGIS layers to numpy arrays and networkx graphs and back: CRS, extent, cell size, NoData, fields."""
