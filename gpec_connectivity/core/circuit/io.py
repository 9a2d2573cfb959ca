# SPDX-FileCopyrightText: 2026 GPEC Connectivity contributors
# SPDX-License-Identifier: GPL-2.0-or-later
"""Circuitscape's file formats: included pairs and variable source strengths."""

from dataclasses import dataclass

import numpy as np

from ..errors import QT_TR_NOOP, InvalidInputError

__all__ = ["IncludedPairs", "read_included_pairs", "read_source_strengths"]


@dataclass
class IncludedPairs:
    """Circuitscape's included-pairs file: which focal regions are solved with which.

    Attributes
    ----------
    mode : {"include", "exclude"}
    ids : list of int
        The focal ids the file names (in include mode, the only ones kept).
    marked : set of (int, int)
        Directed pairs marked in the file (a list file marks both directions).
    """

    mode: str
    ids: list
    marked: set

    def keep(self, focal_ids):
        """The focal ids that take part: in include mode only those the file names."""
        return [i for i in focal_ids if self.mode == "exclude" or i in self.ids]

    def pairwise(self, focal_ids):
        """Unordered pairs to solve in pairwise mode."""
        chosen = set()
        for a in focal_ids:
            for b in focal_ids:
                if a < b:
                    marked = (a, b) in self.marked or (b, a) in self.marked
                    if marked == (self.mode == "include"):
                        chosen.add((a, b))
        return chosen

    def partners(self, focal_ids):
        """Directed pairs (i, j): j takes part in i's one-to-all or all-to-one run (read from i's row)."""
        return {
            (a, b)
            for a in focal_ids
            for b in focal_ids
            if a != b and ((a, b) in self.marked) == (self.mode == "include")
        }


def read_included_pairs(text):
    r"""Parse Circuitscape's included-pairs file (matrix with ``min``/``max`` header lines, or a pair list).

    Matrix: ``min <v>`` and ``max <v>`` lines, then a matrix whose first row and first column are the focal ids;
    a pair is included when its entry lies between min and max. List: a ``mode include`` or ``mode exclude`` line
    then one pair of ids per line (id 0 is ignored).

    Examples
    --------
    >>> p = read_included_pairs("mode include\n1 2\n1 3\n")
    >>> p.mode, p.ids, sorted(p.pairwise([1, 2, 3]))
    ('include', [1, 2, 3], [(1, 2), (1, 3)])
    >>> m = read_included_pairs("min 2\nmax 50\n0 1 2 3\n1 0 9 1\n2 9 0 0\n3 1 0 0\n")
    >>> sorted(m.pairwise([1, 2, 3]))
    [(1, 2)]
    """
    lines = [line.split() for line in text.splitlines() if line.strip()]
    if not lines:
        raise InvalidInputError(QT_TR_NOOP("The included-pairs file is empty."))
    head = lines[0][0].lower()
    try:
        if head == "min":
            low, high = float(lines[0][1]), float(lines[1][1])
            table = np.array([[float(x) for x in row] for row in lines[2:]])
            ids = [int(v) for v in table[1:, 0]]
            values = table[1:, 1:]
            values = np.where(values > high, 0.0, values)
            marked = {(ids[r], ids[c]) for r, c in zip(*np.nonzero(values >= low)) if r != c}
            return IncludedPairs("include", ids, marked)
        if head == "mode":
            mode = lines[0][1].lower()
            if mode not in ("include", "exclude"):
                raise ValueError(mode)
            pairs = [(int(float(a)), int(float(b))) for a, b, *_ in lines[1:]]
            marked = {(a, b) for a, b in pairs if a and b} | {(b, a) for a, b in pairs if a and b}
            ids = sorted({v for pair in pairs for v in pair if v})
            return IncludedPairs(mode, ids, marked)
    except (ValueError, IndexError):
        pass
    raise InvalidInputError(
        QT_TR_NOOP(
            'The included-pairs file is not in Circuitscape\'s format: start with "mode include", '
            '"mode exclude" or "min" and "max" lines.'
        )
    )


def read_source_strengths(text):
    r"""Parse Circuitscape's variable source strengths: ``id strength`` per line.

    Examples
    --------
    >>> read_source_strengths("1 0.5\n3 2\n")
    {1: 0.5, 3: 2.0}
    """
    out = {}
    for number, line in enumerate(text.splitlines(), start=1):
        parts = line.split()
        if not parts or parts[0].startswith("#"):
            continue
        try:
            out[int(float(parts[0]))] = float(parts[1])
        except (ValueError, IndexError):
            raise InvalidInputError(
                QT_TR_NOOP('Line {} of the source strengths file is not "id strength".'), number
            ) from None
        if out[int(float(parts[0]))] < 0:
            raise InvalidInputError(QT_TR_NOOP("Source strengths must not be negative (line {})."), number)
    return out
