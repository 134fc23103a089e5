"""The topic stage, the coder leaving skipped topics alone, the [topic] options and the CLI."""

from __future__ import annotations

import io
import json
import tarfile
from dataclasses import replace
from pathlib import Path

import pytest
from typer.testing import CliRunner

from marsad.cli import app
from marsad.config import Config, TopicConfig, load_config
from marsad.errors import ConfigError, InputError
from marsad.events.pipeline import code_pipeline
from marsad.events.stage import EventStage
from marsad.model import Document, Topic
from marsad.pipeline import CODE
from marsad.topic import TopicModel, TopicStage
from marsad.topic import train as tr

runner = CliRunner()


def test_topic_runs_right_after_the_text_stage() -> None:
    assert CODE[:2] == ("text", "topic")


def test_short_documents_get_no_topic(sport_text: str) -> None:
    pipe = code_pipeline()
    assert pipe(Document.from_text("هاجم مسلحون مركزا للشرطة في بغداد.")).topic is None
    doc = pipe(Document.from_text(sport_text))
    assert doc.topic is not None and doc.topic.label == "sport"
    assert "topic@1" in doc.stages


@pytest.fixture(scope="module")
def sport_doc(sport_text: str) -> Document:
    """The sports text through every stage before the coder, with no topic yet."""
    pipe = code_pipeline(Config(topic=TopicConfig(skip=())))
    doc = Document.from_text(sport_text)
    for stage in pipe.stages:
        if isinstance(stage, EventStage):
            break
        doc = stage(doc)
    return doc


@pytest.mark.parametrize(("topic", "coded"), [
    (None, True),
    (Topic("sport", 0.99, skip=True), False),
    (Topic("sport", 0.99), True),  # not marked: --all-topics
])
def test_the_coder_leaves_marked_documents_alone(sport_doc: Document, topic: Topic | None, coded: bool) -> None:
    stage = EventStage()
    doc = replace(sport_doc, topic=topic)
    events = stage(doc).events
    assert bool(events) is coded
    traced, traces = stage.trace(doc)
    assert traced.events == events and bool(traces) is coded


@pytest.mark.parametrize(("label", "probability", "skip", "marked"), [
    ("sport", 0.99, ("sport", "culture"), True),
    ("sport", 0.59, ("sport", "culture"), False),  # below the 0.6 threshold
    ("sport", 0.99, (), False),                     # --all-topics
    ("politics", 0.99, ("sport", "culture"), False),
    ("culture", 0.6, ("sport", "culture"), True),
])
def test_the_topic_stage_marks_what_the_configuration_skips(
        sport_doc: Document, label: str, probability: float, skip: tuple[str, ...], marked: bool) -> None:
    stage = TopicStage(Config(topic=TopicConfig(skip=skip)))
    fixed = Topic(label, probability, ((label, probability),), words=100)
    stage.model = _Fixed(fixed)  # type: ignore[assignment]
    doc = stage(replace(sport_doc, topic=None))
    assert doc.topic is not None and doc.topic.skip is marked and doc.left_alone is marked


class _Fixed:
    """A stand-in model that gives every document the same topic."""

    def __init__(self, topic: Topic) -> None:
        self.topic = topic

    def classify(self, doc: Document) -> Topic:
        return self.topic


def test_later_stages_pass_a_marked_document_on_untouched(sport_text: str) -> None:
    doc = code_pipeline()(Document.from_text(sport_text))
    assert doc.left_alone
    assert doc.mentions == () and doc.times == () and doc.places == () and doc.events == ()
    every = code_pipeline(Config(topic=TopicConfig(skip=())))(Document.from_text(sport_text))
    assert not every.left_alone and every.mentions and every.events


def test_topic_options_from_toml(tmp_path: Path) -> None:
    cfg = tmp_path / "marsad.toml"
    cfg.write_text('[topic]\nskip = ["sport", "technology"]\nthreshold = 0.9\nmin_words = 10\n', encoding="utf-8")
    topic = load_config(cfg).topic
    assert topic == TopicConfig(skip=("sport", "technology"), threshold=0.9, min_words=10)
    assert topic.skips("technology", 0.95) and not topic.skips("technology", 0.85)


