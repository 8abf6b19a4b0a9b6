"""Issue 7 (real6 kind): a sentence may open with a plural of initials ("GPs", "IROs"): the
full stop before it ends the sentence, so two findings do not merge and share their teams and
themes. An abbreviation's stop still ends nothing. Positive and negative cases."""
from __future__ import annotations


def test_a_plural_of_initials_opens_a_sentence(run, report):
    body = ("MASH decisions were timely and clearly recorded. IROs challenged drift in only a handful of "
            "reviews, which was too few.\n")
    fs = run(report(body, heading="DECISIONS"))
    first = [f for f in fs if "MASH" in f.teams]
    assert first and all("IROs" not in f.text for f in first)
    assert any(f.text.startswith("IROs") for f in fs)


def test_an_abbreviation_before_initials_ends_no_sentence(run, report):
    body = "Information came from partners, e.g. GPs and schools, and was shared promptly.\n"
    fs = run(report(body, heading="DECISIONS"))
    assert fs and any("e.g. GPs" in f.text for f in fs)
