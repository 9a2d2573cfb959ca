# SPDX-FileCopyrightText: 2026 GPEC Connectivity contributors
# SPDX-License-Identifier: GPL-2.0-or-later
"""Resistance surfaces: land cover reclassified by a resistance table, linear barriers burnt in, rasters combined.

This is the usual way resistance surfaces are built for Linkage Mapper and Circuitscape (Zeller, McGarigal &
Whiteley 2012, "Estimating landscape resistance to movement: a review", Landscape Ecology 27:777-797): each
land-cover class gets an expert or model-based resistance, roads and fences are added on top, and further
factors are combined by multiplication, addition or maximum.
"""

import csv
import io
import math
from dataclasses import dataclass

import numpy as np

from .errors import QT_TR_NOOP, InvalidInputError, UnknownClassError

__all__ = [
    "BURN_MODES",
    "COMBINE_METHODS",
    "ResistanceTable",
    "burn_values",
    "close_diagonal_gaps",
    "combine",
    "read_resistance_table",
    "reclassify",
]

BURN_MODES = ("maximum", "replace", "add", "multiply")
COMBINE_METHODS = ("multiply", "add", "maximum")
_IMPASSABLE_WORDS = {"", "nodata", "na", "nan", "impassable", "none", "null"}


@dataclass(frozen=True)
class ResistanceTable:
    """Resistance per land-cover class.

    Attributes
    ----------
    classes : tuple of float
        Class values, sorted.
    resistances : tuple of float
        Resistance of each class; NaN means impassable (written as NoData).
    labels : tuple of str
        Class labels (may be empty strings).
    """

    classes: tuple
    resistances: tuple
    labels: tuple

    def label_of(self, value):
        """Return the label of class ``value`` or an empty string."""
        try:
            return self.labels[self.classes.index(value)]
        except ValueError:
            return ""


def _number(text, what, row_no):
    try:
        value = float(str(text).strip())
    except ValueError:
        raise InvalidInputError(
            QT_TR_NOOP("Row {}: the {} {!r} is not a number."), row_no, what, text
        ) from None
    return value


def _csv_records(text):
    """Rows of CSV text as dictionaries; the delimiter (comma, semicolon or tab) is taken from the header."""
    text = text.lstrip("\ufeff")
    header = text.split("\n", 1)[0]
    delimiter = max(",;\t", key=header.count) if any(d in header for d in ",;\t") else ","
    return list(csv.DictReader(io.StringIO(text), delimiter=delimiter))


