"""Time loading and validating the bundled actor lexicon (what `marsad lexicon check` and every
pipeline start pay once per process).

Usage: python benchmarks/lexicon_load.py [--repeat 5]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time

from marsad.lexicons import load_actor_lexicon


def main() -> int:
    """Print the median cold-load time and the entry counts."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    times = []
    for _ in range(args.repeat):
        load_actor_lexicon.cache_clear()
        start = time.perf_counter()
        lexicon = load_actor_lexicon()
        times.append(time.perf_counter() - start)
    counts = lexicon.counts()
    start = time.perf_counter()
    load_actor_lexicon()
    cached = time.perf_counter() - start
    sys.stdout.write(
        f"actor lexicon: {len(lexicon.entries)} entries, {counts['names']} names; "
        f"cold load median {statistics.median(times) * 1000:.0f} ms over {args.repeat} runs "
        f"(min {min(times) * 1000:.0f} ms); cached {cached * 1e6:.0f} µs\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
