# SPDX-FileCopyrightText: 2026 GPEC Connectivity contributors
# SPDX-License-Identifier: GPL-2.0-or-later
"""The science of GPEC Connectivity: pure functions on numpy arrays, networkx graphs and plain values.

Nothing here imports QGIS or Qt, so every method can be used from a notebook or a batch job::

    from gpec_connectivity.core import cost_distance, corridor_analysis
"""

from .corridors import CorridorResult, Link, adjacent_pairs, corridor_analysis
from .costdistance import (
    CostDistanceResult,
    LeastCostPath,
    NotConnectedError,
    check_resistance,
    cost_distance,
    least_cost_path,
    path_length,
    trace_path,
)
from .errors import (
    Cancelled,
    ConnectivityError,
    InvalidInputError,
    InvalidResistanceError,
    NoSourcesError,
    TooLargeError,
    UnknownClassError,
)
from .resistance import ResistanceTable, burn_values, combine, read_resistance_table, reclassify

__all__ = [
    "Cancelled",
    "ConnectivityError",
    "CorridorResult",
    "CostDistanceResult",
    "InvalidInputError",
    "InvalidResistanceError",
    "LeastCostPath",
    "Link",
    "NoSourcesError",
    "NotConnectedError",
    "ResistanceTable",
    "TooLargeError",
    "UnknownClassError",
    "adjacent_pairs",
    "burn_values",
    "check_resistance",
    "combine",
    "corridor_analysis",
    "cost_distance",
    "least_cost_path",
    "path_length",
    "read_resistance_table",
    "reclassify",
    "trace_path",
]
