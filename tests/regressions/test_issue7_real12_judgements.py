"""Issue 7 (real12, real13 kinds): which clauses are findings, their polarity and themes, in
the wordings of an IRO report, committee minutes, a 7 minute briefing, an internal audit, an
improvement plan update, a decision record and a QA newsletter.

Not findings: a term or a rating level defined ("By X we mean", "A Limited opinion means"), a
rule stated ("Regulations say ..."), the lines of a briefing's "Why it matters" and "What good
looks like", a decision record's options and implications and its "To note / To approve" items,
a "You said:" line (people's own words) and a letter's sign-off. Findings: a decision record's
reasons, the "We did:" answer (a strength), a tracker's status line with the action it rates
(also when the title is short), a control rated partly effective, work in need of attention or
harder to do (gaps), a shortfall denied and a fix made since (strengths). Positive and negative
cases, in wordings of our own."""
from __future__ import annotations

import pytest


def findings(run, report, body: str, heading: str = "FINDINGS"):
    return run(report(body, heading=heading))


def texts(fs) -> list[str]:
    return [f.text for f in fs]


def having(fs, words: str):
    return [f for f in fs if words in f.text]


# --- definitions, keys and rules stated ---------------------------------------------------------

@pytest.mark.parametrize("body", [
    "By timely we mean a visit held within ten working days of the referral.\n",
    "A Reasonable opinion means that most controls work and that a few risks are not well managed.\n",
    "Our three opinion levels are Good, Limited and No assurance.\n",
    "Regulations say that each plan must be reviewed at least every six months.\n",
])
def test_a_definition_a_rating_key_or_a_stated_rule_is_no_finding(run, report, body):
    assert findings(run, report, body) == []


def test_a_sentence_about_what_a_rating_meant_for_practice_is_still_a_finding(run, report):
    fs = findings(run, report, "This means that children in the duty team wait too long for a visit.\n")
    assert [f.polarity for f in fs] == ["improvement"]


# --- sections that set context or a standard, a decision record's parts --------------------------

def test_a_briefings_context_and_its_standard_hold_no_findings(run):
    text = ("Learning briefing\n\n1. Why it matters\n\nNeglect builds slowly and is rarely noticed by one agency alone.\n\n"
            "2. What good looks like\n\n- Every agency records what it has seen and who it told.\n"
            "- The risk assessment is reviewed whenever something changes.\n\n"
            "3. What we found\n\n- Health visitors rarely shared information with the school.\n")
    fs = run(text)
    assert texts(fs) == ["Health visitors rarely shared information with the school"]
    assert fs[0].polarity == "improvement"


def test_a_decision_records_reasons_are_findings_but_its_decisions_and_options_are_not(run):
    text = ("Record of decision\n\n1. Decision\n1.1 To note the findings of the audit of pathway plans.\n"
            "1.2 To approve the action plan.\n\n2. Reasons for the decision\n"
            "2.1 The auditors found that pathway plans were detailed and up to date.\n"
            "2.2 Supervision of personal advisers was not consistently recorded.\n\n"
            "3. Options considered\n3.1 Option A - do nothing. Rejected: the weaknesses would remain.\n\n"
            "4. Legal implications\n4.1 The council has a duty to keep accurate records.\n")
    fs = run(text)
    assert len(having(fs, "pathway plans were detailed")) == 1
    assert having(fs, "pathway plans were detailed")[0].polarity == "strength"
    assert [f.polarity for f in having(fs, "not consistently recorded")] == ["improvement"]
    assert not having(fs, "To note") and not having(fs, "To approve")
    assert not having(fs, "Rejected") and not having(fs, "weaknesses would remain") and not having(fs, "duty")


def test_a_purpose_infinitive_is_no_finding_but_an_infinitive_item_under_a_header_is(run, report):
    assert findings(run, report, "To keep the panel informed about the quality of plans for children in care.\n") == []
    fs = findings(run, report, "Recommendations:\n- To ensure that every plan is SMART\n")
    assert [f.polarity for f in fs] == ["improvement"]
    # an infinitive of purpose before the main clause, with a comma, is read as usual
    fs = findings(run, report, "To support this, supervision is now monthly and is of a good quality.\n")
    assert "strength" in {f.polarity for f in fs}


# --- people's words, the answer to them, a sign-off ----------------------------------------------

