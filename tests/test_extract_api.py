"""The Python API: extract() on text and files, traceability of every finding, the §2 fields,
the report year and period, and named errors for bad input."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

import focusfive_nlp
from focusfive_nlp import errors
from focusfive_nlp.findings import Finding

CONTRACT_FIELDS = {
    "doc_id", "source", "report_year", "report_period", "section", "section_heading", "audit_activity", "period",
    "teams", "value", "figure_kind", "count", "denominator", "grade", "grade_qualifier", "measure", "polarity",
    "themes", "text", "start_char", "end_char", "page", "rule",
}

MIXED = """Audit Findings Report 2021/22

Overall, 43% of all cases were graded Good or above across the year.

1. CHRONOLOGY

- 52% had chronologies that were out of date.
- Chronologies did not include significant events in the child's life.

Care Planning:

In the 'This Child' programme (Spring 2021), 36 of 70 plans were graded Good or better. Plans were not
SMART, however the voice of the child was clearly evident.

- PACT/LAC performed less well, in comparison to Jigsaw and AST where there was greater stability.
- 46% were graded RI, 43% Good or above, 11% Inadequate.

## Visits

• 86% of children were seen in accordance with agreed visit frequency.
• The Youth Offending Team struggled to capture the voice of the child.
"""


@pytest.fixture(scope="module")
def mixed(run):
    return run(MIXED)


def test_mixed_report_has_findings(mixed):
    assert len(mixed) >= 10
    assert {f.section for f in mixed} >= {"other", "chronology", "planning", "visiting"}


def test_every_finding_points_back_to_its_evidence(mixed):
    for f in mixed:
        assert MIXED[f.start_char:f.end_char] == f.text, f
        assert f.text.strip() == f.text and f.text
        assert f.rule
        assert f.polarity in {"strength", "improvement", "neutral"}


def test_evidence_across_a_line_wrap(mixed):
    smart = [f for f in mixed if "smart_planning" in f.themes]
    assert smart, [(f.themes, f.text) for f in mixed]
    assert all(MIXED[f.start_char:f.end_char] == f.text for f in smart)
    assert any("SMART" in f.text for f in smart)


def test_section_heading_as_written(mixed):
    headings = {f.section: f.section_heading for f in mixed}
    assert headings["chronology"] == "1. CHRONOLOGY"
    assert headings["planning"] == "Care Planning:"
    assert "Visits" in headings["visiting"]
    assert headings["other"] == ""


def test_report_year_and_period_from_title(mixed):
    assert {(f.report_year, f.report_period) for f in mixed} == {(2021, "2021/22")}


def test_every_contract_field_in_to_dict(mixed):
    for f in mixed:
        d = f.to_dict()
        assert CONTRACT_FIELDS <= set(d), CONTRACT_FIELDS - set(d)
        json.dumps(d)  # JSON-ready
        assert isinstance(d["teams"], list) and isinstance(d["themes"], list)
        assert Finding.from_dict(d) == f


def test_figure_fields(mixed):
    f = next(f for f in mixed if f.value == 51.4)
    assert (f.count, f.denominator, f.grade, f.grade_qualifier, f.section, f.figure_kind) == (
        36, 70, "good", "or_above", "planning", "result")
    assert f.audit_activity is not None and "This Child" in f.audit_activity


def test_qualitative_fields(mixed):
    f = next(f for f in mixed if "Youth Offending" in f.text)
    assert (f.value, f.grade, f.figure_kind, f.polarity, f.teams) == (None, None, None, "improvement", ["YOT"])
    assert "voice_of_child" in f.themes
    assert f.section == "visiting"


def test_text_source_ids(mixed):
    assert {f.page for f in mixed} == {None}
    assert len({f.doc_id for f in mixed}) == 1


@pytest.mark.parametrize(
    "title, year, period",
    [
        ("Audit Findings Report Year 2021", 2021, "2021"),
        ("Annual Audit Report 2019/20", 2019, "2019/20"),
        ("Audit Findings 2021-22", 2021, "2021-22"),
        ("Audit Findings 2018-19", 2018, "2018-19"),
    ],
)
def test_report_year_from_title(run, report, title, year, period):
    fs = run(report("- 43% were graded Good.\n", title=title))
    assert fs
    assert {(f.report_year, f.report_period) for f in fs} == {(year, period)}


def test_no_year_anywhere(run, report):
    fs = run(report("- 43% were graded Good.\n", title="Audit Findings Report"))
    assert fs and {f.report_year for f in fs} == {None}


def test_year_override(run, report):
    fs = run(report("- 43% were graded Good.\n", title="Annual Audit Report 2019/20"), year=2030)
    assert fs and {f.report_year for f in fs} == {2030}


def test_year_from_file_name_and_ids(tmp_path, run, report):
    path = tmp_path / "audit-findings-2018.txt"
    path.write_text(report("- 43% were graded Good.\n", title="Audit Findings Report"), encoding="utf-8")
    for source in (path, str(path)):
        fs = run(source)
        assert len(fs) == 1
        f = fs[0]
        assert f.report_year == 2018
        assert f.doc_id == "audit-findings-2018"
        assert Path(f.source).name == "audit-findings-2018.txt"
        text = path.read_text(encoding="utf-8")
        assert text[f.start_char:f.end_char] == f.text


def test_title_year_wins_over_file_name(tmp_path, run, report):
    path = tmp_path / "audit-2018.md"
    path.write_text(report("- 43% were graded Good.\n", title="# Audit Findings Report 2020"), encoding="utf-8")
    fs = run(path)
    assert fs and fs[0].report_year == 2020


def test_markdown_file(tmp_path, run):
    path = tmp_path / "report.md"
    path.write_text("# Audit Report 2022\n\n## Plans\n\n* 40% of plans were graded Good or above.\n", encoding="utf-8")
    fs = [f for f in run(path) if f.value is not None]
    assert [(f.value, f.section) for f in fs] == [(40.0, "planning")]


def test_default_pipeline_used_when_nlp_not_given(report):
    fs = focusfive_nlp.extract(report("- 43% were graded Good or above.\n"))
    assert 43.0 in [f.value for f in fs]


def test_bullet_styles(run):
    text = "Audit Report 2022\n\nPLANS\n\n- 10% were graded Good.\n• 20% were graded Good.\n* 30% were graded Good.\n"
    fs = [f for f in run(text) if f.value is not None]
    assert sorted(f.value for f in fs) == [10.0, 20.0, 30.0]
    for f in fs:
        assert text[f.start_char:f.end_char] == f.text
        assert not f.text.startswith(("-", "•", "*"))


# --- bad input: named errors naming the file ---------------------------------------


def test_missing_path(tmp_path, run):
    path = tmp_path / "no-such-report.txt"
    with pytest.raises(errors.MissingFileError, match="no-such-report.txt"):
        run(path)


def test_missing_path_as_string(tmp_path, run):
    # a one-line string naming a .txt file that does not exist is a missing file, not a report text
    path = str(tmp_path / "no-such-report.txt")
    with pytest.raises(errors.MissingFileError, match="no-such-report.txt"):
        run(path)


def test_empty_file(tmp_path, run):
    path = tmp_path / "empty-report.txt"
    path.write_text("", encoding="utf-8")
    with pytest.raises(errors.EmptyDocumentError, match="empty-report.txt"):
        run(path)


def test_whitespace_only_file(tmp_path, run):
    path = tmp_path / "blank-report.txt"
    path.write_text("   \n\n  \n", encoding="utf-8")
    with pytest.raises(errors.EmptyDocumentError, match="blank-report.txt"):
        run(path)


def test_binary_file_saved_as_txt(tmp_path, run):
    path = tmp_path / "binary-report.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    with pytest.raises(errors.NotTextError, match="binary-report.txt"):
        run(path)


def test_unknown_extension(tmp_path, run):
    path = tmp_path / "report.xyz"
    path.write_text("Audit Report 2022\n\nPLANS\n\n- 43% were graded Good.\n", encoding="utf-8")
    with pytest.raises(errors.UnsupportedFormatError, match="report.xyz"):
        run(path)


def test_errors_are_focusfive_errors(tmp_path, run):
    with pytest.raises(errors.FocusFiveError) as info:
        run(tmp_path / "gone.txt")
    assert "gone.txt" in str(info.value)
    assert info.value.path and info.value.path.endswith("gone.txt")


def test_figure_before_first_heading(mixed):
    f = next(f for f in mixed if f.section == "other" and f.value is not None)
    assert (f.value, f.grade, f.grade_qualifier, f.section_heading) == (43.0, "good", "or_above", "")


def test_mixed_figures(mixed):
    got = sorted((f.section, f.value, f.grade, f.grade_qualifier) for f in mixed if f.value is not None)
    assert got == [
        ("chronology", 52.0, None, None),
        ("other", 43.0, "good", "or_above"),
        ("planning", 11.0, "inadequate", None),
        ("planning", 43.0, "good", "or_above"),
        ("planning", 46.0, "requires_improvement", None),
        ("planning", 51.4, "good", "or_above"),
        ("visiting", 86.0, None, None),
    ]


def test_mixed_contrast_split(mixed):
    planning = [f for f in mixed if f.section == "planning" and f.value is None]
    pols = {(f.polarity, tuple(f.themes)) for f in planning}
    assert ("improvement", ("smart_planning",)) in pols
    assert ("strength", ("voice_of_child",)) in pols


QA_REPORT = """Quality Assurance Report: Quarter 2 2022/23

