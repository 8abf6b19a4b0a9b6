"""Issue 8 (whole runs): the pdfium reader's own calls give what pypdfium2's wrappers gave.

Pages and text pages are opened and closed through pdfium's functions (no wrapper objects),
the per-char functions run through untyped prototypes that keep the GIL, and one font-facts
object stands for each distinct (name, size, direction).
"""
from __future__ import annotations

import ctypes
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as raw
import pytest

from focusfive_nlp.errors import CorruptDocumentError
from focusfive_nlp.readers import pdfium as reader
from builders import build

TEXT = ("Audit of case files 2023\n\nFINDINGS\n\nMost plans were reviewed on time, and 12 of 20 visits "
        "were recorded within the timescale.\n\nSupervision was regular in most files.\n")


@pytest.fixture(scope="module")
def pdf(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("pdfium_calls")
    return build(TEXT + "\n\n".join([TEXT] * 12), tmp, "pdf")  # more than one page


def counting(monkeypatch, name: str) -> list[int]:
    """Count the calls of ``raw.<name>``, passing them on."""
    calls: list[int] = []
    real = getattr(raw, name)

    def counted(*args):
        calls.append(1)
        return real(*args)

    monkeypatch.setattr(raw, name, counted)
    return calls


def test_every_page_and_text_page_opened_is_closed(pdf, monkeypatch):
    counts = {n: counting(monkeypatch, n) for n in ("FPDF_LoadPage", "FPDF_ClosePage", "FPDFText_LoadPage", "FPDFText_ClosePage")}
    layouts, _ = reader.read_layouts(pdf)
    assert len(layouts) >= 2
    assert len(counts["FPDF_LoadPage"]) == len(counts["FPDF_ClosePage"]) == len(layouts)
    assert len(counts["FPDFText_LoadPage"]) == len(counts["FPDFText_ClosePage"]) == len(layouts)


def test_a_page_pdfium_cannot_load_is_a_damaged_pdf_named_by_its_page(pdf, monkeypatch):
    real = raw.FPDF_LoadPage
    monkeypatch.setattr(raw, "FPDF_LoadPage", lambda doc, i: None if i == 1 else real(doc, i))
    closed = counting(monkeypatch, "FPDF_ClosePage")
    with pytest.raises(CorruptDocumentError, match=r"failed on page 2 \(PdfiumError: Failed to load page\.\)"):
        reader.read_layouts(pdf)
    assert len(closed) == 1  # the first page, read before the failure, was closed


def test_a_failing_text_page_still_closes_its_page(pdf, monkeypatch):
    monkeypatch.setattr(raw, "FPDFText_LoadPage", lambda page: None)
    closed = counting(monkeypatch, "FPDF_ClosePage")
    with pytest.raises(CorruptDocumentError, match=r"failed on page 1 \(PdfiumError: Failed to load text page\.\)"):
        reader.read_layouts(pdf)
    assert len(closed) == 1


def test_a_page_without_a_media_box_is_read_as_us_letter(pdf, monkeypatch):
    layouts, _ = reader.read_layouts(pdf)
    assert (layouts[0].width, layouts[0].height) != (612, 792)  # the builder's pages are A4
    monkeypatch.setattr(raw, "FPDFPage_GetMediaBox", lambda *args: 0)
    layouts, _ = reader.read_layouts(pdf)
    assert (layouts[0].width, layouts[0].height) == (612, 792)


def test_the_fast_calls_give_what_pypdfium2s_typed_calls_give(pdf):
    doc = pdfium.PdfDocument(str(pdf))
    try:
        page = doc[0]
        textpage = page.get_textpage()
        tp = reader._TextPage(raw, textpage.raw)
        n = raw.FPDFText_CountChars(textpage.raw)
        assert n > 100
        checked = 0
        rect, buf, flags, matrix = raw.FS_RECTF(), ctypes.create_string_buffer(256), ctypes.c_int(), raw.FS_MATRIX()
        for i in range(n):
            raw.FPDFText_GetLooseCharBox(textpage.raw, i, ctypes.byref(rect))
            assert tp.box(i) == (rect.left, rect.bottom, rect.right, rect.top)
            obj = raw.FPDFText_GetTextObject(textpage.raw, i)
            assert tp.object_of(tp.handle, i) == ctypes.cast(obj, ctypes.c_void_p).value
            if not obj:  # a char pdfium added (a space, a line end): no text object of its own
                continue
            raw.FPDFText_GetFontInfo(textpage.raw, i, buf, 256, ctypes.byref(flags))
            raw.FPDFText_GetMatrix(textpage.raw, i, ctypes.byref(matrix))
            font = tp.font(i)  # read at the object's first char, then kept: one font per text object
            assert font.name == buf.value.decode("latin-1", "replace")
            assert font.size == float(raw.FPDFText_GetFontSize(textpage.raw, i))
            assert font.turns == reader.quarter_turns(matrix.a, matrix.b)
            checked += 1
        assert checked > 100
        textpage.close()
        page.close()
    finally:
        doc.close()


def test_one_font_facts_object_per_distinct_font():
    a = reader._font(b"Helvetica-Bold", 11.0, 0)
    assert reader._font(b"Helvetica-Bold", 11.0, 0) is a and a.bold and a.name == "Helvetica-Bold"
    assert reader._font(b"Helvetica-Bold", 12.0, 0) is not a  # another size
    assert reader._font(b"Helvetica-Bold", 11.0, 1) is not a  # another direction
    plain = reader._font(b"Helvetica", 11.0, 0)
    assert plain is not a and not plain.bold


def test_the_font_facts_cache_lets_the_least_recently_used_go_not_all():
    """Past ``MAX_FONTS`` distinct fonts one is let go, the least recently used: the fonts in
    use stay the same objects (the cache was emptied whole at 10,000 before)."""
    reader._font.cache_clear()
    kept = reader._font(b"Arial-Bold", 10.0, 0)
    first = reader._font(b"Arial", 10.0, 0)
    for n in range(reader.MAX_FONTS - 2):
        reader._font(b"Arial", 10.0 + (n + 1) / 100, 0)
    assert reader._font(b"Arial-Bold", 10.0, 0) is kept  # used again: now the most recent
    reader._font(b"Times", 8.0, 0)  # one more than the cache holds
    assert reader._font.cache_info().currsize == reader.MAX_FONTS
    assert reader._font(b"Arial-Bold", 10.0, 0) is kept
    assert reader._font(b"Arial", 10.0, 0) is not first  # the least recently used was let go


def _bench_split():
    import importlib.util

    path = Path(__file__).resolve().parents[2] / "benchmarks" / "bench_split.py"
    spec = importlib.util.spec_from_file_location("bench_split", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_whole_run_split_reads_every_part(pdf, monkeypatch):
    from focusfive_nlp import startup

    monkeypatch.setattr(startup, "own_process", lambda: None)  # this test process keeps its collector
    parts = _bench_split().split([pdf], "pdfium")
    assert list(parts) == ["imports", "build", "read", "rules", "write", "total"]
    assert parts["read"] > 0 and parts["rules"] > 0
    assert parts["total"] >= sum(v for k, v in parts.items() if k != "total") - 1e-6


def test_the_whole_run_split_says_when_a_folder_has_no_pdfs(tmp_path, capsys):
    assert _bench_split().main([str(tmp_path)]) == 2
    assert "no PDFs" in capsys.readouterr().out
