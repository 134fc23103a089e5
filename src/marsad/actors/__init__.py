"""Actor resolution: lexicon names, NER entities and anaphors in a document → coded actors.

The stage (:class:`ActorStage`, ``actors@1``, requires ``tokens``) fills ``Document.mentions``
in text order. Each mention's ``actor`` (``None`` only for NER places and miscellany) says:

- ``text``/``start``/``end`` — the mention without proclitics (وإيران → إيران, بالرئيس
  الإيراني → الرئيس الإيراني; ل+ال written لل starts at the stem: للأمم المتحدة → أمم المتحدة);
- ``code`` — CAMEO-style: a named group's id (``TTP``, ``ISIS``), else country + sector
  (``PAKMIL``), else whichever of the two is known (``IRN``, ``UAF``); ``None`` for plurals;
- ``kind`` — ``country``; ``capital`` (a capital or seat of power standing for its government:
  طهران → ``IRNGOV``); ``place`` (a country or city as the object of a place preposition —
  في إيران، إلى إسلام آباد — country only, no sector: the event coder decides its role);
  ``adjective`` (a bare nationality adjective: العقوبات الأمريكية → ``USA``); ``sector`` (a sector
  noun with whatever composition gave it a country: القوات الجوية الباكستانية, وزير خارجية إيران,
  قوات الأمن في إيران → ``IRNCOP``, قواتها → the forces of the last single actor); ``person``
  (a named person, or a title resolved to its holder on the publication date: الرئيس الإيراني on
  2024-04-24 → Ebrahim Raisi, ``IRNGOV``; a former holder keeps his country, not his sector);
  ``org``; ``plural`` (a :class:`PluralActor`);
- ``entry`` — the lexicon entry behind it (the person's term of office for people).

The event coder uses these helpers:

- :func:`resolve_plural` — the actors a mention stands for: the ``members`` of a
  :class:`PluralActor` (coordinated adjectives such as الزعيمان الباكستاني والإيراني, each member
  spanning its adjective; anaphors such as الدولتان، الجانبين، كل منهما، الدول, each member
  spanning the anaphor and carrying the antecedent's identity), else the single actor;
- :func:`antecedent_set` — the set of countries a dual/plural subject at an offset refers to
  (a pro-drop dual verb: وأكدتا after باكستان وإيران);
- :func:`last_actor` — the last single (or plural) actor mention before an offset, places
  skipped (a pro-drop subject candidate; agreement checks are the caller's).
"""

from __future__ import annotations

from marsad.actors.coref import PluralActor, actor_code, antecedent_set, last_actor, resolve_plural
from marsad.actors.resolve import ActorIndex
from marsad.actors.stage import ActorStage, default_index

__all__ = [
    "ActorIndex",
    "ActorStage",
    "PluralActor",
    "actor_code",
    "antecedent_set",
    "default_index",
    "last_actor",
    "resolve_plural",
]
