"""fluidedge_io against an output folder the simulator wrote (tests/data/run): the decoded
latency.hlog must reproduce the percentiles the simulator computed with HdrHistogram in Java."""

import os
import tempfile
import unittest

import numpy as np

import fluidedge_io as fio

RUN = os.path.join(os.path.dirname(__file__), "data", "run")


def close(a, b):
    return abs(a - b) <= 1e-11 * max(abs(a), abs(b), 1e-300)


class HlogTest(unittest.TestCase):

    def setUp(self):
        self.intervals = fio.read_hlog(os.path.join(RUN, "latency.hlog"))
        self.summary = fio.read_summary(RUN)
        self.windows = fio.read_csv(os.path.join(RUN, "windows.csv"))

    def test_mergedCountsAndPercentiles_equalTheSummary(self):
        merged = fio.merge(self.intervals)
        latency = self.summary["latency_s"]
        self.assertEqual(merged.total, self.summary["requests"]["completed"])
        for p, key in ((50, "p50"), (90, "p90"), (99, "p99"), (99.9, "p999")):
            value = min(fio.percentile(merged, p) / 1e9, latency["max"])
            self.assertTrue(close(value, latency[key]), (key, value, latency[key]))

    def test_everyInterval_equalsItsWindowRow(self):
        self.assertEqual(len(self.intervals), len(self.windows["window_start_s"]))
        for i, interval in enumerate(self.intervals):
            self.assertTrue(close(interval.start_s, self.windows["window_start_s"][i]))
            self.assertEqual(interval.histogram.total, int(self.windows["count"][i]))
            if interval.histogram.total:
                p50 = min(fio.percentile(interval.histogram, 50) / 1e9, self.windows["max_s"][i])
                self.assertTrue(close(p50, self.windows["p50_s"][i]))
            else:
                self.assertTrue(np.isnan(self.windows["p50_s"][i]))

    def test_bucketValues_coverTheRangeWithoutGaps(self):
        h = fio.merge(self.intervals)
        low, high = h.lowest_values(), h.highest_values()
        self.assertTrue(np.all(low[1:] == high[:-1] + 1))


class CsvTest(unittest.TestCase):

    def test_blocksLongFormat_holdsEveryWideCell(self):
        blocks = fio.read_csv(os.path.join(RUN, "blocks.csv"))
        users = fio.blocks_by_user(blocks)
        k = int(users["user"].max()) + 1
        self.assertEqual(len(users["user"]), k * len(blocks["block"]))
        for row in range(len(users["user"])):
            b, u = divmod(row, k)
            self.assertEqual(users["bits"][row], blocks[f"bits_{u}"][b])
            self.assertEqual(users["rate_bps_hz"][row], blocks[f"rate_bps_hz_{u}"][b])
        antennas = fio.blocks_by_antenna(blocks)
        m = int(antennas["antenna"].max()) + 1
        self.assertEqual(len(antennas["x_m"]), m * len(blocks["block"]))
        self.assertEqual(antennas["y_m"][m + 1], blocks["y_m_1"][1])

    def test_requests_latencyIsDoneMinusArrival(self):
        requests = fio.read_csv(os.path.join(RUN, "requests.csv.gz"))
        summary = fio.read_summary(RUN)
        self.assertEqual(len(requests["id"]), summary["requests"]["completed"])
        np.testing.assert_allclose(requests["latency_s"],
                                   requests["done_s"] - requests["arrival_s"], rtol=1e-9)
        self.assertTrue(close(float(requests["latency_s"].mean()), summary["latency_s"]["mean"]))

    def test_names_ofEveryOutputCsvAreUniqueIdentifiers(self):
        for name in ("windows.csv", "blocks.csv", "requests.csv.gz"):
            table = fio.read_csv(os.path.join(RUN, name))
            self.assertTrue(all(k.isidentifier() for k in table), name)
        header = ["cell", "radio.bs-antennas", "optimizer.policy", "model.bits-max"]
        safe = [fio.safe_name(h) for h in header]
        self.assertEqual(safe, ["cell", "radio_bs_antennas", "optimizer_policy", "model_bits_max"])
        self.assertEqual(len(set(safe)), len(safe))

    def test_names_areSafeAndEmptyCellsNaN(self):
        self.assertEqual(fio.safe_name("radio.bs-antennas"), "radio_bs_antennas")
        self.assertEqual(fio.safe_name("0x"), "_0x")
        with tempfile.TemporaryDirectory() as d:
            path = os.path.join(d, "results.csv")
            with open(path, "w", encoding="utf-8") as f:
                f.write("cell,radio.bs-antennas,policy,latency_mean_s\n0,8,joint,\n1,16,fpa,0.5\n")
            table = fio.read_csv(path)
            self.assertEqual(list(table), ["cell", "radio_bs_antennas", "policy",
                                           "latency_mean_s"])
            self.assertTrue(np.isnan(table["latency_mean_s"][0]))
            self.assertEqual(list(table["policy"]), ["joint", "fpa"])
            with open(path, "a", encoding="utf-8") as f:
                f.write("2,4\n")
            with self.assertRaisesRegex(ValueError, "results.csv:4"):
                fio.read_csv(path)


if __name__ == "__main__":
    unittest.main()
