"""Random agent: random bits every block, one episode of a scenario.

    python3 python/examples/random_agent.py scenarios/default.yaml [--set KEY=VALUE ...] [--seed N]
"""

import argparse
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from fluidedge_env import FluidEdgeEnv  # noqa: E402


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("scenario")
    ap.add_argument("--set", action="append", default=[], dest="sets")
    ap.add_argument("--seed", type=int, default=None)
    args = ap.parse_args(argv)
    env = FluidEdgeEnv(args.scenario, sets=args.sets, control=("bits",), reward="loss")
    rng = np.random.default_rng(args.seed)
    start = time.perf_counter()
    obs, info = env.reset(seed=args.seed)
    lo, hi = env.hello["bits_min"], env.hello["bits_max"]
    total, steps, done = 0.0, 0, False
    while not done:
        bits = rng.integers(lo, hi + 1, size=env.hello["users"])
        obs, reward, done, truncated, info = env.step({"bits": bits})
        total += reward
        steps += 1
    env.close()
    summary = info["summary"]
    print("episode: %d blocks, return %.6g (mean -J %.6g), %d requests completed, mean latency "
          "%.3f ms, %.1f s wall; agent round trip median %.0f us, p99 %.0f us"
          % (steps, total, total / steps, summary["requests"]["completed"],
             1e3 * summary["latency_s"]["mean"], time.perf_counter() - start,
             info["round_trip_median_us"], info["round_trip_p99_us"]))


if __name__ == "__main__":
    main()
