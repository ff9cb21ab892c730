"""The agent side of the external-policy protocol (version 1): JSON lines over a pipe."""

import json

import numpy as np

PROTOCOL = 1


class AgentError(RuntimeError):
    """The simulator reported an error, or the conversation broke."""


class Connection:
    """One conversation with the simulator over a pair of text streams.

    Lines that are not JSON objects are the simulator's own messages (e.g. ``started: ...`` when
    the agent holds the simulator's standard output) and are skipped; ``log`` receives them.
    """

    def __init__(self, reader, writer, log=None):
        self._reader = reader
        self._writer = writer
        self._log = log

    def send(self, message):
        """Writes one message (a dict) as one line and flushes."""
        self._writer.write(json.dumps(message, separators=(",", ":")) + "\n")
        self._writer.flush()

    def receive(self):
        """The next message (a dict); raises AgentError at the end of the stream or on an error."""
        while True:
            line = self._reader.readline()
            if not line:
                raise AgentError("the simulator closed the pipe")
            line = line.strip()
            if not line.startswith("{"):
                if line and self._log is not None:
                    self._log(line)
                continue
            message = json.loads(line)
            if message.get("type") == "error":
                raise AgentError(message.get("message", "error"))
            return message

    def handshake(self):
        """Reads ``hello``, answers ``ready`` with the protocol version, returns the hello."""
        hello = self.receive()
        if hello.get("type") != "hello":
            raise AgentError("expected hello, got %r" % hello.get("type"))
        if hello.get("protocol") != PROTOCOL:
            raise AgentError("the simulator speaks protocol %r, this package %d"
                             % (hello.get("protocol"), PROTOCOL))
        self.send({"type": "ready", "protocol": PROTOCOL})
        return hello


def observation_arrays(message):
    """An observation message as numpy arrays (per user: shape (K,); positions (M, 2)).

    ``latency_s`` is the mean latency of the requests completed since the previous block start
    (0 where none completed); the channel, when sent, becomes complex arrays of shape (K, M, N).
    """
    prev = message["previous"]
    completed = np.asarray(prev["completed"], dtype=np.int64)
    latency_sum = np.asarray(prev["latency_sum_s"], dtype=np.float64)
    out = {
        "block": int(message.get("block", -1)),
        "time_s": float(message.get("time_s", np.nan)),
        "rate_bps_hz": np.asarray(message.get("rate_bps_hz", []), dtype=np.float64),
        "bits": np.asarray(message.get("bits", []), dtype=np.int64),
        "cpu_hz": np.asarray(message.get("cpu_hz", []), dtype=np.float64),
        "positions_m": np.asarray(message.get("positions_m", []), dtype=np.float64),
        "queue_requests": np.asarray(message.get("queue_requests", []), dtype=np.int64),
        "queue_bits": np.asarray(message.get("queue_bits", []), dtype=np.float64),
        "server_requests": np.asarray(message.get("server_requests", []), dtype=np.int64),
        "completed": completed,
        "latency_s": np.divide(latency_sum, completed, out=np.zeros_like(latency_sum),
                               where=completed > 0),
        "over_slo": np.asarray(prev["over_slo"], dtype=np.int64),
        "previous_loss": np.nan if prev.get("loss") is None else float(prev["loss"]),
    }
    channel = message.get("channel")
    if channel is not None:
        out["channel"] = np.asarray(channel["re"]) + 1j * np.asarray(channel["im"])
        out["noise_power"] = float(channel["noise_power"])
    return out


def action_message(block, action):
    """The action message for ``block`` from a dict with any of bits, cpu_hz, positions_m."""
    message = {"type": "action", "block": int(block)}
    if action is None:
        return message
    unknown = set(action) - {"bits", "cpu_hz", "positions_m"}
    if unknown:
        raise ValueError("unknown action parts %s (bits, cpu_hz, positions_m)" % sorted(unknown))
    if action.get("bits") is not None:
        message["bits"] = [int(b) for b in np.asarray(action["bits"]).ravel()]
    if action.get("cpu_hz") is not None:
        message["cpu_hz"] = [float(f) for f in np.asarray(action["cpu_hz"]).ravel()]
    if action.get("positions_m") is not None:
        message["positions_m"] = np.asarray(action["positions_m"], dtype=float).tolist()
    return message
