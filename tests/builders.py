"""Build test documents (PDF, DOCX, bad files) from report texts in a tmp folder.

The rendering code lives in ``scripts/render_report.py`` (also a CLI for building corpus
files); it is imported here by path so tests and corpus builds share one renderer.
"""
from __future__ import annotations

import importlib.util
import io
import sys
import zipfile
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(__file__).resolve().parent / "data" / "readers"
SAMPLE_2021 = ROOT / "corpus" / "focus-five-audit-findings-2021.txt"


def _load_renderer() -> ModuleType:
    path = ROOT / "scripts" / "render_report.py"
    spec = importlib.util.spec_from_file_location("render_report", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("render_report", module)
    spec.loader.exec_module(module)
    return module


render = _load_renderer()
render_pdf = render.render_pdf
render_docx = render.render_docx

BULLET_MARKERS = {"-", "•", "*"}


def words(text: str) -> list[str]:
    """Words of a text with list markers dropped (a "- " item and a "• " item read the same)."""
    return [w for w in text.split() if w not in BULLET_MARKERS]


def build(text: str, tmp: Path, fmt: str, name: str = "report", **kw) -> Path:
    """Render ``text`` as ``fmt`` ("pdf", "docx", "txt") in ``tmp``; returns the path."""
    path = tmp / f"{name}.{fmt}"
    if fmt == "pdf":
        render_pdf(text, path, **kw)
    elif fmt == "docx":
        render_docx(text, path)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def scanned_pdf(path: Path) -> Path:
    """A one-page PDF holding only an image of text (no text layer), like a scan."""
    from PIL import Image, ImageDraw
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    img = Image.new("RGB", (400, 120), "white")
    ImageDraw.Draw(img).text((10, 40), "52% of cases were graded Good", fill="black")
    c = canvas.Canvas(str(path))
    c.drawImage(ImageReader(img), 72, 600, width=400, height=120)
    c.showPage()
    c.save()
    return path


def blank_pdf(path: Path) -> Path:
    """A PDF with one page and nothing on it."""
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path))
    c.showPage()
    c.save()
    return path


def zip_bomb_docx(path: Path, inflated: int = 4 * 1024 * 1024) -> Path:
    """A .docx-looking zip whose document.xml inflates ~1000:1 (small here, but the ratio tells)."""
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", b"\0" * inflated)
    return path


def zip_without_document(path: Path) -> Path:
    """A zip that is an Excel-like package, not a Word document."""
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("xl/workbook.xml", "<workbook/>")
    return path


def docx_with_broken_xml(src: Path, path: Path) -> Path:
    """A copy of a real .docx whose main part is cut in half (invalid XML)."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "word/document.xml":
                data = data[: len(data) // 2]
            zout.writestr(item, data)
    return path


def ole_file(path: Path, *, encrypted: bool = False) -> Path:
    """Leading bytes of an OLE compound file (legacy .doc, or an encrypted Office file)."""
    body = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504
    if encrypted:
        body += "EncryptionInfo".encode("utf-16-le")
    path.write_bytes(body + b"\0" * 1024)
    return path


def truncated(src: Path, path: Path, keep: float = 0.6) -> Path:
    """The first ``keep`` share of ``src``'s bytes."""
    data = src.read_bytes()
    path.write_bytes(data[: int(len(data) * keep)])
    return path


def docx_bytes_of(doc) -> bytes:  # type: ignore[no-untyped-def]
    """Save a python-docx Document to bytes."""
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


ALIKE_HEADER = "Northfield Council - Quality Assurance Report 2021"


def alike_pages_pdf(path: Path, pages: int = 300) -> list[int]:
    """A long PDF whose pages all start alike: a running header, then a first line that
    differs only in its figure, a second line, and a "Page N of M" footer. Returns the
    figure of each page, in page order."""
    from reportlab.pdfgen import canvas

    figures = [(7 * n) % 89 + 10 for n in range(1, pages + 1)]
    c = canvas.Canvas(str(path))
    for n, value in enumerate(figures, start=1):
        c.setFont("Helvetica", 8)
        c.drawString(72, 800, ALIKE_HEADER)
        c.drawCentredString(297, 36, f"Page {n} of {pages}")
        c.setFont("Helvetica", 10)
        c.drawString(72, 760, f"In {value}% of the cases audited the plan was reviewed on time.")
        c.drawString(72, 746, "Managers checked the plans with the social workers each month.")
        c.showPage()
    c.save()
    return figures


ROTATED_PAGES = {0: 41, 90: 52, 180: 63, 270: 74}  # page rotation -> the page's figure


def rotated_pages_pdf(path: Path) -> Path:
    """Pages shown rotated by 0, 90, 180 and 270 degrees (``/Rotate``), each with its own
    heading and figure, then a portrait page whose text is drawn sideways (a landscape page)."""
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path))
    names = {0: "Chronology", 90: "Assessment", 180: "Planning", 270: "Visiting"}
    for rotation, value in ROTATED_PAGES.items():
        c.setPageRotation(rotation)  # reportlab then swaps the media box of a 90 or 270 page
        top = (595 if rotation in (90, 270) else 842) - 82
        if rotation == 0:
            c.setFont("Helvetica-Bold", 20)
            c.drawString(72, top, "Audit Findings Report 2021")
        c.setFont("Helvetica-Bold", 16)
        c.drawString(72, top - 60, names[rotation].upper())
        c.setFont("Helvetica", 10)
        c.drawString(72, top - 90, f"In {value}% of cases the {names[rotation].lower()} was graded Good or above.")
        c.drawString(72, top - 104, "The audit looked at every open case of the service.")
        c.showPage()
    with _sideways_page(c, 520):
        c.setFont("Helvetica-Bold", 16)
        c.drawString(0, 0, "SUPERVISION")
        c.setFont("Helvetica", 10)
        c.drawString(0, -30, "In 85% of cases supervision was regular and reflective.")
    c.save()
    return path


