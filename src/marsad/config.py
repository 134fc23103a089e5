"""Configuration: one TOML file parsed into typed, frozen objects that are passed in explicitly."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from marsad.errors import ConfigError


@dataclass(frozen=True, slots=True)
class TextConfig:
    """Options of the text layer."""

    ta_marbuta: bool = True  # normalise ة → ه for matching
    alef_maqsura: bool = True  # normalise ى → ي for matching


@dataclass(frozen=True, slots=True)
class NerConfig:
    """Which NER backend to use: ``crf-stacked`` (default: the bundled model's two stacked CRFs),
    ``crf`` (the whole bundled model: the stacked CRFs mixed with a small BiLSTM-CRF; +1.3 F1 on
    ANERcorp test, but coding runs about 1.3x slower and its events barely change), ``crf-fast``
    (the first CRF only), ``hf:PATH`` (a local transformer model, never downloaded), ``none``.
    benchmarks/README.md gives their speed and F1."""

    backend: str = "crf-stacked"
    model_path: str | None = None
    # word types whose CRF label scores each process keeps (per CRF, ~0.6 KB each with their
    # index; the default is marsad.ner.fastcrf.WORD_CACHE): 100000 codes 5-10 % more articles a
    # second than the default for ~70-90 MB more per process (benchmarks/README.md)
    word_cache: int = 30_000


@dataclass(frozen=True, slots=True)
class TopicConfig:
    """The document topic and what the event coder does with it: no event is coded in a document
    whose topic is one of ``skip`` with at least ``threshold`` probability. Documents with fewer
    than ``min_words`` Arabic words get no topic. ``skip = []`` codes every document."""

    skip: tuple[str, ...] = ("sport", "culture")
    threshold: float = 0.6
    min_words: int = 40
    model_path: str | None = None  # default: the bundled model

    def __post_init__(self) -> None:
        if isinstance(self.skip, str) or not all(isinstance(x, str) for x in self.skip):
            raise ConfigError(f"[topic] skip must be a list of topic labels, not {self.skip!r}")
        object.__setattr__(self, "skip", tuple(self.skip))
        if not 0.0 <= self.threshold <= 1.0:
            raise ConfigError(f"[topic] threshold must be between 0 and 1, not {self.threshold!r}")
        if self.min_words < 0:
            raise ConfigError(f"[topic] min_words must not be negative, not {self.min_words!r}")

    def skips(self, label: str, probability: float) -> bool:
        return label in self.skip and probability >= self.threshold


@dataclass(frozen=True, slots=True)
class Config:
    """All options of a marsad run."""

    text: TextConfig = field(default_factory=TextConfig)
    ner: NerConfig = field(default_factory=NerConfig)
    topic: TopicConfig = field(default_factory=TopicConfig)
    lexicon_dir: str | None = None  # extra user lexicon files, merged over the bundled ones
    published: str | None = None  # default publication date (YYYY-MM-DD) for inputs without one

    def with_overrides(self, **kw: Any) -> Config:
        return replace(self, **{k: v for k, v in kw.items() if v is not None})


def _section(cls: type, data: dict[str, Any], name: str) -> Any:
    known = {f.name for f in fields(cls)}
    unknown = set(data) - known
    if unknown:
        raise ConfigError(f"unknown option(s) in [{name}]: {', '.join(sorted(unknown))}")
    return cls(**data)


def load_config(path: str | Path | None) -> Config:
    """Read a TOML configuration file; ``None`` gives the defaults."""
    if path is None:
        return Config()
    p = Path(path)
    try:
        data = tomllib.loads(p.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError("configuration file not found", where=str(p)) from None
    except OSError as exc:
        raise ConfigError(f"configuration file cannot be read ({exc.strerror or exc})", where=str(p)) from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"not valid TOML: {exc}", where=str(p)) from None
    unknown = set(data) - {"text", "ner", "topic", "lexicon_dir", "published"}
    if unknown:
        raise ConfigError(f"unknown option(s): {', '.join(sorted(unknown))}", where=str(p))
    try:
        return Config(
            text=_section(TextConfig, data.get("text", {}), "text"),
            ner=_section(NerConfig, data.get("ner", {}), "ner"),
            topic=_section(TopicConfig, data.get("topic", {}), "topic"),
            lexicon_dir=data.get("lexicon_dir"),
            published=data.get("published"),
        )
    except TypeError as exc:
        raise ConfigError(str(exc), where=str(p)) from None
    except ConfigError as exc:
        raise ConfigError(exc.message, where=str(p)) from None
