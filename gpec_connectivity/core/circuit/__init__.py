# SPDX-FileCopyrightText: 2026 GPEC Connectivity contributors
# SPDX-License-Identifier: GPL-2.0-or-later
"""Circuit-theory connectivity on a raster: Circuitscape's pairwise, one-to-all and all-to-one modes.

Method: McRae, Dickson, Keitt & Shah (2008), "Using circuit theory to model connectivity in ecology, evolution,
and conservation", Ecology 89:2712-2724; conventions of Circuitscape (McRae & Shah; Anantharaman et al. 2020,
Circuitscape.jl, JuliaCon Proceedings 1(1):58):

- every cell with positive conductance is a node; cells of one short-circuit region are one node;
- neighbouring nodes are joined by a conductance made from the two cells' conductances: their mean (default) or
  the inverse of their mean resistance; diagonal edges are divided by sqrt(2); 8 neighbours or 4;
- pairwise: 1 A between two focal regions, the other focal regions are ordinary cells (a focal region is
  short-circuited only while its own pair is solved); one-to-all: 1 A into one focal region, every other one
  grounded; all-to-one: one focal region grounded, every other one injects 1 A (in these two modes every
  focal region is one node for the whole run);
- the current of a node is the larger of the current flowing into it and out of it through its branches.

One linear solver (sparse direct factorisation, or conjugate gradients preconditioned by smoothed-aggregation
algebraic multigrid from pyamg) serves the whole graph: one terminal of each connected component is grounded and
one solve is made for every other terminal. Every pairwise, one-to-all and all-to-one quantity then follows from
those n - 1 voltage vectors and the small terminal (Schur complement) matrix, by superposition.

As Circuitscape.jl separates its core, input and raster modes, the package has four modules:

- :mod:`.graph`: cell conductance, node map, focal regions and the resistor network (:class:`CircuitGraph`);
- :mod:`.solver`: the linear solver and the memory estimate;
- :mod:`.io`: Circuitscape's included-pairs and source-strength files;
- :mod:`.modes`: the pairwise, one-to-all and all-to-one runs (:func:`circuit_flow`).
"""

from .graph import CircuitGraph, conductance_map, focal_regions, node_map
from .io import IncludedPairs, read_included_pairs, read_source_strengths
from .modes import MODES, CircuitResult, circuit_flow
from .solver import LinearSolver, circuit_memory

__all__ = [
    "MODES",
    "IncludedPairs",
    "read_included_pairs",
    "read_source_strengths",
    "circuit_memory",
    "CircuitGraph",
    "CircuitResult",
    "LinearSolver",
    "circuit_flow",
    "conductance_map",
    "focal_regions",
    "node_map",
]