Introduction

This report summarises the findings of 48 case audits completed by team managers.

Section 1 - Assessments

Twenty-five per cent of assessments were judged Outstanding and 44 per cent Good. Assessments in the Disabled Children's Team were thorough and child-focused. Analysis of risk was weak in the MASH.

Section 2 - Planning

Of the 48 plans audited, 12 were graded Requires Improvement and 6 were Inadequate. Plans were not always SMART and contingency planning was missing in a third of cases.

Section 3 - Voice of the Child

Scores on this measure were lower than last quarter. Children were seen alone in 81% of cases.
"""


@pytest.fixture(scope="module")
def qa_report(run):
    return run(QA_REPORT)


def test_other_layout_year_and_period(qa_report):
    assert {(f.report_year, f.report_period) for f in qa_report} == {(2022, "Quarter 2 2022/23")}


def test_other_layout_sections(qa_report):
    assert {f.section for f in qa_report} == {"assessment", "planning", "voice_of_child"}
    assert {f.section_heading for f in qa_report if f.section == "planning"} == {"Section 2 - Planning"}


def test_other_layout_introduction_holds_no_finding(qa_report):
    assert not [f for f in qa_report if "summarises" in f.text]


def test_other_layout_figures(qa_report):
    got = {(f.section, f.value, f.grade, f.count, f.denominator) for f in qa_report if f.value is not None}
    assert {
        ("assessment", 25.0, "outstanding", None, None),
        ("assessment", 44.0, "good", None, None),
        ("planning", 25.0, "requires_improvement", 12, 48),
        ("planning", 12.5, "inadequate", 6, 48),
        ("voice_of_child", 81.0, None, None, None),
    } <= got


def test_other_layout_teams(qa_report):
    got = {(tuple(f.teams), f.polarity) for f in qa_report if f.teams}
    assert got == {(("Disabled Children",), "strength"), (("MASH",), "improvement")}


def test_other_layout_offsets(qa_report):
    for f in qa_report:
        assert QA_REPORT[f.start_char:f.end_char] == f.text


def test_every_public_name_resolves():
    import focusfive_nlp

    assert set(focusfive_nlp.__all__) - {"__version__"} == set(focusfive_nlp._EXPORTS)
    for name in focusfive_nlp.__all__:
        assert getattr(focusfive_nlp, name) is not None


@pytest.mark.parametrize(
    "text",
    [
        "x", "PLANS", "Grade | Share\n| \n|||", "0 of 0 cases were graded Good.", "Of these, 5 were good.",
        "100% of plans were Good or above; 0% Inadequate.", "Of the 19, 25 were good.", "-\n-\n•", "## \n#",
        "a | b\n1 | 2\n3 | 4 | 5 | 6", "Quarter | Good | Total\nQ1 | 5 | 0\nQ2 | x | 10", "Good in 14.", "(82.5%) (82.5%)",
    ],
)
def test_odd_text_gives_findings_or_nothing_never_a_crash(run, text):
    for f in run(text):
        assert text[f.start_char:f.end_char] == f.text
        assert f.value is None or 0 <= f.value <= 100