def test_you_said_is_no_finding_and_we_did_is_a_strength(run):
    text = ("Practice update\n\nYOU SAID / WE DID\n"
            "You said: \u201cThe chronology template is hard to use and repeats itself.\u201d\n"
            "We did: shortened the chronology template to one page and removed the repeated boxes.\n\n"
            "Best wishes,\nThe Practice Team\n")
    fs = run(text)
    assert not having(fs, "You said") and not having(fs, "hard to use") and not having(fs, "Best wishes")
    assert [f.polarity for f in having(fs, "shortened the chronology template")] == ["strength"]


def test_what_we_did_as_a_method_label_is_no_strength(run, report):
    fs = findings(run, report, "What we did: we read 30 case files from the assessment teams.\n")
    assert "strength" not in {f.polarity for f in fs}


# --- a tracker's status lines ---------------------------------------------------------------------

def test_a_status_line_rates_its_short_action_title(run):
    text = ("Improvement plan update\n\nPriority 2 \u2013 Workforce\n\n"
            "Action 2.1 \u2013 Fewer agency social workers\nStatus: ON TRACK\nEvidence: agency use is down.\n\n"
            "Action 2.2 \u2013 Every manager has a personal development plan\nStatus: AT RISK\n\n"
            "Action 2.3 \u2013 Relaunch the threshold guidance with partner agencies\nStatus: COMPLETE\n")
    fs = run(text)
    on_track = having(fs, "Status: ON TRACK")
    assert [f.polarity for f in on_track] == ["strength"] and "agency social workers" in on_track[0].text
    assert "workforce_stability" in on_track[0].themes
    at_risk = having(fs, "Status: AT RISK")
    assert [f.polarity for f in at_risk] == ["improvement"] and "training_need" in at_risk[0].themes
    assert [f.polarity for f in having(fs, "Status: COMPLETE")] == ["strength"]


def test_children_at_risk_are_no_status(run, report):
    fs = findings(run, report, "Plans for children at risk of exploitation were clear and specific.\n")
    assert [f.polarity for f in fs] == ["strength"]


# --- polarity of new wordings --------------------------------------------------------------------

def test_a_control_rated_partly_effective_is_a_gap_and_effective_a_strength(run, report):
    body = ("Area tested                                 Result          Rating\n"
            "Supervision held within the expected frequency   30 of 40   Effective\n"
            "Management decisions recorded on the file        26 of 40   Partly effective\n"
            "Manager sign-off before case closure             11 of 20   Effective\n")
    fs = findings(run, report, body)
    ratings = {f.text.split()[0]: f.polarity for f in fs if f.rule.startswith("table:rating")}
    assert ratings.get("Management") == "improvement"
    assert ratings.get("Manager") == "strength"


@pytest.mark.parametrize("body", [
    "Life story work is the area most in need of attention.\n",
    "Early help assessments are still harder to complete on time.\n",
    "Analysis of risk was thin in most assessments.\n",
])
def test_work_in_need_of_attention_harder_to_do_or_thin_is_a_gap(run, report, body):
    assert "improvement" in {f.polarity for f in findings(run, report, body)}


def test_attention_paid_and_easier_work_are_no_gaps(run, report):
    fs = findings(run, report, "Managers paid close attention to risk, and visits were easier to arrange on time.\n")
    assert "improvement" not in {f.polarity for f in fs}


@pytest.mark.parametrize("body", [
    "No social work posts in the team were vacant at the end of the year.\n",
    "None of the child protection reviews were overdue.\n",
])
def test_a_shortfall_denied_is_a_strength(run, report, body):
    assert {f.polarity for f in findings(run, report, body)} == {"strength"}


def test_a_shortfall_found_stays_a_gap(run, report):
    fs = findings(run, report, "Two social work posts in the team were vacant at the end of the year.\n")
    assert {f.polarity for f in fs} == {"improvement"}


def test_a_fix_made_since_is_a_strength_and_a_rule_in_a_relative_clause_no_need(run, report):
    fs = findings(run, report, "A joint chronology with health has since been introduced for every child.\n")
    assert [f.polarity for f in fs] == ["strength"]
    fs = findings(run, report, "A case summary, which a manager must sign, was added to every closed file.\n")
    assert "improvement" not in {f.polarity for f in fs}