def read_resistance_table(rows, *, class_field="class", resistance_field="resistance", label_field="label"):
    """Build a :class:`ResistanceTable` from CSV text, a file path or an iterable of mappings.

    Parameters
    ----------
    rows : str, path-like or iterable of dict
        A path to a CSV file, CSV text (anything containing a newline), or rows as dictionaries (for example
        the attributes of a QGIS table layer). CSV may be separated by commas, semicolons or tabs.
    class_field, resistance_field, label_field : str, keyword-only
        Column names. The label column is optional. Column names are matched without regard to case.

    Notes
    -----
    An empty resistance, or one of ``NoData``, ``NA``, ``impassable``, marks the class as impassable: it is
    written as NoData in the resistance surface. Zero and negative resistances are refused.

    Raises
    ------
    InvalidInputError
        Missing columns, non-numeric values, duplicate classes, zero or negative resistances, no rows.

    Examples
    --------
    >>> t = read_resistance_table("class,resistance,label\\n1,1,forest\\n2,nodata,water\\n")
    >>> t.classes, t.resistances[0], t.labels
    ((1.0, 2.0), 1.0, ('forest', 'water'))
    """
    if isinstance(rows, str) and "\n" in rows:
        records = _csv_records(rows)
    elif isinstance(rows, (str, bytes)) or hasattr(rows, "__fspath__"):
        with open(rows, newline="", encoding="utf-8-sig") as handle:
            records = _csv_records(handle.read())
    else:
        records = [dict(r) for r in rows]
    if not records:
        raise InvalidInputError(QT_TR_NOOP("The resistance table has no rows."))

    def find(field, required):
        names = {str(k).strip().lower(): k for k in records[0].keys() if k is not None}
        key = names.get(str(field).strip().lower())
        if key is None and required:
            raise InvalidInputError(
                QT_TR_NOOP("The resistance table has no column {!r}; its columns are: {}."),
                field,
                ", ".join(str(k) for k in records[0].keys()),
            )
        return key

    class_key = find(class_field, True)
    res_key = find(resistance_field, True)
    label_key = find(label_field, False) if label_field else None

    entries = {}
    for row_no, record in enumerate(records, start=2):
        raw_class = record.get(class_key)
        if raw_class is None or str(raw_class).strip() == "":
            continue  # blank line in a spreadsheet export
        value = _number(raw_class, "class value", row_no)
        raw_res = record.get(res_key)
        if raw_res is None or str(raw_res).strip().lower() in _IMPASSABLE_WORDS:
            resistance = math.nan
        else:
            resistance = _number(raw_res, "resistance", row_no)
            if not math.isfinite(resistance) or resistance <= 0:
                raise InvalidInputError(
                    QT_TR_NOOP(
                        "Row {}: class {:g} has resistance {:g}. Resistance must be positive; leave it empty or "
                        "write NoData to make the class impassable."
                    ),
                    row_no,
                    value,
                    resistance,
                )
        if value in entries:
            raise InvalidInputError(QT_TR_NOOP("Class {:g} appears twice in the resistance table."), value)
        label = "" if label_key is None or record.get(label_key) is None else str(record[label_key]).strip()
        entries[value] = (resistance, label)
    if not entries:
        raise InvalidInputError(QT_TR_NOOP("The resistance table has no rows."))
    classes = tuple(sorted(entries))
    return ResistanceTable(
        classes=classes,
        resistances=tuple(entries[c][0] for c in classes),
        labels=tuple(entries[c][1] for c in classes),
    )


def reclassify(landcover, table):
    """Resistance surface from a land-cover raster and a resistance table.

    Parameters
    ----------
    landcover : array_like, 2-D
        Land-cover classes; NaN marks NoData.
    table : ResistanceTable

    Returns
    -------
    ndarray of float64
        Resistance per cell, NaN for NoData and impassable classes.

    Raises
    ------
    UnknownClassError
        Some land-cover values are not in the table; the message lists every one of them.

    Examples
    --------
    >>> t = read_resistance_table("class,resistance\\n1,5\\n2,50\\n")
    >>> reclassify(np.array([[1, 2], [2, np.nan]]), t).tolist()
    [[5.0, 50.0], [50.0, nan]]
    """
    values = np.asarray(landcover, dtype=np.float64)
    keys = np.asarray(table.classes, dtype=np.float64)
    lookup = np.asarray(table.resistances, dtype=np.float64)
    valid = ~np.isnan(values)
    index = np.searchsorted(keys, np.where(valid, values, keys[0]))
    np.minimum(index, keys.size - 1, out=index)
    matched = keys[index] == values
    unknown = valid & ~matched
    if np.any(unknown):
        missing = np.unique(values[unknown])
        shown = ", ".join("{:g}".format(v) for v in missing[:30])
        more = "" if missing.size <= 30 else ", ... (+{})".format(missing.size - 30)
        raise UnknownClassError(
            QT_TR_NOOP(
                "The land-cover raster has {} class(es) that the resistance table does not list: {}{}. Add them "
                "to the table (leave the resistance empty to make a class impassable)."
            ),
            missing.size,
            shown,
            more,
            classes=missing.tolist(),
        )
    out = lookup[index]
    out[~valid] = np.nan
    return out


