"""A sample of coded events from real news, for a person to judge (precision in the wild).

    python benchmarks/news_audit.py [--day 2015-08-09] [--seed 9] [--docs 120] [--events 40]

Reads one day of SaudiNewsNet (``../shared/data/news/saudinewsnet/dataset/DAY.zip``; skips when
absent), shuffles its articles with ``--seed``, codes the first ``--docs`` of them with the full
``marsad code`` pipeline (publication date = the day), and prints ``--events`` events drawn at random
(same seed) with their source, target, trigger and sentence. The judge marks each event: is it an
event of that type reported by the sentence (not a metaphor, a sports result or a thing mentioned
in passing), and are its source and target right (absent counts as right only when the sentence
names nobody there). The GSR measures detection on hand-picked sentences; this measures what a
user of ``marsad code`` sees on a day of news. The sample depends on the code (a change in the
events changes the draw): report the commit with the figures. The printout holds news text: keep
it out of the repository.
"""

from __future__ import annotations

import random

import _news

from marsad.config import Config
from marsad.events.pipeline import code_pipeline
from marsad.model import Actor


def _actor(a: Actor | None) -> str:
    return f"{a.code}:{a.text}" if a is not None else "-"


def main(argv: list[str] | None = None) -> int:
    ap = _news.day_parser(__doc__.split("\n\n")[0])
    ap.add_argument("--events", type=int, default=40)
    args = ap.parse_args(argv)
    articles = _news.saudi_day(args.day, args.seed, args.docs)
    if articles is None:
        return 0
    pipe = code_pipeline(Config())
    found = []
    for _, article in articles:
        doc = pipe(article)
        for ev in doc.events:
            s = doc.sentences[ev.sentence.index]
            found.append((ev, doc.text[s.start : s.end]))
    print(f"{len(found)} events in {len(articles)} articles of {args.day}")
    random.seed(args.seed)
    for k, (ev, sent) in enumerate(random.sample(found, min(args.events, len(found)))):
        flags = ("NEG " if ev.negated else "") + (ev.modality or "")
        print(f"{k:2} {ev.event_type:9} {_actor(ev.source)} -> {_actor(ev.target)} [{ev.trigger.text}] {flags}| "
              f"{sent[:260]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
