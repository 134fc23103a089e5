"""Generate the inflected forms of an Arabic verb from its lexicon entry (past 3ms + present 3ms).

The event lexicon lists a verb once, as its citation pair (تعهد/يتعهد, ألقى/يلقي, دعا/يدعو,
قال/يقول, شن/يشن); this module spells out the finite forms a news text uses — all persons,
numbers and genders of the past and the present (indicative, subjunctive and jussive endings) —
so that matching is a dictionary lookup on a token's base rather than a guess by a stemmer.

Forms are generated on the unvocalised written word (the citation form as written, where the
final ى / ا / أ still tell a defective verb from a hamzated one) and returned normalised with
:func:`marsad.text.normalize`. Each form carries its readings: ``(tense, pgn)`` where ``pgn`` is a
person-number-gender code (``3ms``, ``3fs``, ``3md``, ``3fd``, ``3mp``, ``3fp``, ``1s``, ``1p``, ``2``).
Participles and imperatives are not generated: a participle describes, it does not report.
"""

from __future__ import annotations

from collections.abc import Callable

Reading = tuple[str, str]  # (tense, pgn)
Forms = dict[str, set[Reading]]

_DIACRITICS = {chr(c) for c in range(0x064B, 0x0653)} | {"\u0670", "\u0640"}


def _strip(word: str) -> str:
    return "".join(ch for ch in word.strip() if ch not in _DIACRITICS)


def _add(out: Forms, form: str, tense: str, pgn: str) -> None:
    out.setdefault(form, set()).add((tense, pgn))


def past_forms(past: str) -> Forms:
    """The written past-tense forms of a verb given as its 3ms past (unvocalised or vocalised)."""
    p = _strip(past)
    out: Forms = {}
    t = "past"
    _add(out, p, t, "3ms")
    if p.endswith("ى") or (p.endswith("ي") and len(p) >= 3):  # defective in ya: ألقى، التقى، بقي
        stem = p[:-1]
        third_f = stem + "ت" if p.endswith("ى") else p + "ت"
        _add(out, third_f, t, "3fs")
        _add(out, third_f + "ا", t, "3fd")
        _add(out, stem + "يا", t, "3md")
        _add(out, stem + "وا", t, "3mp")
        _add(out, stem + "ين", t, "3fp")
        _add(out, stem + "يت", t, "1s")
        _add(out, stem + "ينا", t, "1p")
        _add(out, stem + "يتم", t, "2")
    elif p.endswith("ا") and len(p) == 3 and not p.endswith("أ"):  # defective in waw: دعا، غزا
        stem = p[:-1]
        _add(out, stem + "ت", t, "3fs")
        _add(out, stem + "تا", t, "3fd")
        _add(out, stem + "وا", t, "3md")
        _add(out, stem + "وا", t, "3mp")
        _add(out, stem + "ون", t, "3fp")
        _add(out, stem + "وت", t, "1s")
        _add(out, stem + "ونا", t, "1p")
    else:
        hollow = len(p) == 3 and p[1] == "ا"  # قال، زار: consonant-initial endings shorten the stem
        doubled = len(p) == 2  # شن، رد، حث: consonant-initial endings undo the doubling
        _add(out, p + "ت", t, "3fs")
        _add(out, p + "تا", t, "3fd")
        _add(out, p + "ا", t, "3md")
        _add(out, p + "وا", t, "3mp")
        if hollow:
            short = p[0] + p[2]
            _add(out, short + "ن", t, "3fp")
            _add(out, short + "ت", t, "1s")
            _add(out, short + "نا", t, "1p")
        else:
            full = p + p[-1] if doubled else p
            _add(out, full + "ن", t, "3fp")
            _add(out, full + "ت", t, "1s")
            _add(out, full + "نا", t, "1p")
            _add(out, full + "تم", t, "2")
    return out


def present_forms(present: str) -> Forms:
    """The written present-tense forms of a verb given as its 3ms present (يتعهد، يلقي، يدعو)."""
    w = _strip(present)
    if not w.startswith("ي") or len(w) < 3:
        raise ValueError(f"present form {present!r} does not start with ي")
    s = w[1:]
    out: Forms = {}
    t = "pres"
    for prefix, pgn in (("ي", "3ms"), ("ت", "3fs"), ("ن", "1p"), ("أ", "1s")):
        _add(out, prefix + s, t, pgn)
    last = s[-1]
    if last in "يىو" and len(s) >= 3:  # defective: يلقي، يسعى، يدعو
        base = s[:-1]
        dual = s[:-1] + ("و" if last == "و" else "ي")
        for prefix, g in (("ي", "m"), ("ت", "f")):
            _add(out, prefix + dual + "ان", t, f"3{g}d")
            _add(out, prefix + dual + "ا", t, f"3{g}d")
            _add(out, prefix + base, t, "3ms" if prefix == "ي" else "3fs")  # jussive: لم يلق
        _add(out, "ي" + base + "ون", t, "3mp")
        _add(out, "ي" + base + "وا", t, "3mp")
        _add(out, "ت" + base + "ون", t, "2")
        _add(out, "ي" + dual + "ن", t, "3fp")
        _add(out, "ت" + base + "ين", t, "2")
    else:
        for prefix, g in (("ي", "m"), ("ت", "f")):
            _add(out, prefix + s + "ان", t, f"3{g}d")
            _add(out, prefix + s + "ا", t, f"3{g}d")
        _add(out, "ي" + s + "ون", t, "3mp")
        _add(out, "ي" + s + "وا", t, "3mp")
        _add(out, "ت" + s + "ون", t, "2")
        _add(out, "ي" + s + "ن", t, "3fp")
        _add(out, "ت" + s + "ين", t, "2")
    return out


