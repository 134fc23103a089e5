"""What leaving sports and culture pages alone saves on a newspaper's whole output.

    python benchmarks/topic_speed.py [--days 2015-08-01 2015-08-02 2015-08-03] [--per-day 400] [--warm 400]

SaudiNewsNet days (every section of 14 Saudi dailies; skips when absent) are coded by two
pipelines built in the same process: the default one (the topic stage marks sports and culture
pages, and NER, actors, dates, places and events pass them on untouched) and one with
``[topic] skip = []`` (every article coded). Both code the first ``--warm`` articles untimed,
then the rest twice in alternating order; the figure is CPU time on one core, as articles a
second and as a ratio, with the number of events each coded.
"""

from __future__ import annotations

import argparse
import time

import _news

from marsad.config import Config, TopicConfig
from marsad.events.pipeline import code_pipeline
from marsad.pipeline import Pipeline, settle


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--days", nargs="+", default=["2015-08-01", "2015-08-02", "2015-08-03"])
    ap.add_argument("--per-day", type=int, default=400)
    ap.add_argument("--warm", type=int, default=400)
    args = ap.parse_args(argv)
    docs = []
    for seed, day in enumerate(args.days, start=1):
        got = _news.saudi_day(day, seed, args.per_day)
        if got is None:
            return 0
        docs += [doc for _, doc in got]
    warm, test = docs[: args.warm], docs[args.warm :]
    pipes: dict[str, Pipeline] = {"default": code_pipeline(Config()),
                                  "every topic": code_pipeline(Config(topic=TopicConfig(skip=())))}
    for doc in warm:
        for pipe in pipes.values():
            pipe(doc)
    settle()
    cpu = dict.fromkeys(pipes, 0.0)
    events = dict.fromkeys(pipes, 0)
    left = 0
    for order in (list(pipes), list(reversed(pipes))):
        for name in order:
            t0 = time.process_time()
            coded = [pipes[name](doc) for doc in test]
            cpu[name] += time.process_time() - t0
            events[name] = sum(len(doc.events) for doc in coded)
            left = max(left, sum(doc.left_alone for doc in coded))
    for name in pipes:
        print(f"{name:12} {2 * len(test) / cpu[name]:6.1f} articles/s  {events[name]} events")
    print(f"{len(test)} articles ({left} left alone by default); ratio default / every topic: "
          f"{cpu['every topic'] / cpu['default']:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
