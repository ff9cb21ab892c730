"""Greedy heuristic agent: each user's bits from a threshold rule on its rate in force.

A user whose uplink rate (bit/s/Hz) is at least ``--full-rate`` sends ``bits_max`` bits; below
it, bits shrink in proportion to the rate (never below ``bits_min``): fast links buy accuracy,
slow links save airtime. Everything else is left to the built-in optimizer.

    python3 python/examples/greedy_agent.py scenarios/default.yaml [--set KEY=VALUE ...]
    python3 python/examples/greedy_agent.py --serve     # as plugins.external.command
"""

import argparse
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from fluidedge_env import FluidEdgeEnv, serve  # noqa: E402


def greedy_bits(hello, obs, full_rate):
    """bits_k = clip(round(bits_max * rate_k / full_rate), bits_min, bits_max)."""
    lo, hi = hello["bits_min"], hello["bits_max"]
    share = np.minimum(obs["rate_bps_hz"] / full_rate, 1.0)
    return np.clip(np.rint(hi * share), lo, hi).astype(int)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("scenario", nargs="?")
    ap.add_argument("--set", action="append", default=[], dest="sets")
    ap.add_argument("--seed", type=int, default=None)
    ap.add_argument("--full-rate", type=float, default=8.0,
                    help="rate (bit/s/Hz) at and above which a user sends bits_max bits")
    ap.add_argument("--serve", action="store_true",
                    help="answer the simulator on stdin/stdout (plugins.external.command)")
    args = ap.parse_args(argv)
    if args.serve:
        serve(lambda hello, obs: {"bits": greedy_bits(hello, obs, args.full_rate)})
        return
    if not args.scenario:
        ap.error("a scenario is required unless --serve")
    env = FluidEdgeEnv(args.scenario, sets=args.sets, control=("bits",))
    obs, _ = env.reset(seed=args.seed)
    total, steps, done = 0.0, 0, False
    while not done:
        obs, reward, done, _, info = env.step({"bits": greedy_bits(env.hello, obs,
                                                                    args.full_rate)})
        total += reward
        steps += 1
    env.close()
    print("greedy: %d blocks, mean reward (-J) %.6g, mean latency %.3f ms"
          % (steps, total / steps, 1e3 * info["summary"]["latency_s"]["mean"]))


if __name__ == "__main__":
    main()
