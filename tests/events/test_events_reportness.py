"""Report-ness: a reported attack or protest scores above the detection threshold, a background
mention (a trial, an anniversary, a condemnation, analysis, a plan) below it; the cue file is
validated on load. All sentences are written here for the tests."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from marsad.config import Config
from marsad.errors import LexiconError
from marsad.evaluation.gsr import MIN_CONFIDENCE, keeps, make_coder
from marsad.events.coder import Coder, SentenceTrace
from marsad.events.lexicon import load_event_lexicon
from marsad.events.reportness import load_report_cues, read_report_cues
from marsad.model import Document
from marsad.text import analyze_text

HEADER = "# id: test.reportness\n# version: 1\n# licence: MIT\n# provenance: test\ngroup\tweight\ttypes\twhy\tcues\n"


@pytest.fixture(scope="module")
def detect() -> Callable[[str], Document]:
    """The GSR coder (detection mode) keeping every event, whatever its confidence."""
    return make_coder(Config(), min_confidence=0.0)


def _best(doc: Document, etype: str) -> float:
    return max((e.confidence for e in doc.events if e.event_type == etype and not e.negated), default=0.0)


@pytest.mark.parametrize(("etype", "text"), [
    ("ASSAULT", "انفجرت سيارة مفخخة صباح أمس في بلدة شمال العاصمة مما أسفر عن مقتل خمسة أشخاص وإصابة عشرة آخرين بجروح."),
    ("ASSAULT", "قتل مسلحون مجهولون أمس ثلاثة من رجال الشرطة عند حاجز تفتيش جنوب المدينة."),
    ("PROTEST", "تظاهر آلاف الطلاب أمس في وسط العاصمة احتجاجا على رفع أسعار الخبز."),
    ("PROTEST", "وتجمع نحو 300 متظاهر أمام مقر الحكومة مطالبين بالإفراج عن المعتقلين."),
    ("PROTEST", "وخرجت مظاهرة حاشدة في المدينة ضد قرار الحكومة."),
    ("PROTEST", "واحتشد المتظاهرون أمام مبنى البرلمان."),
])
def test_reports_are_detected(detect: Callable[[str], Document], etype: str, text: str) -> None:
    assert _best(detect(text), etype) >= MIN_CONFIDENCE[etype]


@pytest.mark.parametrize(("etype", "text"), [
    ("ASSAULT", "بدأت المحكمة أمس محاكمة المتهمين في تفجير السيارة المفخخة الذي وقع قبل ثلاث سنوات."),
    ("ASSAULT", "أحيا اللبنانيون الذكرى الثالثة لاغتيال رئيس الوزراء السابق."),
    ("ASSAULT", "وندد الأمين العام للأمم المتحدة بالهجوم ودعا إلى تقديم منفذيه إلى العدالة."),
    ("ASSAULT", "يرى محللون أن الهجمات الانتحارية ظاهرة تهدد استقرار المنطقة."),
    ("PROTEST", "وهتف المتظاهرون بشعارات ضد الحكومة."),
    ("PROTEST", "ورفع المتظاهرون لافتات تطالب بالإصلاح."),
    ("PROTEST", "وقال وزير الداخلية إن الشرطة لن تسمح بتنظيم أي مظاهرة دون ترخيص."),
])
def test_background_mentions_are_not(detect: Callable[[str], Document], etype: str, text: str) -> None:
    assert _best(detect(text), etype) < MIN_CONFIDENCE[etype]


def _reasons(text: str) -> list[str]:
    coder = Coder(load_event_lexicon(), require_actor=False)
    trace: list[SentenceTrace] = []
    coder.code(analyze_text(text), trace=trace)
    return [why for st in trace for d in st.decisions for _, why in d.salience]


@pytest.mark.parametrize(("text", "reason"), [
    ("قتل مسلحون ثلاثة جنود أمس.", "past tense"),
    ("قتل مسلحون ثلاثة جنود أمس.", "[recent_time]"),
    ("أصيب خمسة أشخاص بجروح في الهجوم.", "[wounded]"),
    ("بدأت محاكمة المتهمين بالهجوم.", "[trial]"),
    ("أحيا السكان ذكرى الهجوم.", "[anniversary]"),
    ("تظاهر مئات الطلاب في العاصمة.", "[crowd]"),
    ("وهتف المتظاهرون ضد الحكومة.", "elaboration"),
])
def test_salience_names_the_rule(text: str, reason: str) -> None:
    assert any(reason in why for why in _reasons(text))


def test_onset_is_not_elaboration() -> None:
    assert not any("elaboration" in why for why in _reasons("واحتشد المتظاهرون أمام مبنى البرلمان."))


def test_a_court_as_the_scene_is_no_trial() -> None:
    """أمام المحكمة: where the protest took place; محاكمة: a trial about the event."""
    assert not any("[trial]" in why for why in _reasons("وتجمع مئات المتظاهرين أمام المحكمة العليا."))
    assert any("[trial]" in why for why in _reasons("وبدأت المحكمة النظر في قضية الهجوم."))


def test_counted_protesters_are_not_elaboration() -> None:
    assert not any("elaboration" in why for why in _reasons("وهتف آلاف المتظاهرين ضد الحكومة."))


def test_later_frame_counts_half() -> None:
    cues = load_report_cues()
    doc = analyze_text("قتل مسلحون ثلاثة جنود، وبدأت محاكمة آخرين.")
    toks = doc.tokens
    hits = cues.groups_in(toks)
    trial = next(g for g, _ in hits if g.name == "trial")
    early = cues.adjustments(toks, "ASSAULT", hits, until=len(toks))
    late = cues.adjustments(toks, "ASSAULT", hits, until=3)
    assert (trial.weight, ) == tuple(w for w, why in early if "[trial]" in why)
    assert (trial.weight / 2, ) == tuple(w for w, why in late if "[trial]" in why)


def test_cue_groups_once_and_multiword() -> None:
    cues = load_report_cues()
    toks = analyze_text("قتل جنديان الليلة الماضية، وقتل ثالث أمس.").tokens
    names = [g.name for g, _ in cues.groups_in(toks)]
    assert names.count("recent_time") == 1


def test_keeps_per_type() -> None:
    doc = make_coder(Config(), min_confidence=0.0)("تظاهر آلاف الطلاب أمس في وسط العاصمة.")
    ev = next(e for e in doc.events if e.event_type == "PROTEST")
    assert keeps(ev, {"PROTEST": ev.confidence}) and not keeps(ev, {"PROTEST": ev.confidence + 0.01})
    assert keeps(ev, 0.0)
    assert keeps(ev, ev.confidence + 1e-12)  # 0.5 + 0.15 is 0.6499999…: it still reaches 0.65


@pytest.mark.parametrize(("row", "message"), [
    ("g\tx\tASSAULT\twhy\tأمس", "weight must be a number"),
    ("g\t2\tASSAULT\twhy\tأمس", "within -1..1"),
    ("g\t0.1\tATTACK\twhy\tأمس", "unknown event type"),
    ("g\t0.1\tASSAULT\twhy\tأمس||اليوم", "empty cue"),
    ("g 1\t0.1\tASSAULT\twhy\tأمس", "bad group name"),
])
def test_bad_rows_name_file_and_line(tmp_path: Path, row: str, message: str) -> None:
    path = tmp_path / "reportness.tsv"
    path.write_text(HEADER + row + "\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=message) as err:
        read_report_cues(path)
    assert "reportness.tsv:6" in str(err.value)


def test_duplicate_group(tmp_path: Path) -> None:
    path = tmp_path / "reportness.tsv"
    path.write_text(HEADER + "g\t0.1\tASSAULT\twhy\tأمس\ng\t0.2\tPROTEST\twhy\tاليوم\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="given twice"):
        read_report_cues(path)


def test_year_placeholder_marks_history() -> None:
    cues = load_report_cues()
    with_year = analyze_text("نظم الطلاب مظاهرة عام 1998 أمام الجامعة.").tokens
    without = analyze_text("نظم الطلاب مظاهرة أمام الجامعة.").tokens
    assert "history" in [g.name for g, _ in cues.groups_in(with_year)]
    assert "history" not in [g.name for g, _ in cues.groups_in(without)]


@pytest.mark.parametrize(("text", "entry"), [
    ("وانطلقت أمس مظاهرات في عدة مدن ضد قرار الحكومة.", "protest.intalaqa_muzahara"),
    ("وخرج آلاف المتظاهرين إلى الشارع في العاصمة.", "protest.kharaja_shari"),
    ("وتجمع المحتجون أمام مقر البلدية.", "protest.tajamma_muhtajjun"),
    ("وتجمع نحو 300 متظاهر أمام مقر الحكومة.", "protest.tajamma_mutazahir"),
])
def test_protest_onset_phrases(detect: Callable[[str], Document], text: str, entry: str) -> None:
    """The phrase matches (a plural or dual of its noun too: مظاهرة → مظاهرات) and the protest is detected."""
    doc = detect(text)
    assert any(e.event_type == "PROTEST" and e.rule.startswith(entry + " ") for e in doc.events)
    assert _best(doc, "PROTEST") >= MIN_CONFIDENCE["PROTEST"]


def test_merged_mentions_keep_the_best_confidence() -> None:
    """Two mentions of one attack in a sentence (قتل … في هجوم): the event kept has the
    higher confidence of the two."""
    coder = Coder(load_event_lexicon(), require_actor=False)
    trace: list[SentenceTrace] = []
    events = coder.code(analyze_text("قتل ثلاثة جنود أمس في هجوم على حاجز للجيش جنوب المدينة."), trace=trace)
    coded = [e.confidence for st in trace for d in st.decisions for e in d.events if e.event_type == "ASSAULT"]
    kept = [e.confidence for e in events if e.event_type == "ASSAULT"]
    assert len(coded) >= 2 and max(kept) == max(coded)
