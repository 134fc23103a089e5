"""Datelines: the place and agency a news story opens with (دبي، الإمارات العربية المتحدة (CNN)--،
الرياض (رويترز) -), which say where the story was filed, not who acted in it.

:func:`dateline_end` gives the character offset where a leading dateline ends (0 when the text
opens with none). The event coder does not take an actor named there as anyone's subject, and a
dual or plural anaphor does not count its places as a pair of countries.
"""

from __future__ import annotations

import functools
import re

from marsad.text.normalize import normalize

#: News agencies and channels a dateline names in brackets (as written; compared normalised).
AGENCIES = ("رويترز", "واس", "سانا", "الأناضول", "كونا", "وام", "بترا", "قنا", "ارنا", "إرنا", "فارس", "تسنيم",
            "سبأ", "يو بي آي", "أ ف ب", "ا ف ب", "د ب أ", "أ ش أ", "ا ش ا", "أسوشيتد برس", "شينخوا", "سي إن إن")
AGENCY_NORMS = frozenset(normalize(w) for w in AGENCIES)

_PLACE_WORD = r"[^\s()\[\]«»\"'.:؛;!?؟،,\-–—]+"
#: One to six words of place names, an Arabic or Latin comma between them, then the bracketed
#: agency (Latin letters, or an Arabic name checked against :data:`AGENCIES`) and any dashes or
#: colon after it.
#: (a word is followed by a space or a comma before the next, so that the words cannot be split
#: in many ways: the match fails at once on a text that opens with no dateline)
_DATELINE = re.compile(
    rf"\s*(?P<places>{_PLACE_WORD}(?:(?:[ \t]*[،,][ \t]*|[ \t]+){_PLACE_WORD}){{0,5}})[ \t]*"
    rf"\((?P<agency>[^()\n]{{1,24}})\)[ \t]*[-–—:]*[ \t]*")
_LATIN_AGENCY = re.compile(r"[A-Za-z][A-Za-z .&]*")


@functools.lru_cache(maxsize=64)
def dateline_end(text: str) -> int:
    """The offset right after a dateline that opens ``text`` (its place names, bracketed agency and
    the dashes after it), or 0 when there is none."""
    m = _DATELINE.match(text)
    if m is None:
        return 0
    places = m.group("places").split()
    if len(places) > 1 and not any(ch in m.group("places") for ch in "،,"):
        return 0  # حركة طالبان (TTP) هاجمت: a name and its gloss, no city and country in commas
    agency = m.group("agency").strip()
    if _LATIN_AGENCY.fullmatch(agency) or normalize(agency) in AGENCY_NORMS:
        return m.end()
    return 0
