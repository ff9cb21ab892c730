"""Read FluidEdge output folders into numpy arrays (standard library and numpy only).

    import fluidedge_io as fio
    run = "out/default"
    summary = fio.read_summary(run)                 # dict, as in summary.json
    windows = fio.read_csv(run + "/windows.csv")    # dict: column name -> numpy array
    blocks = fio.read_csv(run + "/blocks.csv")
    users = fio.blocks_by_user(blocks)              # long format: one row per (block, user)
    antennas = fio.blocks_by_antenna(blocks)        # long format: one row per (block, antenna)
    requests = fio.read_csv(run + "/requests.csv.gz")
    intervals = fio.read_hlog(run + "/latency.hlog")
    p99 = fio.percentile(fio.merge(intervals), 99.0)  # ns, as HdrHistogram computes it

Column names are made safe as Python identifiers and numpy field names: every character other
than a letter, digit or underscore becomes an underscore (a sweep's grid column
``radio.bs-antennas`` is ``radio_bs_antennas``). Empty CSV cells are NaN.
"""

from .csvfiles import blocks_by_antenna, blocks_by_user, read_csv, read_summary, safe_name
from .hlog import Interval, merge, percentile, read_hlog

__all__ = [
    "Interval",
    "blocks_by_antenna",
    "blocks_by_user",
    "merge",
    "percentile",
    "read_csv",
    "read_hlog",
    "read_summary",
    "safe_name",
]
