"""Reading each format, directories and stdin; bad inputs become failures and the rest goes on."""

from __future__ import annotations

import gzip
import io
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from marsad.errors import InputError
from marsad.inputs import InputFailure, read_documents, read_documents_strict
from marsad.model import Document, content_id

TEXT = "تعهدت باكستان وإيران، اليوم الأربعاء، بتعزيز الجهود ضد المسلحين.\n"
DAY = date(2024, 4, 24)
PAGE = """<html><head><title>باكستان وإيران تتعهدان بجبهة موحدة</title>
<meta property="og:url" content="https://news.example/2024/04/24/pak-iran">
<meta property="og:site_name" content="أخبار المثال">
<meta property="article:published_time" content="2024-04-24T09:00:00+00:00"></head>
<body><nav>الرئيسية | سياسة | اقتصاد</nav><article><h1>باكستان وإيران تتعهدان بجبهة موحدة</h1>
<p>تعهدت باكستان وإيران، اليوم الأربعاء، بتعزيز الجهود في جبهة موحدة ضد المسلحين المتمركزين في
أفغانستان، قائلتين إن وجودهم يشكل تهديدا خطيرا للأمن الإقليمي والعالمي.</p>
<p>وتعهدت الدولتان، اللتان تشتركان في حدود طويلة يسهل اختراقها، بهذا الالتزام في بيان مشترك صدر
بعد زيارة الرئيس الإيراني إبراهيم رئيسي إلى إسلام آباد استمرت ثلاثة أيام.</p></article>
<footer>جميع الحقوق محفوظة</footer></body></html>"""


def read(*paths: Path | str, **kw: Any) -> list[Document | InputFailure]:
    return list(read_documents([str(p) for p in paths], **kw))


def docs(items: list[Document | InputFailure]) -> list[Document]:
    return [i for i in items if isinstance(i, Document)]


def fails(items: list[Document | InputFailure]) -> list[InputFailure]:
    return [i for i in items if isinstance(i, InputFailure)]


def jsonl(*records: Any) -> bytes:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode()


def write(path: Path, data: bytes | str) -> Path:
    path.write_bytes(data.encode() if isinstance(data, str) else data)
    return path


def test_txt(tmp_path: Path) -> None:
    p = write(tmp_path / "a.txt", TEXT)
    [doc] = read(p, published=DAY)
    assert isinstance(doc, Document)
    assert (doc.text, doc.id, doc.origin, doc.meta.published) == (TEXT, content_id(TEXT), str(p), DAY)


def test_txt_cp1256(tmp_path: Path) -> None:
    [doc] = read(write(tmp_path / "old.txt", TEXT.encode("cp1256")))
    assert isinstance(doc, Document) and doc.text == TEXT


def test_jsonl(tmp_path: Path) -> None:
    p = write(tmp_path / "a.jsonl", jsonl({"id": "x1", "text": TEXT, "published": "2024-01-01"},
                                          {"text": "خبر ثان", "url": "https://e.x/2", "k": 1})
              + b"\n  \n" + jsonl({"text": "خبر ثالث"}))
    got = read(p, published=DAY)
    assert not fails(got)
    assert [d.origin for d in docs(got)] == [f"{p}:1", f"{p}:2", f"{p}:5"]
    first, second, third = docs(got)
    assert first.id == "x1" and first.meta.published == date(2024, 1, 1)
    assert second.meta.url == "https://e.x/2" and second.meta.extra == {"k": 1}
    assert third.meta.published == DAY


def test_jsonl_gz(tmp_path: Path) -> None:
    p = write(tmp_path / "a.jsonl.gz", gzip.compress(jsonl({"text": TEXT}, {"text": "خبر"})))
    assert [d.text for d in docs(read(p))] == [TEXT, "خبر"]


def test_jsonl_with_bom_and_crlf(tmp_path: Path) -> None:
    p = write(tmp_path / "a.jsonl", b"\xef\xbb\xbf" + jsonl({"text": "خبر"}).replace(b"\n", b"\r\n"))
    assert [d.text for d in docs(read(p))] == ["خبر"]


@pytest.mark.parametrize(("name", "data"), [
    ("page.html", PAGE.encode()),
    ("old-site.htm", PAGE.replace("<head>", '<head><meta charset="windows-1256">').encode("cp1256")),
])
def test_html(tmp_path: Path, name: str, data: bytes) -> None:
    [doc] = read(write(tmp_path / name, data), published=date(2000, 1, 1))
    assert isinstance(doc, Document)
    assert "تعهدت باكستان وإيران" in doc.text and "إسلام آباد" in doc.text
    assert "جميع الحقوق محفوظة" not in doc.text
    assert doc.meta.title == "باكستان وإيران تتعهدان بجبهة موحدة"
    assert doc.meta.url == "https://news.example/2024/04/24/pak-iran"
    assert doc.meta.source == "أخبار المثال"
    assert doc.meta.published == DAY


def test_directory_is_recursive_sorted_and_known_extensions_only(tmp_path: Path) -> None:
    write(tmp_path / "b.txt", "ب")
    (tmp_path / "sub").mkdir()
    write(tmp_path / "sub" / "a.jsonl", jsonl({"text": "أ"}))
    write(tmp_path / "a.TXT", "أ1")
    write(tmp_path / "notes.md", "ليس هذا")
    write(tmp_path / "image.png", b"\x89PNG\x00")
    (tmp_path / ".git").mkdir()
    write(tmp_path / ".git" / "x.txt", "مخفي")
    got = read(tmp_path)
    assert not fails(got)
    assert [Path(d.origin.split(":")[0]).relative_to(tmp_path).as_posix() for d in docs(got)] == [
        "a.TXT", "b.txt", "sub/a.jsonl"]


