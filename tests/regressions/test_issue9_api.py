"""Issue 9, "Crashes in the API" and long reports: one case per failure kind.

- a str is a report's text unless it names a path that exists; a 256+ character one-liner,
  "... See appendix.pdf" and a missing folder no longer crash or vanish;
- no input string crashes extract(): lone surrogates, NUL and other control characters;
- offsets refer to the string as given, "\\r\\n", "\\r", tabs and odd spaces included;
- a text over 1,000,000 characters is read in full, in parts cut between sentences; past
  the documented limit it is a named, permanent error.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from focusfive_nlp import errors, textview
from focusfive_nlp.document import Document
from focusfive_nlp.batch import process_file
from focusfive_nlp.evaluation import load_gold, tuples
from focusfive_nlp.pipeline import findings_from_document
from focusfive_nlp.readers import text_document

DATA = Path(__file__).parent / "data"
REPORT = (DATA / "issue9-api-report.txt").read_text(encoding="utf-8")
ANNOTATED = Path(__file__).resolve().parents[1] / "data"


def facts(findings) -> list[tuple]:
    return [(f.section, f.value, f.grade, f.polarity, tuple(f.themes), tuple(f.teams), f.rule) for f in findings]


def assert_exact(text: str, findings) -> None:
    for f in findings:
        assert text[f.start_char:f.end_char] == f.text, (f.start_char, f.end_char, f.text)
        assert f.value is None or 0 <= f.value <= 100


def assert_reads_as_plain(run, plain, text: str) -> list:
    """``text`` (a variant of REPORT) gives REPORT's findings, offsets exact against ``text``."""
    found = run(text)
    assert_exact(text, found)
    assert facts(found) == facts(plain)
    return found


@pytest.fixture(scope="module")
def plain(run):
    found = run(REPORT)
    assert {(f.section, f.value) for f in found} >= {("assessment", 62.0), ("planning", 56.2), ("supervision", 75.0)}
    return found


# --- a str is text unless it names a path that exists ---------------------------------------


def test_a_long_one_liner_is_text_not_a_file_name(run):
    line = "Overall 62% of assessments were graded Good or better, " + "and the reasons were recorded clearly " * 8 + "in the file."
    assert len(line) > 256 and "\n" not in line
    found = run(line)  # was OSError: File name too long
    assert [f.value for f in found if f.value is not None] == [62.0]
    assert_exact(line, found)


@pytest.mark.parametrize("text", ["... See appendix.pdf", "43% of plans were graded Good; see appendix.pdf",
                                  "Full details in Audit Report 2023.docx"])
def test_a_sentence_ending_in_a_file_name_is_text(run, text):
    found = run(text)  # was MissingFileError
    assert_exact(text, found)
    if text.startswith("43%"):
        assert [f.value for f in found] == [43.0]


@pytest.mark.parametrize("text", ["reports/missing-audit-2021.pdf", "audit-2021.docx", "~/no such folder/q1 audit.txt"])
def test_a_str_that_can_only_be_a_missing_report_path_is_a_named_error(tmp_path, monkeypatch, run, text):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(errors.MissingFileError, match="check it, or pass text_document") as info:
        run(text)
    assert info.value.path == text


@pytest.mark.parametrize("text", ["no-such-folder/", "/no/such/archive/"])
def test_a_str_shaped_like_a_missing_folder_warns(tmp_path, monkeypatch, run, text):
    monkeypatch.chdir(tmp_path)
    with pytest.warns(UserWarning, match="names no existing folder"):
        assert run(text) == []  # silently [] before; an error would make any "x/" string raise


def test_a_missing_path_object_names_the_file(tmp_path, run):
    with pytest.raises(errors.MissingFileError, match="no-report.pdf: no such file or folder; check the path"):
        run(tmp_path / "no-report.pdf")


@pytest.mark.parametrize("as_str", [True, False])
def test_a_folder_is_a_named_error_pointing_to_the_batch_api(tmp_path, run, as_str):
    (tmp_path / "a.txt").write_text(REPORT, encoding="utf-8")
    with pytest.raises(errors.FolderError, match="FindingsDataset.from_paths") as info:
        run(str(tmp_path) if as_str else tmp_path)
    assert info.value.path == str(tmp_path)


def test_an_existing_file_named_with_spaces_is_read(tmp_path, run):
    path = tmp_path / "audit report q1 2024.txt"
    path.write_text(REPORT, encoding="utf-8")
    found = run(f"  {path}  ")
    assert found and {f.source for f in found} == {str(path)}


@pytest.mark.parametrize("text", ["", "   \n\t ", "\x00\x00", ".", "/", "~"])
def test_blank_or_pathless_punctuation_gives_no_findings(run, text):
    assert run(text) == []


def test_a_wrong_type_is_a_type_error_saying_what_is_taken(run):
    with pytest.raises(TypeError, match="report's text"):
        run(b"43% of plans were good")


# --- no string crashes it; offsets against the string as given --------------------------------


def test_lone_surrogates(run, plain):
    text = REPORT.replace("Sixteen", "Sixteen\ud83d").replace("CARE PLANNING", "CARE PLANNING\udc00")
    assert_reads_as_plain(run, plain, text)  # was UnicodeEncodeError from the tokenizer


def test_control_characters_and_nul(run, plain):
    text = REPORT.replace("Sixteen files", "Sixteen\x00files").replace("April.", "April.\x07\x1b\x7f\x9b")
    assert_reads_as_plain(run, plain, text)


