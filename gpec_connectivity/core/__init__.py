# SPDX-FileCopyrightText: 2026 GPEC Connectivity contributors
# SPDX-License-Identifier: GPL-2.0-or-later
"""The science of GPEC Connectivity: pure functions on numpy arrays, networkx graphs and plain values.

Nothing here imports QGIS or Qt, so every method can be used from a notebook or a batch job; every public name of
every module is exported here (the README's "From Python" section shows a whole run)::

    from gpec_connectivity.core import circuit_flow, corridor_analysis, network_indices, protconn
"""

import sys as _sys

from .barriers import BarrierResult, annulus, barrier_scores, detect_barriers
from .centrality import current_flow_centrality, link_graph
from .circuit import (
    MODES,
    CircuitGraph,
    CircuitResult,
    IncludedPairs,
    LinearSolver,
    circuit_flow,
    circuit_memory,
    conductance_map,
    focal_regions,
    node_map,
    read_included_pairs,
    read_source_strengths,
)
from .corridors import (
    LINK_SELECTIONS,
    REASONS,
    CoreDistances,
    CorridorResult,
    Link,
    adjacent_pairs,
    core_distances,
    core_labels,
    corridor_analysis,
    cw_distance_matrix,
    euclidean_from_zones,
    require_cores_on_data,
)
from .costdistance import (
    NEIGHBOURS,
    CostDistanceResult,
    LeastCostPath,
    NotConnectedError,
    check_resistance,
    cost_distance,
    least_cost_path,
    path_length,
    step_lengths,
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
from .memory import (
    COST_DISTANCE_BYTES_PER_CELL,
    available_memory,
    check_memory,
    corridor_bytes,
    cost_distance_bytes,
    format_bytes,
)
from .meshsize import METHODS, MeshSize, change_percent, effective_mesh_size
from .network import (
    LinkTable,
    NetworkResult,
    check_network_memory,
    dispersal_rate,
    eca_numerator,
    eca_numerators,
    network_bytes,
    network_indices,
    pair_list,
)
from .pinchpoints import PinchPointResult, pinch_points
from .progress import report, subrange
from .protconn import FRACTIONS, ProtConnResult, protconn, protconn_series
from .resistance import (
    BURN_MODES,
    COMBINE_METHODS,
    ResistanceTable,
    burn_values,
    close_diagonal_gaps,
    combine,
    read_resistance_table,
    reclassify,
)

#: The modules of the core; every name in their ``__all__`` is exported here (tests/core/test_from_python.py).
MODULES = (
    "barriers",
    "centrality",
    "circuit",
    "corridors",
    "costdistance",
    "errors",
    "memory",
    "meshsize",
    "network",
    "pinchpoints",
    "progress",
    "protconn",
    "resistance",
)
__all__ = sorted(
    {name for module in MODULES for name in _sys.modules[__name__ + "." + module].__all__} - {"QT_TR_NOOP"}
)