@pytest.mark.parametrize(("body", "message"), [
    ("[topic]\nthreshold = 1.5\n", "threshold"),
    ("[topic]\nskip = \"sport\"\n", "skip"),
    ("[topic]\nmin_words = -1\n", "min_words"),
    ("[topic]\ncolour = 1\n", "unknown option"),
])
def test_bad_topic_options_name_the_file(tmp_path: Path, body: str, message: str) -> None:
    cfg = tmp_path / "bad.toml"
    cfg.write_text(body, encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_config(cfg)
    assert message in str(err.value) and str(cfg) in str(err.value)


def test_a_misspelt_skip_label_stops_the_pipeline() -> None:
    with pytest.raises(ConfigError, match=r"unknown topic.*'sports'.*politics"):
        TopicStage(Config(topic=TopicConfig(skip=("sports",))))


def test_a_model_path_that_does_not_exist_stops_the_pipeline(tmp_path: Path) -> None:
    with pytest.raises(Exception, match="topic model not found"):
        TopicStage(Config(topic=TopicConfig(model_path=str(tmp_path / "none.json.gz"))))


def test_cli_codes_sports_pages_only_when_asked(tmp_path: Path, sport_text: str) -> None:
    src = tmp_path / "sport.txt"
    src.write_text(sport_text, encoding="utf-8")
    plain = runner.invoke(app, ["code", str(src), "--format", "jsonl"])
    assert plain.exit_code == 0 and plain.stdout.strip() == ""
    every = runner.invoke(app, ["code", str(src), "--format", "jsonl", "--all-topics"])
    assert every.exit_code == 0
    assert {json.loads(line)["event_type"] for line in every.stdout.splitlines()} >= {"ACCUSE"}
    explained = runner.invoke(app, ["explain", str(src)])
    assert explained.exit_code == 0 and "NOT CODED" in explained.stdout and "topic: sport" in explained.stdout


def _tar(path: Path, files: dict[str, str]) -> Path:
    with tarfile.open(path, "w:xz") as tf:
        for name, body in files.items():
            data = body.encode("utf-8")
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tf.addfile(info, io.BytesIO(data))
    return path


def test_train_command_on_a_tiny_archive(tmp_path: Path, sport_text: str, politics_text: str) -> None:
    files = {}
    for i in range(24):
        section, text = ("sport", sport_text) if i % 2 else ("middleEast", politics_text)
        files[f"./Outlet/{section}/D-{i}.txt"] = f"<DOC>\n<DOCNO>D-{i}</DOCNO>\n<TEXT>\n{text}\n</TEXT>\n</DOC>\n"
    files["./Outlet/weather/W-1.txt"] = "<DOC><TEXT>نص</TEXT></DOC>"  # a section with no label
    files["./Outlet/sport/EMPTY.txt"] = "<DOC><TEXT> </TEXT></DOC>"
    ant = _tar(tmp_path / "ant.tar.xz", files)
    assert len(list(tr.read_ant(ant))) == 24
    out = tmp_path / "model.json.gz"
    result = runner.invoke(app, ["train", "topic", "--ant", str(ant), "--out", str(out),
                                 "--ood", str(tmp_path / "absent.tar.xz")])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["train"] + report["held_out"]["articles"] == 24
    model = TopicModel.load(out)
    assert set(model.labels) == set(tr.LABELS) and model.vocab


def test_a_broken_archive_is_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.tar.xz"
    bad.write_bytes(b"\xfd7zXZ\x00 truncated")
    with pytest.raises(InputError, match="cannot read the ANT archive"):
        list(tr.read_ant(bad))
    result = runner.invoke(app, ["train", "topic", "--ant", str(tmp_path / "missing.tar.xz")])
    assert result.exit_code != 0
