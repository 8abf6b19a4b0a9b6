"""Every bad file gets its named error, naming the file; nothing is half-read silently."""
from __future__ import annotations

import random
from pathlib import Path

import pytest
from builders import (
    DATA,
    blank_pdf,
    build,
    docx_with_broken_xml,
    ole_file,
    scanned_pdf,
    truncated,
    zip_bomb_docx,
    zip_without_document,
)

from focusfive_nlp.errors import (
    CorruptDocumentError,
    EmptyDocumentError,
    EncryptedDocumentError,
    MissingFileError,
    NoTextLayerError,
    NotTextError,
    ReaderError,
    UnsafeDocumentError,
    UnsupportedFormatError,
)
from focusfive_nlp.readers import PDF_READER_ENV, PDF_READERS, read_document

TEXT = (DATA / "grade-table-report.txt").read_text(encoding="utf-8")


@pytest.fixture(autouse=True, params=PDF_READERS)
def pdf_engine(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Every case holds for both PDF readers."""
    monkeypatch.setenv(PDF_READER_ENV, request.param)
    return request.param


@pytest.fixture(scope="module")
def good(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    tmp = tmp_path_factory.mktemp("good")
    return {fmt: build(TEXT, tmp, fmt, "good") for fmt in ("pdf", "docx", "txt")}


def expect(error: type[ReaderError], path: Path, *words: str) -> ReaderError:
    with pytest.raises(error) as info:
        read_document(path)
    exc = info.value
    assert type(exc) is error
    assert exc.path == str(path) and path.name in str(exc)
    for w in words:
        assert w.lower() in str(exc).lower(), (w, str(exc))
    return exc


def test_missing_file(tmp_path: Path) -> None:
    expect(MissingFileError, tmp_path / "nope.pdf", "not found")


@pytest.mark.parametrize("name", ["report.xlsx", "report.html", "report"])
def test_unsupported_extension_lists_formats(tmp_path: Path, name: str) -> None:
    p = tmp_path / name
    p.write_text("x")
    expect(UnsupportedFormatError, p, ".pdf", ".docx", ".txt", ".md")


def test_legacy_doc_says_save_as_docx(tmp_path: Path) -> None:
    expect(UnsupportedFormatError, ole_file(tmp_path / "old.doc"), "save it as .docx")


def test_legacy_doc_renamed_docx(tmp_path: Path) -> None:
    expect(UnsupportedFormatError, ole_file(tmp_path / "old.docx"), "legacy", ".docx")


def test_password_protected_word_file(tmp_path: Path) -> None:
    expect(EncryptedDocumentError, ole_file(tmp_path / "locked.docx", encrypted=True), "password")


@pytest.mark.parametrize("suffix", [".pdf", ".docx", ".txt", ".md"])
def test_empty_file(tmp_path: Path, suffix: str) -> None:
    p = tmp_path / f"empty{suffix}"
    p.write_bytes(b"")
    expect(EmptyDocumentError, p, "empty")


def test_encrypted_pdf_needs_password(tmp_path: Path) -> None:
    p = build(TEXT, tmp_path, "pdf", "locked", password="s3cret")
    expect(EncryptedDocumentError, p, "--password")
    with pytest.raises(EncryptedDocumentError, match="wrong password"):
        read_document(p, password="guess")
    doc = read_document(p, password="s3cret")
    assert "Requires Improvement" in doc.text and len(doc.tables) == 1


def test_owner_password_only_pdf_reads_without_password(tmp_path: Path) -> None:
    p = build(TEXT, tmp_path, "pdf", "protected", owner_password="owner")
    assert b"/Encrypt" in p.read_bytes()
    assert "Early Help | 62% | 30% | 8%" in read_document(p).text


def test_truncated_pdf(good: dict[str, Path], tmp_path: Path) -> None:
    expect(CorruptDocumentError, truncated(good["pdf"], tmp_path / "cut.pdf"), "truncated")


def test_garbage_after_pdf_header(tmp_path: Path) -> None:
    p = tmp_path / "junk.pdf"
    p.write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 8 + b"\n%%EOF\n")
    expect(CorruptDocumentError, p, "damaged")


def test_scanned_pdf_suggests_ocr(tmp_path: Path) -> None:
    expect(NoTextLayerError, scanned_pdf(tmp_path / "scan.pdf"), "OCR", "ocrmypdf")


def test_blank_pdf_is_empty(tmp_path: Path) -> None:
    expect(EmptyDocumentError, blank_pdf(tmp_path / "blank.pdf"), "no text")


def test_docx_named_pdf(good: dict[str, Path], tmp_path: Path) -> None:
    p = tmp_path / "really-docx.pdf"
    p.write_bytes(good["docx"].read_bytes())
    expect(CorruptDocumentError, p, "not a PDF", "ZIP")


def test_pdf_named_docx(good: dict[str, Path], tmp_path: Path) -> None:
    p = tmp_path / "really-pdf.docx"
    p.write_bytes(good["pdf"].read_bytes())
    expect(CorruptDocumentError, p, "not a Word", "PDF")


def test_image_named_pdf(tmp_path: Path) -> None:
    p = tmp_path / "photo.pdf"
    p.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 100)
    expect(CorruptDocumentError, p, "PNG")


def test_pdf_named_txt(good: dict[str, Path], tmp_path: Path) -> None:
    p = tmp_path / "really-pdf.txt"
    p.write_bytes(good["pdf"].read_bytes())
    expect(NotTextError, p, "PDF")


def test_truncated_docx(good: dict[str, Path], tmp_path: Path) -> None:
    expect(CorruptDocumentError, truncated(good["docx"], tmp_path / "cut.docx"), "damaged")


def test_docx_with_broken_xml(good: dict[str, Path], tmp_path: Path) -> None:
    expect(CorruptDocumentError, docx_with_broken_xml(good["docx"], tmp_path / "broken.docx"), "damaged")


def test_zip_that_is_not_word(tmp_path: Path) -> None:
    expect(CorruptDocumentError, zip_without_document(tmp_path / "book.docx"), "Excel")


def test_decompression_bomb(tmp_path: Path) -> None:
    expect(UnsafeDocumentError, zip_bomb_docx(tmp_path / "bomb.docx"), "zip bomb")


def test_damaged_pdf_never_leaks_library_errors(good: dict[str, Path], tmp_path: Path) -> None:
    """Flipping bytes anywhere gives a Document or a named ReaderError, never a pdfminer error."""
    data = bytearray(good["pdf"].read_bytes())
    rng = random.Random(7)
    outcomes = set()
    for i in range(12):
        damaged = bytearray(data)
        at = rng.randrange(len(data) // 10, len(data) - 64)
        damaged[at:at + 48] = bytes(rng.randrange(256) for _ in range(48))
        p = tmp_path / f"flip{i}.pdf"
        p.write_bytes(bytes(damaged))
        try:
            read_document(p)
            outcomes.add("ok")
        except ReaderError as exc:
            assert p.name in str(exc)
            outcomes.add(type(exc).__name__)
    assert outcomes


def test_mixed_folder_reads_every_good_file(good: dict[str, Path], tmp_path: Path) -> None:
    folder = tmp_path / "mixed"
    folder.mkdir()
    for fmt, src in good.items():
        (folder / f"good.{fmt}").write_bytes(src.read_bytes())
    truncated(good["pdf"], folder / "bad-cut.pdf")
    zip_bomb_docx(folder / "bad-bomb.docx")
    (folder / "bad-empty.txt").write_bytes(b"")
    ole_file(folder / "bad-old.doc")
    read, failed = {}, {}
    for p in sorted(folder.iterdir()):
        try:
            read[p.name] = read_document(p)
        except ReaderError as exc:
            failed[p.name] = exc.kind
    assert sorted(read) == ["good.docx", "good.pdf", "good.txt"]
    assert failed == {
        "bad-bomb.docx": "UnsafeDocumentError",
        "bad-cut.pdf": "CorruptDocumentError",
        "bad-empty.txt": "EmptyDocumentError",
        "bad-old.doc": "UnsupportedFormatError",
    }
    assert all("Early Help | 62% | 30% | 8%" in d.text for d in read.values())