@pytest.mark.parametrize("eol", ["\r\n", "\r"], ids=["windows", "old-mac"])
def test_line_ends_keep_offsets_exact(run, plain, eol):
    text = REPORT.replace("\n", eol)
    assert_reads_as_plain(run, plain, text)  # offsets used to refer to the text with "\r\n" rewritten


def test_tabs_and_odd_spaces_keep_offsets_exact(run, plain):
    text = REPORT.replace(" of ", "\u00a0of\u2009").replace("- ", "-\t")
    found = assert_reads_as_plain(run, plain, text)
    assert [(f.start_char, f.end_char) for f in found] == [(f.start_char, f.end_char) for f in plain]


def test_windows_line_ends_in_a_file(tmp_path, run, plain):
    path = tmp_path / "windows-report.txt"
    path.write_bytes(REPORT.replace("\n", "\r\n").encode("utf-8"))
    found = run(path)
    raw = path.read_bytes().decode("utf-8")
    assert_exact(raw, found)
    assert facts(found) == facts(plain)


def test_the_document_keeps_the_text_as_given():
    text = REPORT.replace("\n", "\r\n").replace(" ", "\u00a0", 5)
    doc = text_document(text)
    assert doc.text == text
    assert [h.text for h in doc.headings] == ["ASSESSMENT", "CARE PLANNING", "SUPERVISION"]
    assert all(text[h.start:h.end] == h.text for h in doc.headings)


# --- long reports ----------------------------------------------------------------------------------


def _double_spaced(text: str) -> bool:
    """A transcript with a blank line after every line: sentences run on across blank lines."""
    lines = [ln for ln in text.split("\n")]
    runs_on = sum(1 for i in range(len(lines) - 2)
                  if lines[i].strip() and not lines[i + 1].strip() and lines[i + 2][:1].islower())
    return runs_on >= 5


def _annotated_reports() -> list[tuple[str, str, list]]:
    out = []
    for gold_path in sorted(ANNOTATED.glob("*/gold.jsonl")):
        if "blind" in gold_path.parent.name:  # blind sets measure; nothing is developed against them
            continue
        for stem, rec in load_gold(gold_path).items():
            text = (gold_path.parent / rec["doc"]).read_text(encoding="utf-8")
            if _double_spaced(text):  # a whole report's layout: read so alone, not among single-spaced ones
                continue
            out.append((stem, text, rec["findings"]))
    return out


def _long_report(reports, chars: int) -> tuple[str, list[tuple[str, int, int]]]:
    """The reports, over and over under numbered headings, until ``chars`` long; with each copy's span."""
    blocks, spans, pos, copy = [], [], 0, 0
    while pos < chars:
        for stem, text, _gold in reports:
            copy += 1
            block = f"PART {copy}\n\n{text.rstrip()}\n\n"
            spans.append((stem, pos, pos + len(block)))
            blocks.append(block)
            pos += len(block)
    return "".join(blocks), spans


def test_a_long_report_read_in_parts_gives_what_it_gives_whole(nlp):
    reports = _annotated_reports()
    text, _spans = _long_report(reports, 60_000)
    doc = text_document(text)
    whole = findings_from_document(nlp, doc, part_chars=len(text))
    parts = findings_from_document(nlp, doc, part_chars=9_000)
    # (an audit activity's name is as first written in its part, so activities are not compared)
    key = lambda fs: [(f.start_char, f.end_char, f.section, f.section_heading, f.value, f.grade,  # noqa: E731
                       f.grade_qualifier, f.polarity, f.themes, f.teams, f.rule) for f in fs]
    assert len(text) > 6 * 9_000
    assert key(parts) == key(whole)


@pytest.mark.slow
def test_a_1_5_mb_text_report_gives_all_its_figures(run):
    """Over spaCy's 1,000,000-character Doc limit (E088 before): every annotated figure of
    every copy of every report is found where that report alone gives it."""
    reports = _annotated_reports()
    text, spans = _long_report(reports, 1_500_000)
    assert len(text.encode("utf-8")) >= 1_500_000
    found = run(text)
    assert_exact(text, found)
    alone = {stem: tuples([f.to_dict() for f in run(body)]) for stem, body, _gold in reports}
    gold = {stem: tuples(g)["figures"] for stem, _body, g in reports}
    starts = sorted(f.start_char for f in found)
    assert starts[-1] > 1_400_000
    for stem, a, b in spans:
        mine = tuples([f.to_dict() for f in found if a <= f.start_char < b])
        assert mine["figures"] == alone[stem]["figures"], stem
        assert mine["graded_figures"] == alone[stem]["graded_figures"], stem
        assert gold[stem] & alone[stem]["figures"] <= mine["figures"], stem


def test_past_the_limit_is_a_named_permanent_error(tmp_path, monkeypatch, nlp):
    too_long = "x" * (textview.MAX_TEXT_CHARS + 1)
    with pytest.raises(errors.DocumentTooLongError, match="big.txt: text of 50,000,001 characters is over the limit of 50,000,000"):
        text_document(too_long, source="big.txt")
    with pytest.raises(errors.DocumentTooLongError, match="split the report into parts"):
        findings_from_document(nlp, Document(text=too_long, source="big.pdf"))
    # in a batch the error is recorded as permanent, so a rebuild does not retry the same text
    monkeypatch.setattr(textview, "MAX_TEXT_CHARS", 1_000)
    path = tmp_path / "long-report.txt"
    path.write_text(REPORT * 3, encoding="utf-8")
    status, record = process_file(str(path), nlp=nlp)
    assert (status, record.error, record.permanent) == ("error", "DocumentTooLongError", True)
    assert "split the report" in record.message