@contextmanager
def _sideways_page(c, x: float):  # type: ignore[no-untyped-def]
    """A portrait page whose drawing runs up the page from (x, 72): a landscape page's text."""
    c.setPageRotation(0)
    c.saveState()
    c.translate(x, 72)
    c.rotate(90)
    yield
    c.restoreState()
    c.showPage()


NESTED_GRADES = {"PACT": (60, 30, 10), "Early Help": (55, 35, 10)}  # team -> Good, RI, Inadequate


def nested_table_docx(path: Path) -> Path:
    """A .docx whose team grades sit in tables nested in the cells of an outer table: one
    nested table per team with a header row, and a grade/value table with no header row."""
    import docx

    d = docx.Document()
    d.add_paragraph("Team Audit Grades 2021", style="Title")
    d.add_heading("PLANNING", 1)
    outer = d.add_table(rows=len(NESTED_GRADES) + 1, cols=2)
    outer.cell(0, 0).text, outer.cell(0, 1).text = "Team", "Grades"
    for i, (team, values) in enumerate(NESTED_GRADES.items(), start=1):
        outer.cell(i, 0).text = team
        inner = outer.cell(i, 1).add_table(rows=2, cols=3)
        for j, grade in enumerate(("Good", "Requires Improvement", "Inadequate")):
            inner.cell(0, j).text, inner.cell(1, j).text = grade, f"{values[j]}%"
    d.add_heading("VISITING", 1)
    frame = d.add_table(rows=1, cols=2)
    frame.cell(0, 0).text = "Safeguarding Team"
    inner = frame.cell(0, 1).add_table(rows=2, cols=2)
    for j, (grade, value) in enumerate((("Good", "48%"), ("Inadequate", "12%"))):
        inner.cell(j, 0).text, inner.cell(j, 1).text = grade, value
    d.save(str(path))
    return path


def tricky_words_pdf(path: Path) -> Path:
    """One page of word shapes where readers can disagree: a font change inside a word
    ("Good" bold, "er" regular), two runs a 10 pt gap apart with no space, a line-end
    hyphen, and two runs touching with no space ("Kerned" + "letters:")."""
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path))
    c.setFont("Helvetica-Bold", 18)
    c.drawString(72, 760, "Tricky Words Report 2021")
    t = c.beginText(72, 700)
    for font, text in (("Helvetica", "Plans were "), ("Helvetica-Bold", "Good"), ("Helvetica", "er than last year in 45% of cases.")):
        t.setFont(font, 10)
        t.textOut(text)
    c.drawText(t)
    c.setFont("Helvetica", 10)
    c.drawString(72, 680, "Gap")
    c.drawString(102, 680, "after a wide gap of ten points.")
    c.drawString(72, 660, "A word broken at the line end: compe-")
    c.drawString(72, 646, "tency was shown in 60% of cases.")
    c.drawString(72, 626, "Kerned")
    c.drawString(105.4, 626, "letters: 7")
    c.showPage()
    c.save()
    return path


ROTATED_TABLE = (("Team", "Good", "Inadequate"), ("PACT", "64%", "9%"), ("Early Help", "58%", "12%"))


def _ruled_table(c, x: float, top: float, rows=ROTATED_TABLE, widths=(120.0, 80.0, 80.0), height: float = 20.0) -> None:  # type: ignore[no-untyped-def]
    """Draw ``rows`` as a ruled grid with its top-left corner at (x, top), y up."""
    xs = [x]
    for w in widths:
        xs.append(xs[-1] + w)
    ys = [top - i * height for i in range(len(rows) + 1)]
    for y in ys:
        c.line(xs[0], y, xs[-1], y)
    for xv in xs:
        c.line(xv, ys[0], xv, ys[-1])
    c.setFont("Helvetica", 10)
    for r, row in enumerate(rows):
        for j, cell in enumerate(row):
            c.drawString(xs[j] + 4, ys[r] - 14, cell)


def rotated_table_pdf(path: Path) -> Path:
    """A grade table on three pages: upright, on a page shown rotated 90 degrees, and drawn
    sideways on a portrait page (a landscape table)."""
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path))
    c.setFont("Helvetica-Bold", 18)
    c.drawString(72, 770, "Team Grades Report 2022")
    c.setFont("Helvetica", 10)
    c.drawString(72, 740, "The grades of the teams were as follows.")
    _ruled_table(c, 72, 720)
    c.showPage()
    c.setPageRotation(90)  # reportlab swaps the media box: draw in 842 x 595
    c.setFont("Helvetica", 10)
    c.drawString(72, 520, "The same table on a page shown rotated.")
    _ruled_table(c, 72, 500)
    c.showPage()
    with _sideways_page(c, 540):
        c.setFont("Helvetica", 10)
        c.drawString(0, -20, "The same table drawn sideways.")
        _ruled_table(c, 0, -40)
    c.save()
    return path
