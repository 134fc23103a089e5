"""What the topic filter takes away: the events of a day of news that are not coded because their
article reads like a sports or culture page, for a person to judge.

    python benchmarks/topic_filter.py [--day 2015-08-09] [--seed 9] [--docs 120]

Reads one day of SaudiNewsNet (``../shared/data/news/saudinewsnet/dataset/DAY.zip``; skips when
absent), shuffles its articles with ``--seed`` (the same draw as ``news_audit.py``), codes the first
``--docs`` of them once with every topic coded (``[topic] skip = []``) and prints the events that the
default configuration would not code, under their article's title and topic, then the counts. The
judge marks each: a real event of that type, or not. Both runs share one pipeline, so the figure is
a paired comparison (the same events with and without the filter), unlike two draws of
``news_audit.py``. The printout holds news text: keep it out of the repository.
"""

from __future__ import annotations

from collections import Counter

import _news

from marsad.config import Config, TopicConfig
from marsad.events.pipeline import code_pipeline


def main(argv: list[str] | None = None) -> int:
    args = _news.day_parser(__doc__.split("\n\n")[0]).parse_args(argv)
    articles = _news.saudi_day(args.day, args.seed, args.docs)
    if articles is None:
        return 0
    default = Config().topic
    pipe = code_pipeline(Config(topic=TopicConfig(skip=())))
    events = removed = docs_removed = 0
    topics: Counter[str] = Counter()
    for title, article in articles:
        doc = pipe(article)
        events += len(doc.events)
        t = doc.topic
        topics[t.label if t else "(too short)"] += 1
        if t is None or not default.skips(t.label, t.probability):
            continue
        docs_removed += 1
        removed += len(doc.events)
        print(f"== {t.label} {t.probability:.2f} | {title[:100]}")
        for ev in doc.events:
            src = ev.source.code if ev.source else "-"
            tgt = ev.target.code if ev.target else "-"
            print(f"   {ev.event_type:9} {src} -> {tgt} [{ev.trigger.text}] | {ev.sentence.text[:200]}")
    print(f"{args.day}: {len(articles)} articles, {events} events with every topic coded; the default filter "
          f"(skip {', '.join(default.skip)} at p >= {default.threshold}) leaves {docs_removed} articles "
          f"and {removed} events uncoded; topics: {dict(topics.most_common())}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
