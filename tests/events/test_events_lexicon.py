"""The event lexicon loads, is broad, and a bad line is an error naming file and line."""

from __future__ import annotations

from pathlib import Path

import pytest

from marsad.errors import LexiconError
from marsad.events.lexicon import PLOVER_TYPES, check_event_lexicon, load_event_lexicon
from marsad.events.ontology import load_ontology

HEADER = "# id: test\n# version: 1\n# licence: MIT\n# provenance: test\n"
VERB_COLS = "id\tpast\tpresent\ttype\tmode\tcameo\ttarget\tflags\n"


def test_bundled_lexicon_is_broad() -> None:
    counts = load_event_lexicon().counts()
    assert counts["verb"] + counts["noun"] + counts["phrase"] >= 350
    assert counts["verb_forms"] > 3000


def test_every_plover_type_has_entries() -> None:
    lex = load_event_lexicon()
    covered = {e.event_type for e in lex.entries}
    assert set(PLOVER_TYPES) <= covered


def test_ontology_quads_and_intensity() -> None:
    onto = load_ontology()
    assert onto.types["AGREE"].quad_class == 1 and onto.types["ASSAULT"].quad_class == 4
    assert onto.intensity("ASSAULT", "183") == -10.0
    assert onto.intensity("CONSULT", None) == onto.types["CONSULT"].intensity


@pytest.mark.parametrize(("row", "message"), [
    ("x.1\tقاتل\tيقاتل\tFIGHT\t-\t190\tobj\t-", "unknown PLOVER type"),
    ("x.2\tقاتل\tيقاتل\tASSAULT\tdance\t190\tobj\t-", "is not a mode of ASSAULT"),
    ("x.3\tقاتل\tيقاتل\tASSAULT\t-\t999\tobj\t-", "unknown CAMEO code"),
    ("x.4\tقاتل\tقاتل\tASSAULT\t-\t190\tobj\t-", "bad verb pair"),
    ("x.5\tقاتل\tيقاتل\tASSAULT\t-\t190\tobj\tloud", "unknown flag"),
    ("x.6\tقاتل\tيقاتل\t-\t-\t-\t-\t-", "needs a flag"),
])  # fmt: skip
def test_bad_rows_name_file_and_line(tmp_path: Path, row: str, message: str) -> None:
    path = tmp_path / "verbs_user.tsv"
    path.write_text(HEADER + VERB_COLS + row + "\n", encoding="utf-8")
    with pytest.raises(LexiconError) as err:
        check_event_lexicon(tmp_path)
    assert message in str(err.value)
    assert f"{path}:6" in str(err.value)


def test_duplicate_id_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "verbs_user.tsv").write_text(
        HEADER + VERB_COLS + "assault.qatala\tقتل\tيقتل\tASSAULT\t-\t180\tobj\t-\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="duplicate id"):
        check_event_lexicon(tmp_path)


def test_user_lexicon_extends(tmp_path: Path) -> None:
    (tmp_path / "verbs_user.tsv").write_text(
        HEADER + VERB_COLS + "user.qasafa2\tدك\tيدك\tASSAULT\tshelling\t194\tobj\t-\n", encoding="utf-8")
    lex = load_event_lexicon(str(tmp_path))
    assert any(h.entry.id == "user.qasafa2" for h in lex.verbs["دكت"])
    load_event_lexicon.cache_clear()


@pytest.mark.parametrize(("word", "has", "lacks"), [
    ("ودعاة", {"دعاه"}, {"دعا"}),  # preachers, advocates: not the verb دعا (he called) with a pronoun
    ("قاطعة", {"قاطعه"}, {"قاطع"}),  # decisive: not قاطع (boycotted) + ه
    ("الغربية", {"غربي"}, set()),  # a feminine nisba still meets its masculine cue
    ("الشمالية", {"شمالي"}, set()),
    ("هاجموه", {"هاجموا"}, set()),  # a real pronoun is still stripped
    ("كتابه", {"كتاب"}, set()),
])
def test_final_ta_marbuta_is_not_a_pronoun(word: str, has: set[str], lacks: set[str]) -> None:
    from marsad.events.triggers import token_keys
    from marsad.text import tokenize

    tok = next(t for t in tokenize(word) if t.kind == "word")
    keys = token_keys(tok).noun | {k for k, _ in token_keys(tok).verb}
    assert has <= keys and not (lacks & keys), sorted(keys)


def test_function_words_are_never_verbs() -> None:
    """لمن ("for whom") is spelled like the feminine plural of لام ("they blamed"): never a verb."""
    from marsad.events.lexicon import NEVER_VERBS, load_event_lexicon

    lex = load_event_lexicon()
    assert "لمن" in NEVER_VERBS
    assert not any(form in lex.verbs for form in NEVER_VERBS)
    assert "يلوم" in lex.verbs  # the verb itself stays


def test_a_pronoun_mark_only_after_the_head(tmp_path: Path) -> None:
    """``سفير+`` (a word with a possessive pronoun) may follow a phrase's head, not be it."""
    path = tmp_path / "phrases_user.tsv"
    path.write_text(HEADER + "id\twords\ttype\tmode\tcameo\ttarget\tflags\n"
                    + "x.1\tسفير+ استدعى\tSANCTION\t-\t161\t-\t-\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"only a word after the head may end with \+"):
        check_event_lexicon(tmp_path)
    path.write_text(HEADER + "id\twords\ttype\tmode\tcameo\ttarget\tflags\n"
                    + "x.1\tاستدعى/يستدعي قنصل+\tSANCTION\t-\t161\t-\t-\n", encoding="utf-8")
    check_event_lexicon(tmp_path)