def burn_values(resistance, burn, *, mode="maximum"):
    """Burn linear features (roads, railways, fences) into a resistance surface.

    Parameters
    ----------
    resistance : array_like, 2-D
        Resistance per cell, NaN for NoData.
    burn : array_like, same shape
        Resistance of the feature covering each cell, NaN where no feature lies.
    mode : {"maximum", "replace", "add", "multiply"}, keyword-only
        How a feature's resistance meets the land cover under it. "maximum" (default) keeps the higher of the
        two, so a road never makes a glacier easier to cross.

    Returns
    -------
    ndarray of float64
        A new array. NoData cells stay NoData: a road does not make a cell outside the study area passable.
    """
    if mode not in BURN_MODES:
        raise InvalidInputError(
            QT_TR_NOOP("Unknown burn mode {!r}; use one of {}."), mode, ", ".join(BURN_MODES)
        )
    base = np.array(resistance, dtype=np.float64)
    lines = np.asarray(burn, dtype=np.float64)
    if lines.shape != base.shape:
        raise InvalidInputError(
            QT_TR_NOOP("The burnt features and the resistance surface must have the same shape.")
        )
    hit = ~np.isnan(lines) & ~np.isnan(base)
    if np.any(lines[hit] <= 0):
        raise InvalidInputError(QT_TR_NOOP("Linear features must have a positive resistance."))
    operation = {"maximum": np.maximum, "add": np.add, "multiply": np.multiply}.get(mode)
    base[hit] = lines[hit] if operation is None else operation(base[hit], lines[hit])
    return base


def close_diagonal_gaps(burn):
    """Make rasterised lines 4-connected so that no diagonal step crosses them.

    Where two burnt cells touch only at a corner, an 8-neighbour move passes between them without entering
    either (a road drawn exactly through cell corners would leak). The cell to the right of the upper cell
    (or left, for the other diagonal) is burnt with the larger of the two values.

    Parameters
    ----------
    burn : ndarray
        Values of the burnt features, NaN elsewhere.

    Returns
    -------
    ndarray
        A copy with the gaps closed.

    Examples
    --------
    >>> b = np.full((2, 2), np.nan); b[0, 0] = 5; b[1, 1] = 7
    >>> close_diagonal_gaps(b).tolist()
    [[5.0, 7.0], [nan, 7.0]]
    """
    out = np.array(burn, dtype=np.float64)
    hit = ~np.isnan(out)
    # down-right pairs: (r, c) and (r+1, c+1); the orthogonal cells are (r, c+1) and (r+1, c)
    gap = hit[:-1, :-1] & hit[1:, 1:] & ~hit[:-1, 1:] & ~hit[1:, :-1]
    rows, cols = np.nonzero(gap)
    out[rows, cols + 1] = np.maximum(out[rows, cols], out[rows + 1, cols + 1])
    hit = ~np.isnan(out)
    # down-left pairs: (r, c+1) and (r+1, c); the orthogonal cells are (r, c) and (r+1, c+1)
    gap = hit[:-1, 1:] & hit[1:, :-1] & ~hit[:-1, :-1] & ~hit[1:, 1:]
    rows, cols = np.nonzero(gap)
    out[rows, cols] = np.maximum(out[rows, cols + 1], out[rows + 1, cols])
    return out


def combine(base, others, *, method="multiply"):
    """Combine a resistance surface with further rasters cell by cell.

    Parameters
    ----------
    base : array_like, 2-D
    others : sequence of array_like, same shape
    method : {"multiply", "add", "maximum"}, keyword-only

    Returns
    -------
    ndarray of float64
        NoData (NaN) wherever any input is NoData.

    Examples
    --------
    >>> combine(np.array([[2.0, 3.0]]), [np.array([[10.0, np.nan]])]).tolist()
    [[20.0, nan]]
    """
    if method not in COMBINE_METHODS:
        raise InvalidInputError(
            QT_TR_NOOP("Unknown combination {!r}; use one of {}."), method, ", ".join(COMBINE_METHODS)
        )
    operation = {"multiply": np.multiply, "add": np.add, "maximum": np.maximum}[method]
    out = np.array(base, dtype=np.float64)
    for other in others:
        values = np.asarray(other, dtype=np.float64)
        if values.shape != out.shape:
            raise InvalidInputError(
                QT_TR_NOOP("Rasters to combine must have the same shape as the resistance surface.")
            )
        operation(out, values, out=out)  # NaN propagates: NoData anywhere stays NoData
    return out
