"""Layout analysis on the reader's own page model, without any PDF library.

Pages are built word by word (as pdfplumber or pypdfium2 would fill them), so each rule
(furniture, columns, paragraphs, hyphenation, bullets, characters) is tested on its own.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from focusfive_nlp.readers.model import PageLayout, TableArea, Word
from focusfive_nlp.readers.normalise import normalise_chars
from focusfive_nlp.readers.pdf import document_from_layouts

W, H = 595.0, 842.0
LEFT, RIGHT = 72.0, 523.0
PITCH = 14.0


def words_at(text: str, x0: float, top: float, size: float = 10.0, bold: bool = False) -> list[Word]:
    """Words of one line set from x0, with rough Helvetica-like widths."""
    out, x = [], x0
    for token in text.split():
        width = 0.5 * size * len(token)
        out.append(Word(normalise_chars(token), x, x + width, top, top + size, size, bold))
        x += width + 0.28 * size
    return out


def wrap(text: str, width: float, size: float = 10.0) -> list[str]:
    """Greedy line breaking with the same widths as words_at."""
    lines, cur = [], ""
    for token in text.split():
        trial = f"{cur} {token}".strip()
        if 0.5 * size * len(trial.replace(" ", "")) + 0.28 * size * trial.count(" ") > width and cur:
            lines.append(cur)
            cur = token
        else:
            cur = trial
    return lines + [cur] if cur else lines


class PageBuilder:
    """Lays out lines top-down on numbered pages, with a header and a page-number footer."""

    def __init__(self, header: str | None = "Northfield Audit Report 2020", footer: bool = True) -> None:
        self.pages: list[PageLayout] = []
        self.header, self.footer = header, footer
        self.new_page()

    def new_page(self) -> None:
        n = len(self.pages) + 1
        page = PageLayout(number=n, width=W, height=H)
        if self.header:
            page.words += words_at(self.header, LEFT, 30, size=8)
        if self.footer:
            page.words += words_at(f"Page {n}", 280, 800, size=8)
        self.pages.append(page)
        self.top = 80.0

    def line(self, text: str, x0: float = LEFT, size: float = 10.0, bold: bool = False, gap: float = 0.0) -> None:
        if self.top + gap + size > 760:
            self.new_page()
        else:
            self.top += gap
        self.pages[-1].words += words_at(text, x0, self.top, size, bold)
        self.top += PITCH if size <= 10 else size * 1.4

    def para(self, text: str, x0: float = LEFT, gap: float = 8.0, width: float = RIGHT - LEFT) -> None:
        for i, ln in enumerate(wrap(text, width - (x0 - LEFT))):
            self.line(ln, x0, gap=gap if i == 0 else 0.0)


def full_line(text: str, size: float = 10.0) -> str:
    """``text`` padded in front with filler words so that the line ends near the right margin."""
    filler: list[str] = []
    while 0.5 * size * len("".join(filler + text.split())) + 0.28 * size * (len(filler) + len(text.split())) < RIGHT - LEFT - 30:
        filler.append("and")
    return " ".join(filler + [text])


def read(pages: list[PageLayout], name: str = "model.pdf"):  # type: ignore[no-untyped-def]
    return document_from_layouts(pages, {}, path=Path(name), doc_id=None)


LONG = ("The audit found that plans were reviewed on time in most cases, that visits were linked to the plan "
        "and that the child's wishes and feelings were recorded clearly. ") * 3


def test_header_footer_page_numbers_removed_and_kept_in_metadata() -> None:
    b = PageBuilder()
    b.line("Northfield Audit Report 2020", size=18, bold=True)
    for i in range(30):
        b.para(f"Paragraph {i}: " + LONG[: 120 + 7 * i])
    doc = read(b.pages)
    assert len(b.pages) >= 3
    assert doc.text.count("Northfield Audit Report 2020") == 1
    assert "Page 2" not in doc.text
    assert doc.metadata["headers"] == ["Northfield Audit Report 2020"]
    assert doc.metadata["footers"][:2] == ["Page 1", "Page 2"]
    assert doc.metadata["title"] == "Northfield Audit Report 2020"


def test_lone_page_number_and_roman_numerals() -> None:
    pages = []
    bodies = ["Plans were reviewed.", "Visits were regular.", "Supervision was weak."]
    for n, (label, body) in enumerate(zip(["ii", "3", "- 4 -"], bodies), start=1):
        page = PageLayout(number=n, width=W, height=H)
        page.words += words_at(body, LEFT, 300)
        page.words += words_at(label, 290, 800)
        pages.append(page)
    doc = read(pages)
    assert doc.text.split() == " ".join(bodies).split()
    assert doc.metadata["footers"] == ["ii", "3", "- 4 -"]


def test_paragraph_across_page_break_joined_with_hyphen_rejoined() -> None:
    b = PageBuilder()
    b.line("Title Of Report 2020", size=18, bold=True)
    while b.top < 740:
        b.para("Filler paragraph that ends its own sentence here.")
    b.line("The quality of chronologies varied considerably across teams and their compe-")
    b.line("tency in this area needs further support from managers.")
    doc = read(b.pages)
    assert len(doc.pages) == 2
    assert "across teams and their competency in this area needs further support from managers." in doc.text
    at = doc.text.index("tency in this")
    assert doc.page_at(at - 8) == 1 and doc.page_at(at + 3) == 2
    assert doc.text[doc.pages[1].start - 1] != "\n"


@pytest.mark.parametrize(
    "left, right, expected",
    [
        ("the ", "monthly", "the monthly"),
        ("supervision was bi-", "monthly and", "supervision was bi-monthly and"),
        ("a COVID-", "19 lockdown", "a COVID-19 lockdown"),
        ("the manage-", "ment of risk", "the management of risk"),
        ("the multi-", "agency meeting", "the multi-agency meeting"),
        ("the longer report and the longer-", "term plan", "the longer report and the longer-term plan"),
        ("some cases were some-", "times late", "some cases were sometimes late"),
        ("a face-to-", "face meeting", "a face-to-face meeting"),
    ],
)
def test_line_end_hyphenation_rules(left: str, right: str, expected: str) -> None:
    b = PageBuilder(header=None, footer=False)
    b.line("Report Title", size=16, bold=True)
    b.line(full_line("A first full line sets the right margin of the text block."), gap=8)
    b.line(full_line(left))
    b.line(right + " and the paragraph ends.")
    doc = read(b.pages)
    assert expected in doc.text


def test_uses_document_vocabulary_for_hyphens() -> None:
    b = PageBuilder(header=None, footer=False)
    b.line("Report Title", size=16, bold=True)
    b.para("Work was completed in-depth with the family.")
    b.line(full_line("A first full line sets the right margin of the text block."), gap=8)
    b.line(full_line("It was also in-"))
    b.line("depth work with the child.")
    doc = read(b.pages)
    assert doc.text.count("in-depth") == 2


def test_cid_bullets_ligatures_quotes_and_unmapped_glyphs() -> None:
    b = PageBuilder(header=None, footer=False)
    b.line("Audit Report", size=16, bold=True)
    b.line("(cid:127) Plans were ﬁnalised and reﬂected the child’s “voice”.", gap=8)
    b.line("(cid:127) One glyph was lost: signi\ufffdcant.", gap=4)
    doc = read(b.pages)
    assert "• Plans were finalised and reflected the child's \"voice\"." in doc.text
    assert "\n• One glyph was lost" in doc.text
    assert any("no Unicode mapping" in w for w in doc.warnings)


def test_bullets_with_wrapped_continuation_lines() -> None:
    b = PageBuilder(header=None, footer=False)
    b.line("Audit Report", size=16, bold=True)
    for item in ["First finding " + "about plans " * 14 + "ends.", "Second finding is short."]:
        lines = wrap(item, RIGHT - LEFT - 18)
        b.pages[-1].words += words_at("•", LEFT + 6, b.top + 4)
        b.line(lines[0], LEFT + 18, gap=4)
        for ln in lines[1:]:
            b.line(ln, LEFT + 18)
    doc = read(b.pages)
    items = [ln for ln in doc.text.split("\n") if ln.startswith("• ")]
    assert len(items) == 2 and items[0].endswith("about plans ends.")


def test_two_columns_with_full_width_title() -> None:
    page = PageLayout(number=1, width=W, height=H)
    page.words += words_at("A Two Column Report Title Across The Page", LEFT, 60, size=18, bold=True)
    col_w = 210.0
    left = wrap("LEFT " + "alpha beta gamma delta " * 20 + "END-LEFT.", col_w)
    right = wrap("RIGHT " + "one two three four five " * 20 + "END-RIGHT.", col_w)
    for i, ln in enumerate(left):
        page.words += words_at(ln, LEFT, 100 + i * PITCH)
    for i, ln in enumerate(right):
        page.words += words_at(ln, LEFT + col_w + 30, 100 + i * PITCH)
    doc = read([page])
    text = doc.text
    assert text.index("LEFT") < text.index("END-LEFT.") < text.index("RIGHT") < text.index("END-RIGHT.")
    assert "alpha beta gamma delta alpha" in text and "one two three four five one" in text


def test_key_value_lines_are_not_columns() -> None:
    page = PageLayout(number=1, width=W, height=H)
    page.words += words_at("Grades Summary", LEFT, 60, size=16, bold=True)
    for i, (k, v) in enumerate([("Outstanding", "4.8%"), ("Good", "81%"), ("Requires Improvement", "10.2%"), ("Inadequate", "3.5%")] * 2):
        page.words += words_at(k, LEFT, 100 + i * 20)
        page.words += words_at(v, 400, 100 + i * 20)
    doc = read([page])
    assert "Outstanding 4.8%" in doc.text and "Requires Improvement 10.2%" in doc.text


def test_layout_headings_by_size_and_weight_with_levels() -> None:
    b = PageBuilder(header=None, footer=False)
    b.line("Annual Audit Report 2020", size=20, bold=True)
    b.line("Care Planning", size=14, bold=True, gap=10)
    b.para("Plans were reviewed in time in 70% of cases.")
    b.line("Early Help Team", size=10, bold=True, gap=10)
    b.para("Plans were SMART.")
    b.line("Visits", size=14, bold=True, gap=10)
    b.para("Visits were regular.")
    doc = read(b.pages)
    assert [(h.text, h.level) for h in doc.headings] == [("Care Planning", 1), ("Early Help Team", 2), ("Visits", 1)]
    assert all(doc.text[h.start:h.end] == h.text for h in doc.headings)


def test_body_font_heading_found_by_line_shape() -> None:
    b = PageBuilder(header=None, footer=False)
    b.line("Audit Report", size=16, bold=True)
    b.line("SUPERVISION", gap=10)
    b.para("Supervision was regular in 60% of cases.")
    doc = read(b.pages)
    assert [h.text for h in doc.headings] == ["SUPERVISION"]


def test_table_continued_on_next_page_is_one_table() -> None:
    head = ("Team", "Good")
    p1 = PageLayout(number=1, width=W, height=H, tables=[TableArea((head, ("Early Help", "60%")), LEFT, RIGHT, 700, 760)])
    p1.words += words_at("Report Title", LEFT, 60, size=16, bold=True)
    p2 = PageLayout(number=2, width=W, height=H, tables=[TableArea((head, ("LAC", "55%")), LEFT, RIGHT, 80, 120)])
    p2.words += words_at("After the table.", LEFT, 140)
    doc = read([p1, p2])
    assert len(doc.tables) == 1
    t = doc.tables[0]
    assert t.rows == (head, ("Early Help", "60%"), ("LAC", "55%"))
    assert doc.text[t.start:t.end] == "Team | Good\nEarly Help | 60%\nLAC | 55%"
    assert doc.page_at(doc.text.index("LAC |")) == 2 and t.page == 1


def test_boxed_single_cell_is_text_not_table() -> None:
    p = PageLayout(number=1, width=W, height=H, tables=[TableArea((("Key message: plans improved.",),), LEFT, RIGHT, 100, 130)])
    p.words += words_at("Report Title", LEFT, 60, size=16, bold=True)
    doc = read([p])
    assert doc.tables == [] and "Key message: plans improved." in doc.text


def test_page_without_text_is_warned_about() -> None:
    p1 = PageLayout(number=1, width=W, height=H, words=words_at("Report Title", LEFT, 60, size=16, bold=True))
    p2 = PageLayout(number=2, width=W, height=H, has_images=True)
    doc = read([p1, p2])
    assert [p.number for p in doc.pages] == [1, 2]
    assert doc.pages[1].start == doc.pages[1].end == len(doc.text)
    assert any("page(s) 2" in w for w in doc.warnings)


def test_alternating_odd_even_headers_removed() -> None:
    pages = []
    for n in range(1, 8):
        page = PageLayout(number=n, width=W, height=H)
        page.words += words_at("Northfield Council" if n % 2 else "Quality Assurance Report", LEFT, 30, size=8)
        page.words += words_at(f"Finding number {n} was recorded on this page.", LEFT, 300)
        pages.append(page)
    doc = read(pages)
    assert "Northfield" not in doc.text and "Quality Assurance" not in doc.text
    assert doc.metadata["headers"] == ["Northfield Council", "Quality Assurance Report"]
