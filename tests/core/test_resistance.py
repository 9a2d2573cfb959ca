# SPDX-FileCopyrightText: 2026 GPEC Connectivity contributors
# SPDX-License-Identifier: GPL-2.0-or-later
"""Resistance tables, reclassification, burning and combination."""

import numpy as np
import pytest

from gpec_connectivity.core.errors import InvalidInputError, UnknownClassError
from gpec_connectivity.core.resistance import burn_values, combine, read_resistance_table, reclassify


def test_table_from_csv_file(tmp_path):
    path = tmp_path / "t.csv"
    path.write_text("Class;Resistance\n1;4,5\n", encoding="utf-8")  # spreadsheet export with semicolons
    with pytest.raises(InvalidInputError, match="not a number"):  # decimal comma: say which value
        read_resistance_table(str(path))
    path.write_text("Class;Resistance\n1;4.5\n", encoding="utf-8")
    assert read_resistance_table(str(path)).resistances == (4.5,)
    path.write_text("lc,res\n1,5\n", encoding="utf-8")
    with pytest.raises(InvalidInputError, match="no column 'class'; its columns are: lc, res"):
        read_resistance_table(str(path))
    path.write_text("\ufeffclass,resistance,label\n3,7.5,steppe\n1,2,forest\n\n", encoding="utf-8")
    table = read_resistance_table(str(path))
    assert table.classes == (1.0, 3.0)
    assert table.resistances == (2.0, 7.5)
    assert table.label_of(3.0) == "steppe"


def test_table_from_rows_with_other_column_names():
    rows = [{"LC": "1", "R": "10"}, {"LC": "2", "R": ""}]
    table = read_resistance_table(rows, class_field="lc", resistance_field="r", label_field=None)
    assert table.classes == (1.0, 2.0)
    assert table.resistances[0] == 10.0 and np.isnan(table.resistances[1])


@pytest.mark.parametrize(
    "text, message",
    [
        ("class,resistance\n1,0\n", "must be positive"),
        ("class,resistance\n1,-5\n", "must be positive"),
        ("class,resistance\n1,abc\n", "not a number"),
        ("class,resistance\n1,2\n1,3\n", "appears twice"),
        ("class,resistance\n", "no rows"),
    ],
)
def test_bad_tables(text, message):
    with pytest.raises(InvalidInputError, match=message):
        read_resistance_table(text)


def test_reclassify_keeps_nodata_and_impassable_classes():
    table = read_resistance_table("class,resistance\n1,5\n2,50\n6,nodata\n")
    landcover = np.array([[1, 2, 6], [np.nan, 1, 2]])
    out = reclassify(landcover, table)
    assert out[0, :2].tolist() == [5.0, 50.0]
    assert np.isnan(out[0, 2]) and np.isnan(out[1, 0])
    assert out[1, 1:].tolist() == [5.0, 50.0]


def test_unknown_classes_are_all_listed():
    table = read_resistance_table("class,resistance\n1,5\n")
    with pytest.raises(UnknownClassError) as info:
        reclassify(np.array([[1, 7, 3], [3, 1, np.nan]]), table)
    assert info.value.classes == [3.0, 7.0]
    assert "3, 7" in str(info.value)


@pytest.mark.parametrize(
    "mode, expected",
    [
        ("maximum", [10.0, 500.0, 900.0]),
        ("replace", [10.0, 500.0, 500.0]),
        ("add", [10.0, 510.0, 1400.0]),
        ("multiply", [10.0, 5000.0, 450000.0]),
    ],
)
def test_burn_modes(mode, expected):
    base = np.array([[10.0, 10.0, 900.0, np.nan]])
    lines = np.array([[np.nan, 500.0, 500.0, 500.0]])
    out = burn_values(base, lines, mode=mode)
    assert out[0, :3].tolist() == expected
    assert np.isnan(out[0, 3])  # a road does not make NoData passable


def test_combine_propagates_nodata():
    out = combine(np.array([[2.0, 3.0, 4.0]]), [np.array([[10.0, np.nan, 1.0]])], method="maximum")
    assert out[0, 0] == 10.0 and np.isnan(out[0, 1]) and out[0, 2] == 4.0
    with pytest.raises(InvalidInputError):
        combine(np.ones((2, 2)), [np.ones((3, 3))])


def test_close_diagonal_gaps_blocks_every_diagonal_step():
    from gpec_connectivity.core.costdistance import cost_distance
    from gpec_connectivity.core.resistance import close_diagonal_gaps

    n = 12
    lines = np.full((n, n), np.nan)
    lines[np.arange(n), np.arange(n)] = 1000.0  # a road through cell corners
    lines[np.arange(n), n - 1 - np.arange(n)] = 500.0  # and one along the other diagonal
    closed = close_diagonal_gaps(lines)
    barrier = np.where(np.isnan(closed), 1.0, np.nan)  # burnt cells impassable
    sources = np.zeros((n, n), int)
    sources[0, n // 2] = 1
    reached = np.isfinite(cost_distance(barrier, sources).distance)
    assert not reached[n - 1, n // 2] and not reached[n // 2, 0]
    assert np.array_equal(~np.isnan(closed) & ~np.isnan(lines), ~np.isnan(lines))  # nothing removed


def test_one_resistance_validator_for_every_method():
    """Cost distance and circuit theory refuse a zero resistance with the same message (one validator)."""
    from gpec_connectivity.core import InvalidResistanceError, check_resistance, conductance_map

    bad = np.array([[1.0, 0.0], [2.0, 3.0]])
    messages = []
    for check in (check_resistance, conductance_map):
        with pytest.raises(InvalidResistanceError) as caught:
            check(bad)
        messages.append(str(caught.value))
    assert messages[0] == messages[1] and "short-circuit region" in messages[0]