def hollow_jussive_forms(past: str, present: str, normalize: Callable[[str], str]) -> Forms:
    """The short jussive forms of a hollow verb (لم يقل، لم تستطع، لم يزر، لم يصب), normalised:
    the long vowel before the last radical drops (يقول → يقل). Empty for other verbs.

    They are kept apart from :func:`verb_forms` because many are other words too (تقل "is less",
    يرد "replies"): the coder reads them only right after لم or لما, which take the jussive."""
    p, w = _strip(past), _strip(present)
    if len(p) < 3 or p[-2] != "ا" or len(w) < 4 or w[-2] not in "اوي" or not w.startswith("ي"):
        return {}
    short = w[1:-2] + w[-1]
    out: Forms = {}
    for prefix, pgn in (("ي", "3ms"), ("ت", "3fs"), ("ن", "1p"), ("أ", "1s")):
        _add(out, normalize(prefix + short), "pres", pgn)
    return out


def verb_forms(past: str, present: str, normalize: Callable[[str], str]) -> Forms:
    """All finite forms of a verb, normalised with ``normalize``, with their readings."""
    out: Forms = {}
    for raw in (past_forms(past), present_forms(present)):
        for form, readings in raw.items():
            out.setdefault(normalize(form), set()).update(readings)
    return out


def past_passive_spelled_apart(past: str, present: str) -> bool:
    """Whether the unvocalised past passive of a verb is written differently from its active
    (so that the written active form cannot be read as a passive):

    - form III (فاعل/يفاعل: هاجم → هوجم, داهم → دوهم) and form VI (تفاعل/يتفاعل: تبادل → تبودل);
    - a hollow verb, whose long ا before the last radical becomes ي (قال → قيل, أصاب → أصيب,
      اجتاح → اجتيح);
    - a defective verb, whose final ا/ى becomes ي (دعا → دعي, ألقى → ألقي).

    A sound or doubled verb of any other form is spelled alike in both voices (قتل/قتل, اعتقل,
    استهدف, دمر): written without vowels, its 3rd-person past can be read as a passive."""
    p = _strip(past)
    if len(p) < 3:
        return False
    if p[-1] in "اى" or p[-2] == "ا":
        return True
    return verb_form(past, present) in (3, 6)


def verb_form(past: str, present: str) -> int | None:
    """The derived form of a verb where its 3ms past and present spell it out: 3 (فاعل/يفاعل: هاجم،
    قاتل; defective قاضى/يقاضي), 6 (تفاعل/يتفاعل: تبادل) or 7 (انفعل/ينفعل: انسحب، انفجر; not
    the افتعل of a root in ن, انتقد); ``None`` for any other."""
    p, r = _strip(past), _strip(present)
    if len(p) == 4 and p[1] == "ا" and (r == "ي" + p or (p[-1] in "اى" and r == "ي" + p[:-1] + "ي")):
        return 3
    if len(p) == 5 and p[0] == "ت" and p[2] == "ا" and r == "ي" + p:
        return 6
    if len(p) == 5 and p.startswith("ان") and p[2] != "ت" and r == "ي" + p[1:]:
        return 7
    return None


def noun_forms(singular: str, normalize: Callable[[str], str], *, plural: bool = True) -> set[str]:
    """A noun's regular variants: the word, its dual, and for ة-final nouns the sound plural and
    the construct form that takes a pronoun (ضربة → ضربات، ضربتين، ضربت+ها). Without ``plural``
    no sound plural in ات: a verbal noun of action whose plural names something else
    (مواجهة "confronting", مواجهات "clashes")."""
    w = _strip(singular)
    forms = {w}
    if w.endswith("ة"):
        stem = w[:-1]
        forms |= {stem + "تين", stem + "تان", stem + "ت"} | ({stem + "ات"} if plural else set())
    elif not w.endswith(("ات", "ون", "ين")):
        forms |= {w + "ين", w + "ان"}
    return {normalize(f) for f in forms}
