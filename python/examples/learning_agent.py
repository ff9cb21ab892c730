"""A small learning agent in numpy: a tabular Gaussian policy on the bits, trained by REINFORCE.

Each user's bits are drawn as round(mu_k + sigma * eps), clipped to [bits_min, bits_max], with
mu_k = w[bin(rate_k)]: one mean per band of uplink rate (2 bit/s/Hz wide, shared by the users),
so the policy learns how many bits a link of a given rate should carry. The reward is -J of the block, which the block's
bits alone decide (given the channel), so the update is the score-function gradient of each
step's reward: w += lr * mean(adv_t * (a_t - mu_t) / sigma^2 * phi_t). Training repeats one
seed, so block t sees the same channel in every episode (common random numbers) and the
baseline of step t is the running mean of step t's past rewards: the advantage then measures
the action, not the channel. It starts from few bits (mu = 3) and learns to send more.

    python3 python/examples/learning_agent.py scenarios/default.yaml --episodes 12 \
        --set duration-s=0.5 --curve learning.csv
    python3 python/examples/learning_agent.py --serve --weights w.json   # for compare
"""

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from fluidedge_env import FluidEdgeEnv, serve  # noqa: E402


class LinearGaussianBits:
    """The policy and its REINFORCE update (see the module note)."""

    EDGES = np.arange(2.0, 16.0, 2.0)

    def __init__(self, lo, hi, mean_bits=3.0, sigma=2.0, lr=4.0, seed=0):
        self.lo, self.hi = lo, hi
        self.w = np.full(len(self.EDGES) + 1, float(mean_bits))
        self.sigma = sigma
        self.lr = lr
        self.rng = np.random.default_rng(seed)
        self.trace = []
        self.baseline = None

    @classmethod
    def features(cls, obs):
        """One-hot rate band per user, shape (K, bands)."""
        bands = np.searchsorted(cls.EDGES, obs["rate_bps_hz"])
        return np.eye(len(cls.EDGES) + 1)[bands]

    def act(self, obs, explore=True):
        """Bits per user; with explore, the draw is kept for the update."""
        phi = self.features(obs)
        mu = phi @ self.w
        a = mu + (self.sigma * self.rng.standard_normal(mu.shape) if explore else 0.0)
        if explore:
            self.trace.append((phi, a, mu))
        return np.clip(np.rint(a), self.lo, self.hi).astype(int)

    def update(self, rewards):
        """One gradient step from the episode's draws and per-step rewards."""
        r = np.asarray(rewards, dtype=float)
        if self.baseline is None or len(self.baseline) != len(r):
            self.baseline = np.full_like(r, r.mean())
        adv = r - self.baseline
        adv /= adv.std() + 1e-12
        self.baseline = 0.5 * self.baseline + 0.5 * r
        grad = np.zeros_like(self.w)
        for (phi, a, mu), g in zip(self.trace, adv):
            grad += g * ((a - mu) / self.sigma ** 2) @ phi
        self.w += self.lr * grad / max(1, len(self.trace))
        self.trace = []


def train(scenario, sets, episodes, seed, log=print):
    """Trains for ``episodes`` runs of the scenario on one seed (the same channels and arrivals
    each time, so the curve shows the policy's progress rather than the channel's luck); returns
    the agent and the mean reward per episode."""
    env = FluidEdgeEnv(scenario, sets=sets, control=("bits",), reward="loss")
    agent = None
    curve = []
    try:
        for e in range(episodes):
            start = time.perf_counter()
            obs, _ = env.reset(seed=seed)
            if agent is None:
                agent = LinearGaussianBits(env.hello["bits_min"], env.hello["bits_max"],
                                           seed=seed)
            rewards, done = [], False
            while not done:
                obs, reward, done, _, _ = env.step({"bits": agent.act(obs)})
                rewards.append(reward)
            agent.update(rewards)
            curve.append(float(np.mean(rewards)))
            log("episode %d: mean reward %.6g, w = %s, %.1f s"
                % (e, curve[-1], np.round(agent.w, 3), time.perf_counter() - start))
    finally:
        env.close()
    return agent, curve


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("scenario", nargs="?")
    ap.add_argument("--set", action="append", default=[], dest="sets")
    ap.add_argument("--episodes", type=int, default=12)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--curve", help="write episode,mean_reward to this CSV")
    ap.add_argument("--weights", help="save (training) or load (--serve) the weights, JSON")
    ap.add_argument("--serve", action="store_true",
                    help="answer the simulator on stdin/stdout with the saved weights")
    args = ap.parse_args(argv)
    if args.serve:
        w = json.loads(Path(args.weights).read_text())["w"]
        agents = {}

        def decide(hello, obs):
            agent = agents.setdefault("a", LinearGaussianBits(hello["bits_min"],
                                                              hello["bits_max"]))
            agent.w = np.asarray(w, dtype=float)
            return {"bits": agent.act(obs, explore=False)}
        serve(decide)
        return
    if not args.scenario:
        ap.error("a scenario is required unless --serve")
    started = time.perf_counter()
    agent, curve = train(args.scenario, args.sets, args.episodes, args.seed)
    minutes = (time.perf_counter() - started) / 60
    print("%d episodes in %.2f min (%.1f episodes per minute)"
          % (len(curve), minutes, len(curve) / minutes))
    if args.curve:
        with open(args.curve, "w") as f:
            f.write("episode,mean_reward\n")
            for e, r in enumerate(curve):
                f.write("%d,%.9g\n" % (e, r))
    if args.weights:
        Path(args.weights).write_text(json.dumps({"w": agent.w.tolist()}))


if __name__ == "__main__":
    main()
