"""The two PDF readers (pypdfium2, the default, and pdfplumber) give the same documents and
the same findings on every rendered test report, and share the reader's rules.

Every report text of the test sets and the corpus is rendered to PDF (running header,
page-number footer, bold headings, bullets, page-broken paragraphs, line-end hyphens,
ruled tables), a few also in two columns; both readers must give the same text,
headings, tables, pages and metadata, and the same findings.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from builders import DATA, ROOT, build, scanned_pdf, tricky_words_pdf, truncated

from focusfive_nlp import extract
from focusfive_nlp.errors import ConfigError, CorruptDocumentError, EncryptedDocumentError, NoTextLayerError
from focusfive_nlp.readers import PDF_READER_ENV, PDF_READERS, pdf_reader, read_document

TESTS = Path(__file__).resolve().parent
REPORTS = sorted(p for p in (TESTS / "data").glob("*/*.txt") if "blind" not in p.parent.name) + sorted((ROOT / "corpus").glob("*.txt"))
# (blind sets measure accuracy once; nothing is developed against them)
TWO_COLUMN = [DATA / "grade-table-report.txt", ROOT / "corpus" / "focus-five-audit-findings-2021.txt",
              TESTS / "data" / "generalisation2" / "team-grades-table-2018-19.txt"]

def _outside_winansi(src: Path) -> bool:
    """Reports with glyphs Helvetica's WinAnsi encoding lacks ("▪", "➢", ...): the renderer draws
    them from a symbol font, which pdfminer reads as letters ("n", "v") and pdfium as the glyph."""
    try:
        src.read_text(encoding="utf-8").encode("cp1252")
    except UnicodeEncodeError:
        return True
    return False


def _cases() -> list[tuple[Path, bool]]:
    return [(p, False) for p in REPORTS] + [(p, True) for p in TWO_COLUMN]


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[Path, bool], Path]:
    tmp = tmp_path_factory.mktemp("parity")
    return {
        (src, two): build(src.read_text(encoding="utf-8"), tmp, "pdf", f"{src.parent.name}-{src.stem}{'-2col' if two else ''}", two_column=two)
        for src, two in _cases()
    }


def _finding_key(f):  # type: ignore[no-untyped-def]
    return (f.section, f.section_heading, f.value, f.figure_kind, f.count, f.denominator, f.grade, f.grade_qualifier,
            f.polarity, tuple(f.themes), tuple(f.teams), f.audit_activity, f.period, f.page, f.rule, f.start_char, f.end_char)


def test_every_test_report_is_rendered() -> None:
    assert len(REPORTS) >= 30


@pytest.mark.parametrize("case", _cases(), ids=lambda c: f"{c[0].stem}{'-2col' if c[1] else ''}")
def test_both_readers_same_document_and_findings(rendered: dict[tuple[Path, bool], Path], case: tuple[Path, bool]) -> None:
    path = rendered[case]
    plumber = read_document(path, reader="pdfplumber")
    pdfium = read_document(path, reader="pdfium")
    if _outside_winansi(case[0]) and pdfium.text != plumber.text:
        # pdfminer reads a symbol-font bullet as a letter, which also moves list and paragraph
        # breaks, so the two readers' texts cannot be compared; the default reader must still
        # give every figure the report's text gives
        def figures(doc):
            # (a graded and an ungraded figure of one value sort side by side: None sorts as "")
            return sorted(((f.value, f.grade, f.grade_qualifier) for f in extract(doc) if f.value is not None),
                          key=lambda t: (t[0], t[1] or "", t[2] or ""))
        assert figures(pdfium) == figures(case[0].read_text(encoding="utf-8"))
        return
    assert pdfium.text == plumber.text
    assert pdfium.headings == plumber.headings
    assert pdfium.tables == plumber.tables
    assert pdfium.pages == plumber.pages
    assert pdfium.metadata == plumber.metadata
    assert pdfium.warnings == plumber.warnings
    assert [_finding_key(f) for f in extract(pdfium)] == [_finding_key(f) for f in extract(plumber)]


def test_default_reader_is_pdfium_and_choice_is_checked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(PDF_READER_ENV, raising=False)
    assert pdf_reader() == "pdfium" and PDF_READERS == ("pdfium", "pdfplumber")
    monkeypatch.setenv(PDF_READER_ENV, "PDFPlumber")
    assert pdf_reader() == "pdfplumber"
    assert pdf_reader("pdfium") == "pdfium"
    with pytest.raises(ConfigError, match="pdfium, pdfplumber"):
        pdf_reader("pdfminer")


@pytest.mark.parametrize("reader", PDF_READERS)
def test_named_errors_with_both_readers(tmp_path: Path, reader: str) -> None:
    text = (DATA / "grade-table-report.txt").read_text(encoding="utf-8")
    locked = build(text, tmp_path, "pdf", "locked", password="s3cret")
    with pytest.raises(EncryptedDocumentError, match="--password"):
        read_document(locked, reader=reader)
    with pytest.raises(EncryptedDocumentError, match="wrong password"):
        read_document(locked, password="guess", reader=reader)
    assert len(read_document(locked, password="s3cret", reader=reader).tables) == 1
    good = build(text, tmp_path, "pdf", "good")
    with pytest.raises(CorruptDocumentError, match="truncated"):
        read_document(truncated(good, tmp_path / "cut.pdf"), reader=reader)
    junk = tmp_path / "junk.pdf"
    junk.write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 8 + b"\n%%EOF\n")
    with pytest.raises(CorruptDocumentError, match="junk.pdf"):
        read_document(junk, reader=reader)
    with pytest.raises(NoTextLayerError, match="OCR"):
        read_document(scanned_pdf(tmp_path / "scan.pdf"), reader=reader)


def test_pdfium_words_match_pdfplumber_words(rendered: dict[tuple[Path, bool], Path]) -> None:
    """The page model itself agrees: same words, boxes within a point, same fonts."""
    from focusfive_nlp.readers import pdf, pdfium

    for src in TWO_COLUMN:
        a, _ = pdf.read_layouts(rendered[(src, True)])
        b, _ = pdfium.read_layouts(rendered[(src, True)])
        assert len(a) == len(b)
        for pa, pb in zip(a, b):
            assert sorted(w.text for w in pa.words) == sorted(w.text for w in pb.words)
            left = list(pb.words)
            for wa in pa.words:  # each word has its twin: same text and fonts, nearly the same box
                wb = min((w for w in left if w.text == wa.text), key=lambda w: abs(w.x0 - wa.x0) + abs(w.bottom - wa.bottom))
                left.remove(wb)
                assert (round(wa.size, 2), wa.bold) == (round(wb.size, 2), wb.bold)
                assert abs(wa.x0 - wb.x0) < 0.5 and abs(wa.bottom - wb.bottom) < 1.0
                assert abs(wa.x1 - wb.x1) < 0.5 or len(wa.text) == 1  # pdfminer gives a bullet glyph no width
            assert [t.rows for t in pa.tables] == [t.rows for t in pb.tables]
            for ta, tb in zip(pa.tables, pb.tables):
                assert max(abs(ta.x0 - tb.x0), abs(ta.x1 - tb.x1), abs(ta.top - tb.top), abs(ta.bottom - tb.bottom)) < 0.5


def test_reader_option_of_extract_and_build(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from typer.testing import CliRunner

    from focusfive_nlp.cli import app

    monkeypatch.setenv(PDF_READER_ENV, "pdfium")  # restored afterwards: the CLI sets it for its workers
    pdf = build((DATA / "grade-table-report.txt").read_text(encoding="utf-8"), tmp_path, "pdf", "grades")
    outputs = {}
    for reader in PDF_READERS:
        out = tmp_path / f"{reader}.jsonl"
        result = CliRunner().invoke(app, ["extract", str(pdf), "--out", str(out), "--jobs", "1", "--no-progress", "--reader", reader])
        assert result.exit_code == 0, result.output
        outputs[reader] = out.read_text(encoding="utf-8")
        assert os.environ[PDF_READER_ENV] == reader
    assert outputs["pdfium"] == outputs["pdfplumber"] and outputs["pdfium"].count("\n") >= 9
    bad = CliRunner().invoke(app, ["extract", str(pdf), "--out", str(tmp_path / "x.jsonl"), "--reader", "pdfminer"])
    assert bad.exit_code != 0 and "unknown PDF reader 'pdfminer'" in bad.output and "Traceback" not in bad.output
    built = CliRunner().invoke(app, ["build", str(pdf), "--out", str(tmp_path / "ds"), "--jobs", "1", "--no-progress", "--reader", "pdfplumber"])
    assert built.exit_code == 0, built.output


@pytest.mark.parametrize("reader", PDF_READERS)
def test_extract_api_takes_the_reader(tmp_path: Path, reader: str) -> None:
    pdf = build((DATA / "grade-table-report.txt").read_text(encoding="utf-8"), tmp_path, "pdf", "grades")
    assert len([f for f in extract(pdf, reader=reader) if f.rule.startswith("table:")]) == 9
    with pytest.raises(ConfigError):
        extract(pdf, reader="nope")


def test_word_shapes_split_alike(tmp_path: Path) -> None:
    """Font changes, gaps without a space, line-end hyphens and touching runs make the
    same words in both readers (pdfium's text alone would join or split some)."""
    from focusfive_nlp.readers import pdf, pdfium

    path = tricky_words_pdf(tmp_path / "tricky.pdf")
    (a,), _ = pdf.read_layouts(path)
    (b,), _ = pdfium.read_layouts(path)
    assert [(w.text, w.bold) for w in b.words] == [(w.text, w.bold) for w in a.words]
    texts = [w.text for w in b.words]
    assert ("Good", True) in [(w.text, w.bold) for w in b.words] and "er" in texts
    assert {"Gap", "after", "compe-", "tency", "Kernedletters:"} <= set(texts)
    assert read_document(path, reader="pdfium").text == read_document(path, reader="pdfplumber").text


def test_pdfium_char_by_char_when_its_text_and_chars_disagree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """pdfium's text may leave out or add characters against its char list (rare): then
    the page is read char by char, with the same words."""
    import pypdfium2.raw as raw

    from focusfive_nlp.readers import pdfium

    path = tricky_words_pdf(tmp_path / "tricky.pdf")
    (normal,), _ = pdfium.read_layouts(path)
    monkeypatch.setattr(raw, "FPDFText_GetText", lambda *a: 0)
    (fallback,), _ = pdfium.read_layouts(path)
    assert [(w.text, w.bold, round(w.x0, 2)) for w in fallback.words] == [(w.text, w.bold, round(w.x0, 2)) for w in normal.words]
