"""summary.json and the CSV outputs (windows.csv, blocks.csv, requests.csv.gz, compare.csv,
results.csv) as dicts of numpy arrays."""

import csv
import gzip
import io
import json
import os
import re

import numpy as np

_UNSAFE = re.compile(r"[^0-9A-Za-z_]")


def safe_name(column):
    """The column name as a Python identifier: other characters become underscores."""
    name = _UNSAFE.sub("_", column)
    return "_" + name if name[:1].isdigit() else name


def read_summary(folder):
    """The run's summary.json as a dict (``null`` statistics are None)."""
    with open(os.path.join(folder, "summary.json"), encoding="utf-8") as f:
        return json.load(f)


def _open_text(path):
    if path.endswith(".gz"):
        return io.TextIOWrapper(gzip.open(path, "rb"), encoding="utf-8", newline="")
    return open(path, encoding="utf-8", newline="")


def _column(values):
    """Floats when every non-empty cell is a number (empty cells NaN), else strings."""
    try:
        return np.array([float(v) if v != "" else np.nan for v in values], dtype=float)
    except ValueError:
        return np.array(values, dtype=str)


def read_csv(path):
    """A CSV output as {safe column name: numpy array}, columns in file order.

    Numeric columns are float64 (integers included, exact up to 2**53); other columns are
    strings. Raises ValueError for a row whose length differs from the header's.
    """
    with _open_text(path) as f:
        reader = csv.reader(f)
        header = next(reader)
        rows = []
        for line, row in enumerate(reader, start=2):
            if len(row) != len(header):
                raise ValueError(f"{path}:{line}: {len(row)} fields, header has {len(header)}")
            rows.append(row)
    names = [safe_name(h) for h in header]
    columns = list(zip(*rows)) if rows else [()] * len(header)
    return {n: _column(list(c)) for n, c in zip(names, columns)}


def _indexed(columns, prefix):
    found = []
    for name in columns:
        m = re.fullmatch(re.escape(prefix) + r"(\d+)", name)
        if m:
            found.append(int(m.group(1)))
    return sorted(found)


def blocks_by_user(blocks):
    """blocks.csv in long format: one row per (block, user) with its rate, bits and CPU share.

    Returns {block, time_s, user, rate_bps_hz, bits, cpu_hz} as numpy arrays of equal length.
    """
    users = _indexed(blocks, "rate_bps_hz_")
    n = len(blocks["block"])
    out = {
        "block": np.repeat(blocks["block"], len(users)),
        "time_s": np.repeat(blocks["time_s"], len(users)),
        "user": np.tile(np.array(users, dtype=float), n),
    }
    for part in ("rate_bps_hz", "bits", "cpu_hz"):
        out[part] = np.column_stack([blocks[f"{part}_{k}"] for k in users]).reshape(-1) \
            if users else np.zeros(0)
    return out


def blocks_by_antenna(blocks):
    """blocks.csv antenna positions in long format: {block, time_s, antenna, x_m, y_m}."""
    antennas = _indexed(blocks, "x_m_")
    n = len(blocks["block"])
    return {
        "block": np.repeat(blocks["block"], len(antennas)),
        "time_s": np.repeat(blocks["time_s"], len(antennas)),
        "antenna": np.tile(np.array(antennas, dtype=float), n),
        "x_m": np.column_stack([blocks[f"x_m_{m}"] for m in antennas]).reshape(-1)
        if antennas else np.zeros(0),
        "y_m": np.column_stack([blocks[f"y_m_{m}"] for m in antennas]).reshape(-1)
        if antennas else np.zeros(0),
    }
