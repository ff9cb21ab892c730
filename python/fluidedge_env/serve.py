"""Runs an agent as the child process the simulator starts (``plugins.external.command``)."""

import sys

from .protocol import Connection, action_message, observation_arrays


def serve(decide, stdin=None, stdout=None):
    """Answers the simulator on standard input/output until the run ends.

    ``decide(hello, observation)`` gets the hello message and each observation (as
    ``observation_arrays``) and returns an action dict (any of ``bits``, ``cpu_hz``,
    ``positions_m``; None or {} leaves everything to the built-in optimizer). Returns the ``end``
    message. Print diagnostics to standard error: standard output is the protocol.
    """
    conn = Connection(stdin or sys.stdin, stdout or sys.stdout)
    hello = conn.handshake()
    while True:
        message = conn.receive()
        if message["type"] == "end":
            return message
        obs = observation_arrays(message)
        conn.send(action_message(obs["block"], decide(hello, obs)))
