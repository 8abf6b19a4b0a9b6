"""Issue 7 (real21): the list headers of partnership learning products and practice weeks. "What made us
proud" heads strengths and "What we learned" heads learning (improvements), as "key learning" does; an
item that turns ("... described well, but it was rarely used") keeps its own side before the turn; and a
run-in "What we will do:" holds plans, which are no findings whatever they name.
"""
from __future__ import annotations

from picks import under


def _qual(findings):
    return [f for f in findings if f.value is None]


def test_what_made_us_proud_heads_strengths(run, report):
    fs = _qual(under(run, report, "What made us proud\n- interpreters booked for every family visit\n"
                                  "- foster carers who said their supervising social workers call back\n",
                     heading="PRACTICE"))
    assert fs and all(f.polarity == "strength" for f in fs)


def test_what_we_learned_heads_improvements(run, report):
    fs = _qual(under(run, report, "What we learned\n- GP surgeries were seldom asked for a report to conference\n"
                                  "- school attendance of older siblings was never linked to the baby's plan\n",
                     heading="PRACTICE"))
    assert fs and all(f.polarity == "improvement" for f in fs)


def test_an_item_that_turns_keeps_its_own_side_before_the_turn(run, report):
    fs = _qual(under(run, report, "What we learned\n- The child's lived experience was described well by the nursery, "
                                  "but it was rarely used to test whether the plan was working\n"
                                  "- GP surgeries were seldom asked for a report\n", heading="PRACTICE"))
    lived = [f for f in fs if "child_centred" in f.themes]
    assert [f.polarity for f in lived] == ["strength"]
    assert [f.polarity for f in fs if "multi_agency" in f.themes] == ["improvement"]


def test_an_item_with_no_turn_keeps_the_header(run, report):
    fs = _qual(under(run, report, "What we learned\n- Health visitors noticed changes well and early\n",
                     heading="PRACTICE"))
    assert [f.polarity for f in fs] == ["improvement"]


def test_what_we_will_do_holds_plans_not_findings(run, report):
    fs = under(run, report, "What we will do: We will agree a step-down plan with Early Help for every "
                            "re-referral by June.", heading="PRACTICE")
    assert fs == []


def test_what_we_know_is_no_actions_label(run, report):
    fs = under(run, report, "What we know: Plans are reviewed on time for children in care.", heading="PLANS")
    assert [f.polarity for f in fs] == ["strength"]


def test_praise_of_some_cases_before_the_turn_keeps_the_header(run, report):
    fs = _qual(under(run, report, "What we learned\n- Some chronologies were full and up to date, but the "
                                  "summaries were late\n", heading="CHRONOLOGY"))
    assert fs and fs[0].polarity == "improvement"
