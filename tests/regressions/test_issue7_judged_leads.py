"""Issue 7 (real6 kinds): a lead-in that judges a named measure before a colon ("Reviews
within 15 days remain a worry: 61% ...") is a finding of its own, and the figure after the
colon takes the polarity of what it measures (the attribute the lead-in's subject names);
where the subject names no attribute, the figure bears the judgement out, unless the figure
names its own measure after the colon ("Decisions are timely: 96% were made within a day"):
then the lead-in is a finding of its own too. A change named as
"an improvement on" an earlier state is a strength; the need for improvement is not.
Positive and negative cases."""
from __future__ import annotations

import pytest


def findings(run, report, body):
    return run(report(body, heading="HEALTH"))


def test_a_judged_lead_in_is_its_own_finding_and_the_figure_measures_its_subject(run, report):
    body = "Dental checks within 20 working days of entering care remain a concern: 61% in the year.\n"
    fs = findings(run, report, body)
    figure = next(f for f in fs if f.value == 61)
    assert figure.polarity == "strength", figure.rule
    lead = [f for f in fs if f.value is None and f.text.rstrip().endswith("remain a concern")]
    assert lead and lead[0].polarity == "improvement" and "remain a concern" in lead[0].rule


def test_a_lead_in_naming_no_attribute_still_judges_its_figure(run, report):
    # the subject names nothing the figure could measure: the figure bears the judgement out
    body = "Visits were frequent, continuity was not: three in ten young people had had three or more personal advisers.\n"
    figure = next(f for f in findings(run, report, body) if f.value == 30)
    assert figure.polarity == "improvement", figure.rule


def test_a_lead_in_with_no_judgement_makes_no_finding(run, report):
    body = "Dental checks within 20 working days of entering care: 61% in the year.\n"
    fs = findings(run, report, body)
    assert [f.value for f in fs] == [61] and fs[0].polarity == "strength"


@pytest.mark.parametrize("body", [
    "Care plans for children in care showed a marked improvement on last year.\n",
    "Recording of health needs was an improvement on the previous audit.\n",
])
def test_an_improvement_on_an_earlier_state_is_a_strength(run, report, body):
    fs = findings(run, report, body)
    assert fs and all(f.polarity == "strength" for f in fs), [f.rule for f in fs]


@pytest.mark.parametrize("body", [
    "Care plans for children in care still need to improve.\n",
    "Recording of health needs was an area for improvement.\n",
])
def test_the_need_for_improvement_stays_an_improvement(run, report, body):
    fs = findings(run, report, body)
    assert fs and all(f.polarity == "improvement" for f in fs), [f.rule for f in fs]


def test_an_improvement_on_beside_a_figure_is_still_its_direction(run, report):
    # the phrase names the change: the figure keeps its own direction finding
    fs = run(report("Overall, 61% of audits were graded good or better, an improvement on the previous year.\n",
                    heading="GRADES"))
    assert any(f.rule == "figure:judgement" and f.polarity == "strength" for f in fs), [f.rule for f in fs]


def test_a_quoted_header_is_no_possession(run, report):
    fs = run(report("The main areas of 'Good Practice' were analysis and direct work.\n", heading="GRADES"))
    assert fs and all(f.polarity == "strength" for f in fs)
    assert any("judged as 'Good Practice'" in f.rule for f in fs), [f.rule for f in fs]


# a judged lead-in before a figure that names its own measure (real7, real8) ------------------

def test_a_judged_lead_in_before_a_figure_with_its_own_measure_is_its_own_finding(run, report):
    body = "Strategy meetings are timely: 88% were held within three working days.\n"
    fs = findings(run, report, body)
    figure = next(f for f in fs if f.value == 88)
    assert figure.polarity == "strength", figure.rule
    lead = [f for f in fs if f.value is None and f.text.rstrip() == "Strategy meetings are timely"]
    assert lead and lead[0].polarity == "strength", [f.text for f in fs]


def test_a_lead_in_that_only_labels_a_measured_figure_stays_part_of_it(run, report):
    # no verb and no judgement before the colon: a label of the figure, not a finding
    body = "Strategy meetings: 88% were held within three working days.\n"
    fs = findings(run, report, body)
    assert [f.value for f in fs] == [88]
