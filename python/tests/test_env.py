"""The environment's contract against the real simulator (bin/fluidedge).

Run from the repository root: python3 -m unittest discover -s python/tests -t python
"""

import os
import shutil
import subprocess
import sys
import unittest
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "python"))
sys.path.insert(0, str(ROOT / "python" / "examples"))

from fluidedge_env import AgentError, FluidEdgeEnv  # noqa: E402

SCENARIO = str(ROOT / "scenarios" / "default.yaml")
SHORT = ["duration-s=0.2", "output.window-s=0.1"]


class EnvContractTest(unittest.TestCase):

    def test_resetAndStep_followTheGymnasiumContract(self):
        env = FluidEdgeEnv(SCENARIO, sets=SHORT, control=("bits",))
        try:
            obs, info = env.reset(seed=4)
            k, m = env.hello["users"], env.hello["antennas"]
            self.assertEqual(info["seed"], 4)
            self.assertEqual(obs["block"], 0)
            self.assertEqual(obs["rate_bps_hz"].shape, (k,))
            self.assertEqual(obs["positions_m"].shape, (m, 2))
            self.assertEqual(set(env.action_space), {"bits"})
            steps, done = 0, False
            while not done:
                obs, reward, done, truncated, info = env.step(
                    {"bits": np.full(k, env.hello["bits_max"])})
                self.assertIsInstance(reward, float)
                self.assertTrue(np.isfinite(reward))
                self.assertFalse(truncated)
                steps += 1
                if not done:
                    self.assertTrue((obs["bits"] == env.hello["bits_max"]).all())
            self.assertEqual(steps, env.hello["blocks"])
            self.assertTrue(info["summary"]["complete"])
            self.assertGreaterEqual(info["round_trip_p99_us"], info["round_trip_median_us"])
            with self.assertRaises(RuntimeError):
                env.step({"bits": np.ones(k)})
        finally:
            env.close()

    def test_sameSeed_sameObservations_otherSeed_otherChannels(self):
        env = FluidEdgeEnv(SCENARIO, sets=SHORT, control=("bits",))
        try:
            runs = []
            for seed in (7, 7, 8):
                obs, _ = env.reset(seed=seed)
                rates = [obs["rate_bps_hz"]]
                for _ in range(5):
                    obs, _, _, _, _ = env.step({"bits": np.full(env.hello["users"], 8)})
                    rates.append(obs["rate_bps_hz"])
                runs.append(np.array(rates))
            np.testing.assert_array_equal(runs[0], runs[1])
            self.assertFalse(np.array_equal(runs[0], runs[2]))
        finally:
            env.close()

    def test_invalidAction_raisesWithTheBlockAndField(self):
        env = FluidEdgeEnv(SCENARIO, sets=SHORT, control=("bits",))
        try:
            env.reset(seed=1)
            with self.assertRaises(AgentError) as caught:
                env.step({"bits": np.full(env.hello["users"], env.hello["bits_max"] + 1)})
            self.assertIn("block 0: bits[0]", str(caught.exception))
        finally:
            env.close()


class ExampleAgentsTest(unittest.TestCase):

    def test_randomAgent_runsAnEpisode(self):
        out = subprocess.run([sys.executable, str(ROOT / "python/examples/random_agent.py"),
                              SCENARIO, "--seed", "2"] + sum((["--set", s] for s in SHORT), []),
                             capture_output=True, text=True, timeout=600)
        self.assertEqual(out.returncode, 0, out.stderr)
        self.assertIn("episode: 20 blocks", out.stdout)

    def test_learningAgent_lastEpisodesBeatItsFirst(self):
        import learning_agent
        _, curve = learning_agent.train(SCENARIO, ["duration-s=0.3", "output.window-s=0.1"],
                                        episodes=6, seed=1, log=lambda line: None)
        self.assertGreater(np.mean(curve[-2:]), np.mean(curve[:2]), curve)


if __name__ == "__main__":
    unittest.main()
