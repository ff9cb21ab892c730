"""FluidEdgeEnv: one simulator run per episode, one step per coherence block."""

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np

from .protocol import AgentError, Connection, action_message, observation_arrays
from .spaces import action_space, observation_space

REWARDS = ("loss", "latency", "slo")
_ROOT = Path(__file__).resolve().parents[2]


class FluidEdgeEnv:
    """A Gymnasium-style environment over ``bin/fluidedge run SCENARIO``.

    Each episode is one run of the scenario with ``optimizer.policy=external`` and the agent on
    the simulator's standard input and output; each step decides one coherence block. The
    action is a dict with the parts named in ``control`` (any of ``bits``, ``cpu_hz``,
    ``positions_m``); the simulator's built-in optimizer decides the rest.

    Reward of the step for block k (known at block k+1's start):

    * ``loss``: -J of block k's decision (the optimizer's loss, docs/model.md);
    * ``latency``: -mean latency (s) of the requests completed during block k (0 if none);
    * ``slo``: -mean latency - ``slo_weight`` x fraction of those completions over ``slo_s``.

    Same seed, same scenario: the same channels and arrivals as ``fluidedge run`` and
    ``fluidedge compare`` give the built-in policies (common random numbers).
    """

    metadata = {"render_modes": []}

    def __init__(self, scenario, sets=(), control=("bits",), reward="loss", slo_s=None,
                 slo_weight=1.0, channel=False, timeout_s=60.0, fluidedge=None, out_dir=None,
                 java_opts=None):
        if reward not in REWARDS:
            raise ValueError("reward must be one of %s, got %r" % (REWARDS, reward))
        if reward == "slo" and not slo_s:
            raise ValueError("reward 'slo' needs slo_s (seconds)")
        unknown = set(control) - {"bits", "cpu_hz", "positions_m"}
        if unknown:
            raise ValueError("unknown control parts %s" % sorted(unknown))
        self.scenario = str(scenario)
        self.sets = list(sets)
        self.control = tuple(control)
        self.reward_kind = reward
        self.slo_s = slo_s
        self.slo_weight = float(slo_weight)
        self.channel = bool(channel)
        self.timeout_s = float(timeout_s)
        self.fluidedge = str(fluidedge or _ROOT / "bin" / "fluidedge")
        self.java_opts = java_opts
        self._own_out = out_dir is None
        self.out_dir = out_dir or tempfile.mkdtemp(prefix="fluidedge-env-")
        self._proc = None
        self._conn = None
        self._obs = None
        self._done = True
        self._next_seed = None
        self.hello = None
        self.observation_space = None
        self.action_space = None
        self.last_end = None

    def reset(self, seed=None, options=None):
        """Starts a new run (seed: the run's seed; None: the next seed after the previous run's,
        or the scenario's own for the first). Returns (observation, info)."""
        self._stop()
        if seed is None:
            seed = self._next_seed
        args = [self.fluidedge, "run", self.scenario, "--out", self.out_dir, "--force",
                "--set", "optimizer.policy=external",
                "--set", "plugins.external.command=stdio",
                "--set", "plugins.external.timeout-s=%r" % self.timeout_s,
                "--set", "plugins.external.channel=%s" % str(self.channel).lower(),
                "--set", "output.plots=false"]
        if self.slo_s:
            args += ["--set", "plugins.external.slo-s=%r" % float(self.slo_s)]
        for s in self.sets:
            args += ["--set", s]
        if seed is not None:
            args += ["--seed", str(int(seed))]
        env = dict(os.environ)
        if self.java_opts:
            env["FLUIDEDGE_JAVA_OPTS"] = self.java_opts
        if getattr(self, "_stderr", None) is not None:
            self._stderr.close()
        self._stderr = tempfile.TemporaryFile(mode="w+t")
        self._proc = subprocess.Popen(args, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                      stderr=self._stderr, text=True, bufsize=1, env=env)
        self._conn = Connection(self._proc.stdout, self._proc.stdin)
        try:
            self.hello = self._conn.handshake()
            first = self._conn.receive()
        except AgentError as e:
            raise AgentError(self._with_stderr(str(e))) from None
        self._next_seed = int(self.hello["seed"]) + 1
        self.observation_space = observation_space(self.hello)
        self.action_space = action_space(self.hello, self.control)
        self._obs = observation_arrays(first)
        self._done = False
        return self._obs, {"block": self._obs["block"], "seed": int(self.hello["seed"])}

    def step(self, action):
        """Sends the action for the current block; returns (observation, reward, terminated,
        truncated, info). At the run's end terminated is True (truncated if the run stopped
        early) and the observation is the last one."""
        if self._done:
            raise RuntimeError("the episode has ended: call reset()")
        parts = {k: v for k, v in (action or {}).items() if k in self.control}
        self._conn.send(action_message(self._obs["block"], parts))
        try:
            message = self._conn.receive()
        except AgentError as e:
            self._done = True
            self._stop()
            raise AgentError(self._with_stderr(str(e))) from None
        info = {"block": self._obs["block"]}
        if message["type"] == "end":
            self._done = True
            self.last_end = message
            reward = self._reward(observation_arrays(message))
            summary = self._finish()
            info.update(summary=summary, round_trip_median_us=message["round_trip_median_us"],
                        round_trip_p99_us=message["round_trip_p99_us"])
            truncated = not summary.get("complete", True)
            return self._obs, reward, True, truncated, info
        self._obs = observation_arrays(message)
        reward = self._reward(self._obs)
        info["loss"] = self._obs["previous_loss"]
        return self._obs, reward, False, False, info

    def close(self):
        """Stops a running simulation and removes the temporary output directory."""
        self._stop()
        if getattr(self, "_stderr", None) is not None:
            self._stderr.close()
            self._stderr = None
        if self._own_out:
            shutil.rmtree(self.out_dir, ignore_errors=True)

    def _reward(self, obs):
        if self.reward_kind == "loss":
            return -obs["previous_loss"]
        done = int(obs["completed"].sum())
        mean = float((obs["latency_s"] * obs["completed"]).sum()) / done if done else 0.0
        if self.reward_kind == "latency":
            return -mean
        over = float(obs["over_slo"].sum()) / done if done else 0.0
        return -mean - self.slo_weight * over

    def _finish(self):
        """Waits for the simulator to write its outputs and exit; returns summary.json."""
        self._proc.stdin.close()
        for line in self._proc.stdout:
            pass
        code = self._proc.wait()
        self._release()
        if code != 0:
            raise AgentError(self._with_stderr("the simulator exited with code %d" % code))
        with open(os.path.join(self.out_dir, "summary.json")) as f:
            return json.load(f)

    def _stop(self):
        if self._proc is None:
            return
        try:
            self._proc.stdin.close()
        except OSError:
            pass
        try:
            self._proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self._proc.kill()
            self._proc.wait()
        self._release()

    def _release(self):
        self._proc.stdout.close()
        self._proc = None

    def _with_stderr(self, message):
        try:
            self._stderr.seek(0)
            tail = self._stderr.read()[-2000:].strip()
        except (OSError, ValueError):
            tail = ""
        return message + ("\nsimulator stderr:\n" + tail if tail else "")

    def __del__(self):
        try:
            self._stop()
        except Exception:
            pass
