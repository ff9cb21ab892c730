"""latency.hlog: HdrHistogram interval logs (V2 compressed histograms) decoded with numpy.

The encoding, as HdrHistogram's Java library writes it: base64 text of
[cookie int32][length int32][zlib deflate of: cookie int32, payload length int32, normalizing
index offset int32, significant digits int32, lowest discernible value int64, highest trackable
value int64, integer-to-double ratio float64, counts as ZigZag LEB128 varints where a negative
value -n stands for n empty buckets]. Integers are big-endian.
"""

import base64
import math
import struct
import zlib
from collections import namedtuple

import numpy as np

_V2_COOKIE = 0x1C849303
_V2_COMPRESSED_COOKIE = 0x1C849304

Interval = namedtuple("Interval", "start_s length_s max_s histogram")
"""One interval of the log; ``histogram`` is a :class:`Histogram`."""


class Histogram:
    """Counts per HdrHistogram bucket with the value of each bucket (the bucket's lowest value)."""

    def __init__(self, unit_magnitude, sub_bucket_half_count_magnitude, counts):
        self.unit_magnitude = unit_magnitude
        self.sub_bucket_half_count_magnitude = sub_bucket_half_count_magnitude
        self.counts = np.asarray(counts, dtype=np.int64)

    def _bucket_and_sub(self, index):
        half = self.sub_bucket_half_count_magnitude
        half_count = 1 << half
        bucket = (index >> half) - 1
        sub = (index & (half_count - 1)) + half_count
        low = bucket < 0
        sub = np.where(low, sub - half_count, sub)
        bucket = np.where(low, 0, bucket)
        return bucket, sub

    def lowest_values(self):
        """The lowest value of every bucket."""
        bucket, sub = self._bucket_and_sub(np.arange(len(self.counts), dtype=np.int64))
        return sub << (bucket + self.unit_magnitude)

    def highest_values(self):
        """The highest value equivalent to each bucket's (what percentiles report)."""
        bucket, _ = self._bucket_and_sub(np.arange(len(self.counts), dtype=np.int64))
        return self.lowest_values() + (np.int64(1) << (bucket + self.unit_magnitude)) - 1

    @property
    def total(self):
        """The number of recorded values."""
        return int(self.counts.sum())


def _varints(data, offset, end, length):
    """ZigZag LEB128 values (HdrHistogram's ZigZagEncoding, at most 9 bytes each)."""
    out = []
    i = offset
    while i < end and len(out) < length:
        value = 0
        shift = 0
        for byte_index in range(9):
            b = data[i]
            i += 1
            if byte_index == 8:
                value |= b << 56
                break
            value |= (b & 0x7F) << shift
            shift += 7
            if not b & 0x80:
                break
        out.append((value >> 1) ^ -(value & 1))
    return out


def decode(text):
    """A Histogram from one base64 compressed histogram of the log."""
    raw = base64.b64decode(text)
    cookie, length = struct.unpack(">ii", raw[:8])
    if cookie & ~0xF0 != _V2_COMPRESSED_COOKIE:
        raise ValueError(f"not a V2 compressed histogram (cookie {cookie:#x})")
    body = zlib.decompress(raw[8:8 + length])
    (cookie, payload, _offset, digits, lowest, highest, _ratio) = struct.unpack(">iiiiqqd",
                                                                             body[:40])
    if cookie & ~0xF0 != _V2_COOKIE:
        raise ValueError(f"not a V2 histogram (cookie {cookie:#x})")
    unit_magnitude = int(math.floor(math.log2(lowest)))
    largest_single_unit = 2 * 10 ** digits
    count_magnitude = int(math.ceil(math.log2(largest_single_unit)))
    half_magnitude = max(count_magnitude, 1) - 1
    values = _varints(body, 40, 40 + payload, 1 << 62)
    counts = []
    for v in values:
        if v < 0:
            counts.extend([0] * (-v))
        else:
            counts.append(v)
    return Histogram(unit_magnitude, half_magnitude, counts)


def read_hlog(path):
    """The intervals of an interval log, in order, as Interval(start_s, length_s, max_s, histogram)."""
    intervals = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith("#") or line.startswith('"'):
                continue
            start, length, maximum, text = line.split(",", 3)
            intervals.append(Interval(float(start), float(length), float(maximum), decode(text)))
    return intervals


def merge(intervals):
    """One Histogram of every interval's counts (all intervals share one layout)."""
    if not intervals:
        raise ValueError("no intervals to merge")
    first = intervals[0].histogram
    size = max(len(i.histogram.counts) for i in intervals)
    counts = np.zeros(size, dtype=np.int64)
    for i in intervals:
        counts[:len(i.histogram.counts)] += i.histogram.counts
    return Histogram(first.unit_magnitude, first.sub_bucket_half_count_magnitude, counts)


def percentile(histogram, p):
    """The value at percentile p (0..100) exactly as HdrHistogram's getValueAtPercentile.

    summary.json and windows.csv report min(this, the exact maximum) in seconds.
    """
    total = histogram.total
    if total == 0:
        return 0
    # As HdrHistogram 2.2: one ulp below p, then the count rounded up.
    requested = min(max(math.nextafter(p, -math.inf), 0.0), 100.0)
    wanted = max(int(math.ceil(requested / 100.0 * total)), 1)
    cumulative = np.cumsum(histogram.counts)
    index = int(np.searchsorted(cumulative, wanted))
    if p == 0.0:
        return int(histogram.lowest_values()[index])
    return int(histogram.highest_values()[index])