def test_stdin_text(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(TEXT.encode("utf-16"))))
    [doc] = read("-", published=DAY)
    assert isinstance(doc, Document)
    assert (doc.text, doc.origin, doc.meta.published) == (TEXT, "-", DAY)


def test_stdin_jsonl(monkeypatch: pytest.MonkeyPatch) -> None:
    data = jsonl({"text": "أ"}, {"text": "ب"}) + b"not json\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    got = read("-")
    assert [d.text for d in docs(got)] == ["أ", "ب"]
    assert [(f.path, f.line) for f in fails(got)] == [("-", 3)]


BAD_FILES: dict[str, tuple[str, bytes, int | None, str]] = {
    "empty txt": ("e.txt", b"", None, "empty file"),
    "blank txt": ("e.txt", b" \n\t\n", None, "empty file"),
    "empty jsonl": ("e.jsonl", b"\n\n", None, "empty file"),
    "empty html": ("e.html", b"", None, "empty file"),
    "binary txt": ("b.txt", bytes(range(256)), None, "binary file"),
    "binary jsonl": ("b.jsonl", b"\x1f\x8b\x08\x00\x00\x00\x00", None, "binary file"),
    "not gzip": ("b.jsonl.gz", jsonl({"text": "أ"}), None, "corrupt gzip: Not a gzipped file"),
    "html without text": ("n.html", b"<html><body><script>x()</script></body></html>", None, "no main text"),
    "invalid json": ("j.jsonl", b'{"text": "\xd8\xa3"\n', 1, "invalid JSON"),
    "invalid utf-8 in jsonl": ("j.jsonl", b'{"text": "\xff"}\n', 1, "invalid UTF-8"),
    "no text": ("j.jsonl", jsonl({"title": "عنوان"}), 1, "no 'text' field"),
    "text not a string": ("j.jsonl", jsonl({"text": 7}), 1, "must be a string"),
    "bad published": ("j.jsonl", jsonl({"text": "أ", "published": "yesterday"}), 1, "'published'"),
    "unknown extension": ("data.csv", b"text\n", None, "unsupported file type"),
}


@pytest.mark.parametrize(("name", "data", "line", "reason"), BAD_FILES.values(), ids=BAD_FILES.keys())
def test_bad_input_is_a_failure_and_the_rest_goes_on(
    tmp_path: Path, name: str, data: bytes, line: int | None, reason: str
) -> None:
    bad = write(tmp_path / name, data)
    good = write(tmp_path / "good.txt", TEXT)
    got = read(bad, good)
    [failure] = fails(got)
    assert (failure.path, failure.line) == (str(bad), line)
    assert reason in failure.reason
    assert "\n" not in str(failure) and failure.where in str(failure)
    assert [d.text for d in docs(got)] == [TEXT]


def test_bad_lines_are_skipped_and_later_lines_read(tmp_path: Path) -> None:
    p = write(tmp_path / "a.jsonl", jsonl({"text": "أ"}) + b"{oops\n" + jsonl({"x": 1}, {"text": "ب"}))
    got = read(p)
    assert [d.text for d in docs(got)] == ["أ", "ب"]
    assert [f.line for f in fails(got)] == [2, 3]


def test_truncated_gzip_keeps_the_records_before(tmp_path: Path) -> None:
    data = gzip.compress(jsonl(*({"text": f"خبر رقم {i}"} for i in range(2000))))
    p = write(tmp_path / "cut.jsonl.gz", data[: len(data) // 2])
    got = read(p)
    [failure] = fails(got)
    assert "truncated or corrupt gzip after line" in failure.reason
    assert 0 < len(docs(got)) < 2000
    assert got[-1] is failure


def test_missing_path(tmp_path: Path) -> None:
    [failure] = read(tmp_path / "nope.txt")
    assert isinstance(failure, InputFailure) and "no such file" in failure.reason


def test_empty_directory(tmp_path: Path) -> None:
    [failure] = read(tmp_path)
    assert isinstance(failure, InputFailure) and "no input files" in failure.reason


def test_oversized_document_is_a_failure(tmp_path: Path) -> None:
    big = write(tmp_path / "big.txt", "أ" * 600)
    p = write(tmp_path / "a.jsonl", jsonl({"text": "ب" * 600}, {"text": "ج"}))
    got = read(big, p, max_bytes=1000)
    assert [(f.path, f.line) for f in fails(got)] == [(str(big), None), (str(p), 1)]
    assert all("exceeds the limit of 1,000 bytes" in f.reason for f in fails(got))
    assert [d.text for d in docs(got)] == ["ج"]


def test_strict_raises_a_one_line_error_naming_file_and_line(tmp_path: Path) -> None:
    p = write(tmp_path / "a.jsonl", jsonl({"text": "أ"}) + b"[1]\n")
    it = read_documents_strict(p)
    assert next(it).text == "أ"
    with pytest.raises(InputError) as err:
        next(it)
    assert str(err.value) == f"[E100] {p}:2: record must be a JSON object, not list"
