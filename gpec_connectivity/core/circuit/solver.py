# SPDX-FileCopyrightText: 2026 GPEC Connectivity contributors
# SPDX-License-Identifier: GPL-2.0-or-later
"""The linear solver of the grounded Laplacian, and the memory estimate of a circuit run."""

import numpy as np
import scipy.sparse as sp
import scipy.sparse.linalg as spla

from ..errors import QT_TR_NOOP, InvalidInputError

__all__ = ["LinearSolver", "circuit_memory"]

#: Systems up to this many unknowns are always factorised directly (exact, and fastest when small).
DIRECT_LIMIT = 250_000
#: Bytes per unknown of a sparse LU factor of an 8-neighbour grid Laplacian (measured: about 115 non-zeros per
#: unknown at a million cells, 12 bytes each, plus SuperLU's work space).
DIRECT_BYTES_PER_NODE = 1800
#: Bytes per unknown of a smoothed-aggregation hierarchy with its conjugate-gradient work vectors.
AMG_BYTES_PER_NODE = 450


def _pyamg():
    try:
        import pyamg
    except ImportError:  # optional: the plugin works in a stock QGIS without it
        return None
    return pyamg


#: Bytes per cell of the network itself: conductance, node map, branch arrays, the grounded Laplacian, current
#: accumulators (measured in ``make bench``: about 750 bytes per cell in all at 4 million cells).
GRAPH_BYTES_PER_CELL = 330


def circuit_memory(n_cells, n_focal, *, method="auto", regions=False):
    """Estimated peak bytes of :func:`circuit_flow` on ``n_cells`` cells with ``n_focal`` focal regions.

    ``method`` as for :class:`LinearSolver` ("auto" counts pyamg when it is installed); ``regions`` for pairwise
    runs with focal regions of several cells (one system per pair, no stored voltage basis).
    """
    if method == "auto":
        method = "direct" if n_cells <= DIRECT_LIMIT or _pyamg() is None else "amg"
    per_node = DIRECT_BYTES_PER_NODE if method == "direct" else AMG_BYTES_PER_NODE
    basis = 0 if regions else 8 * max(0, n_focal - 1)
    return int(n_cells) * (GRAPH_BYTES_PER_CELL + per_node + basis)


class LinearSolver:
    """Solves ``matrix @ x = b`` repeatedly for a symmetric positive definite (grounded Laplacian) matrix.

    Parameters
    ----------
    matrix : sparse matrix
    method : {"auto", "direct", "amg", "cg"}, keyword-only
        "direct": SuperLU with a minimum-degree ordering of A + A^T in symmetric mode (exact); "amg":
        conjugate gradients preconditioned by pyamg's smoothed aggregation (Circuitscape's default solver);
        "cg": conjugate gradients preconditioned by a Jacobi (diagonal) smoother, for very large systems without
        pyamg. "auto" factorises small systems, uses pyamg when it is installed, else factorises.
    tolerance : float, keyword-only
        Relative residual of the iterative solvers (Circuitscape uses 1e-6).
    """

    def __init__(self, matrix, *, method="auto", tolerance=1e-6):
        n = matrix.shape[0]
        if method == "auto":
            method = "direct" if n <= DIRECT_LIMIT or _pyamg() is None else "amg"
        if method == "amg" and _pyamg() is None:
            raise InvalidInputError(
                QT_TR_NOOP("The AMG solver needs the Python package pyamg (see the README).")
            )
        self.method = method
        self.tolerance = tolerance
        self.iterations = 0
        self.matrix = None  # kept only by the iterative solvers: a factor does not need the matrix beside it
        if n == 0:
            self._apply = lambda b: np.zeros(0)
        elif method == "direct":
            factor = spla.splu(
                sp.csc_matrix(matrix),
                permc_spec="MMD_AT_PLUS_A",
                diag_pivot_thresh=0.0,
                options={"SymmetricMode": True},
            )
            self._apply = factor.solve
        else:
            self.matrix = sp.csr_matrix(matrix)
            if method == "amg":
                hierarchy = _pyamg().smoothed_aggregation_solver(self.matrix, symmetry="hermitian")
                self._preconditioner = hierarchy.aspreconditioner()
            else:
                inverse_diagonal = 1.0 / self.matrix.diagonal()
                self._preconditioner = spla.LinearOperator(
                    self.matrix.shape, matvec=lambda x: inverse_diagonal * np.ravel(x)
                )
            self._apply = self._cg

    @property
    def description(self):
        return {
            "direct": "sparse direct factorisation (SuperLU)",
            "amg": "conjugate gradients with smoothed-aggregation AMG (pyamg), tolerance {:g}".format(
                self.tolerance
            ),
            "cg": "conjugate gradients with a Jacobi preconditioner, tolerance {:g}".format(self.tolerance),
        }[self.method]

    def _cg(self, b):
        counter = [0]

        def count(_):
            counter[0] += 1

        kwargs = {"M": self._preconditioner, "maxiter": 100_000, "callback": count, "atol": 0.0}
        try:
            x, info = spla.cg(self.matrix, b, rtol=self.tolerance, **kwargs)
        except TypeError:  # scipy < 1.12 calls it tol
            x, info = spla.cg(self.matrix, b, tol=self.tolerance, **kwargs)
        self.iterations += counter[0]
        if info != 0:
            raise InvalidInputError(
                QT_TR_NOOP(
                    "The linear solver did not converge ({} iterations). Check the resistance surface for "
                    "extreme values."
                ),
                counter[0],
            )
        return x

    def solve(self, b):
        return self._apply(np.asarray(b, dtype=np.float64))