def test_a_rule_said_of_practice_is_still_a_need(run, report):
    fs = findings(run, report, "Plans must be reviewed by a manager before the case is closed.\n")
    assert [f.polarity for f in fs] == ["improvement"]


# --- themes: what the finding judges --------------------------------------------------------------

def test_a_managers_case_direction_is_management_oversight(run, report):
    fs = findings(run, report, "Case direction on the duty files was vague and gave no timescales.\n")
    assert "management_oversight" in {t for f in fs for t in f.themes}


def test_a_direction_of_travel_is_no_management_oversight(run, report):
    fs = findings(run, report, "The direction of travel for the service is positive, and visits were timely.\n")
    assert "management_oversight" not in {t for f in fs for t in f.themes}


@pytest.mark.parametrize("body", [
    "Actions agreed in supervision were rarely followed up at the next session.\n",
    "Follow-up of agreed actions from strategy meetings was weak.\n",
])
def test_agreed_actions_followed_up_or_not_are_plan_progress(run, report, body):
    assert "plan_progress" in {t for f in findings(run, report, body) for t in f.themes}


def test_a_family_followed_up_is_no_plan_progress(run, report):
    fs = findings(run, report, "The family was followed up by the school nurse, which was good practice.\n")
    assert "plan_progress" not in {t for f in fs for t in f.themes}


def test_a_reading_guide_holds_no_findings_but_the_section_after_it_does(run):
    text = ("Quarterly scorecard\n\nHow to read this scorecard\n"
            "Each standard is rated RED where it is not met and GREEN where it is fully met; AMBER is partly met.\n\n"
            "Findings\n\nChronologies were rarely up to date in the assessment teams.\n")
    fs = run(text)
    assert texts(fs) == ["Chronologies were rarely up to date in the assessment teams"]


def test_a_heading_on_how_well_practice_went_is_read(run):
    text = "Quarterly scorecard\n\nHow well did we do?\n\nChronologies were rarely up to date in the assessment teams.\n"
    assert texts(run(text)) == ["Chronologies were rarely up to date in the assessment teams"]


# --- people's own words, quoted whole -------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "WHAT PARENTS TOLD US\n\u201cThere were too many meetings and not enough help.\u201d\n",
    "Young people's words\n- \u201cMy worker never rings me back.\u201d\n",
])
def test_a_sentence_quoted_whole_is_no_finding(run, report, body):
    assert findings(run, report, body) == []


def test_a_quoted_grade_word_or_a_summary_of_the_quotes_is_still_a_finding(run, report):
    fs = findings(run, report, "Parents said there were too many meetings and not enough help from the service.\n")
    assert [f.polarity for f in fs] == ["improvement"]
    fs = findings(run, report, "Plans judged \u201cgood\u201d were clear about risk and timely.\n")
    assert [f.polarity for f in fs] == ["strength"]


def test_a_rule_applied_consistently_is_consistency(run, report):
    fs = findings(run, report, "The threshold guidance is applied consistently by the duty teams.\n")
    assert "consistency" in {t for f in fs for t in f.themes}


def test_a_rule_applied_well_names_no_consistency(run, report):
    fs = findings(run, report, "The threshold guidance is applied well by the duty teams.\n")
    assert fs and "consistency" not in {t for f in fs for t in f.themes}


# --- a slide's capitals title run into its first line ---------------------------------------------

def test_bullets_under_a_run_in_slide_title_keep_their_own_polarity(run):
    text = ("QUARTERLY AUDIT HEADLINES\n\n"
            "CHRONOLOGIES Kept up to date in most files\n"
            "\u2022 Significant events listed without any analysis\n"
            "\u2022 Family history weighed well in the assessment teams\n")
    fs = run(text)
    assert [f.polarity for f in having(fs, "without any analysis")] == ["improvement"]
    assert [f.polarity for f in having(fs, "weighed well")] == ["strength"]
    assert [f.polarity for f in having(fs, "Kept up to date")] == ["strength"]  # the title's own words: a finding


def test_a_short_judged_lead_in_line_still_leads_its_bullets(run, report):
    fs = findings(run, report, "Where practice was strong\n- Chronologies for the younger children\n"
                               "- Direct work with brothers and sisters\n")
    assert {f.polarity for f in fs} == {"strength"} and len(fs) == 2
