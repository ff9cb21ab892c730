"""Observation and action spaces: dicts of shapes and bounds, or Gymnasium spaces if installed."""

import numpy as np

try:
    import gymnasium
except ImportError:
    gymnasium = None


def _box(low, high, shape, dtype):
    if gymnasium is not None:
        return gymnasium.spaces.Box(low=low, high=high, shape=shape, dtype=dtype)
    return {"low": low, "high": high, "shape": shape, "dtype": np.dtype(dtype).name}


def _dict(parts):
    if gymnasium is not None:
        return gymnasium.spaces.Dict(parts)
    return parts


def observation_space(hello):
    """The observation arrays' shapes and bounds for a hello message."""
    k, m = hello["users"], hello["antennas"]
    inf = np.inf
    side = hello["panel_side_m"]
    parts = {
        "block": _box(0, hello["blocks"], (), np.int64),
        "time_s": _box(0.0, hello["duration_s"], (), np.float64),
        "previous_loss": _box(-inf, inf, (), np.float64),
        "rate_bps_hz": _box(0.0, inf, (k,), np.float64),
        "bits": _box(hello["bits_min"], hello["bits_max"], (k,), np.int64),
        "cpu_hz": _box(0.0, hello["cpu_hz"], (k,), np.float64),
        "positions_m": _box(0.0, side, (m, 2), np.float64),
        "queue_requests": _box(0, np.iinfo(np.int64).max, (k,), np.int64),
        "queue_bits": _box(0.0, inf, (k,), np.float64),
        "server_requests": _box(0, np.iinfo(np.int64).max, (k,), np.int64),
        "completed": _box(0, np.iinfo(np.int64).max, (k,), np.int64),
        "latency_s": _box(0.0, inf, (k,), np.float64),
        "over_slo": _box(0, np.iinfo(np.int64).max, (k,), np.int64),
    }
    # Gymnasium's Box has no complex dtype: with gymnasium the channel is left undescribed.
    if hello.get("channel") and gymnasium is None:
        n = hello["user_antennas"]
        parts["channel"] = _box(-inf, inf, (k, m, n), np.complex128)
        parts["noise_power"] = _box(0.0, inf, (), np.float64)
    return _dict(parts)


def action_space(hello, control):
    """The action parts named in ``control`` with their shapes and bounds. The CPU shares must
    also sum to ``hello["cpu_hz"]`` and the positions keep ``hello["min_spacing_m"]`` apart."""
    k, m = hello["users"], hello["antennas"]
    all_parts = {
        "bits": _box(hello["bits_min"], hello["bits_max"], (k,), np.int64),
        "cpu_hz": _box(0.0, hello["cpu_hz"], (k,), np.float64),
        "positions_m": _box(0.0, hello["panel_side_m"], (m, 2), np.float64),
    }
    return _dict({name: all_parts[name] for name in control})
