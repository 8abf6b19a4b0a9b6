"""Builds gold.jsonl for real-blind8 from hand-written annotations (FINDINGS.md §7 fields).

BLIND SET: never run the extractor on this folder. Only scripts/check_gold.py checks it.

Every finding below is written by hand. scripts/gold_builder.py fills the fixed fields, picks the
nearest listed heading above each quote, computes value = 100*count/denominator (1 decimal),
writes U+00A0 for '¤' (documents and quotes), checks every quote occurs in its document and
that no two figures of a document share a section and a rounded value. This script adds: every
quote is unique in its document, and no value ends in .5 (the scorer rounds to 0 decimals).

F(quote, polarity, themes "a b", teams "A|B", v=value, c=count, d=denominator, k=figure_kind,
  g=grade, q=qualifier, m=measure, per=period, act=audit_activity)
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(HERE.parents[2] / "scripts"))
from gold_builder import F, GoldSet, NB  # noqa: E402

S, I, N = "strength", "improvement", "neutral"
G = GoldSet(HERE)


def text_of(name):
    return (HERE / name).read_text(encoding="utf-8").replace("¤", NB)


def row(name, label):
    """The whole table line starting with `label` (table cells are quoted by their row)."""
    lines = [ln.strip() for ln in text_of(name).splitlines() if ln.strip().startswith(label)]
    assert len(lines) == 1, (name, label, lines)
    return lines[0]


# 1 ─ cabinet minutes with an audit item ───────────────────────────────────────────────────
n = "cabinet-minutes-audit-item-2024.txt"
A44 = "44. QUALITY OF SOCIAL WORK PRACTICE – AUDIT REPORT, QUARTER 1 2024/25"
m_gb = "audits graded good or outstanding"
G.doc(n, 2024, "monthly case audits", "between April and June 2024", [A44], [
    F("graded good or outstanding (62%)", S, c=52, d=84, g="good", q="or_above", m=m_gb),
    F("compared with 55% in quarter 4 of 2023/24", S, v=55.0, g="good", q="or_above", m=m_gb,
      per="quarter 4 of 2023/24"),
    F("Seven audits were graded inadequate", I, c=7, d=84, g="inadequate", m="audits graded inadequate"),
    F("none remained inadequate at re-audit", S),
    F("Children’s voices came through strongly", S, "voice_of_child"),
    F("in three quarters of the files", S, "voice_of_child", v=75.0,
      m="files recording the child’s wishes and feelings in their own words"),
    F("direct work was evident in 58 of\nthe 84", S, "relationships", c=58, d=84, m="files with direct work evident"),
    F("Assessment remained the weakest area", I),
    F("Only 39 of the 84 assessments analysed risk well\nenough", S, "risk_analysis", c=39, d=84,
      m="assessments that analysed risk well enough"),
    F("chronologies were out of date in 26 files", I, "timeliness", c=26, d=84,
      m="files with out-of-date chronologies"),
    F("Management oversight was recorded on 70 files (83%)", S, "management_oversight", c=70, d=84,
      m="files with management oversight recorded"),
    F("the Child Protection teams’\nrecords showed fewer supervision discussions", I,
      "management_oversight reflection_analysis", "Child Protection"),
    F("The Disabled Children’s Team had the highest grades of any team", S, tm="Disabled Children"),
    F("9 of its 11\naudits good or better", S, tm="Disabled Children", c=9, d=11, g="good", q="or_above",
      m="Disabled Children’s Team audits graded good or better"),
    F("the share of good or better audits had risen", S),
    F("“not yet where it needs to be” on assessment", I),
    F("of whom 418 were children in care", N, tm="LAC", c=418, d=1912,
      m="children open to the service who were in care", per="30 June 2024"),
])

# 2 ─ IRO annual report, quality of care plans (hard-wrapped) ──────────────────────────────
n = "iro-annual-report-quality-of-plans-2023-24.txt"
H = ["Section 6 – Quality of Care Plans", "Ratings", "What good plans look like", "Where plans fall short",
     "Midway monitoring", "Permanence", "Participation", "Priorities for 2024–25"]
prev = "2022–23: 53%, 36% and 11%"
G.doc(n, 2023, "IRO ratings of care plans", "1 April 2023 to 31 March 2024", H, [
    # Ratings (other)
    F("262 (60%) were rated\ngood or outstanding", S, c=262, d=436, g="good", q="or_above",
      m="care plans rated good or outstanding"),
    F("139 (32%) as requiring improvement", I, c=139, d=436, g="requires_improvement",
      m="care plans rated requires improvement"),
    F("35 (8%) as\ninadequate", I, c=35, d=436, g="inadequate", m="care plans rated inadequate"),
    F(prev, S, v=53.0, g="good", q="or_above", m="care plans rated good or outstanding", per="2022–23"),
    F(prev, I, v=36.0, g="requires_improvement", m="care plans rated requires improvement", per="2022–23"),
    F(prev, I, v=11.0, g="inadequate", m="care plans rated inadequate", per="2022–23"),
    F("share of good or better plans has risen", S),
    F("lowest since the scale was introduced", S),
    F("Plans for children placed with foster carers were rated most highly", S, tm="Fostering"),
    F("71% good or better", S, tm="Fostering", v=71.0, g="good", q="or_above",
      m="plans for children placed with foster carers rated good or better"),
    F("Plans for children placed at home with parents remain the\nweakest", I),
    F("only 9 of the 23 were rated good or better", S, c=9, d=23, g="good", q="or_above",
      m="plans for children placed at home with parents rated good or better"),
    # What good plans look like (planning)
    F("The best plans were written to the child, in plain language", S, "voice_of_child smart_planning"),
    F("IROs saw this most often in\nthe Children with Disabilities Team", S, "child_centred", "Disabled Children"),
    F("Seventy-four per¤cent of plans now include a contingency plan", S, v=74.0,
      m="plans with a contingency plan"),
    F("61%\nlast year", S, v=61.0, m="plans with a contingency plan", per="2022–23"),
    F("up from 61%", S),
    # Where plans fall short (planning)
    F("Too many plans are still lists of services rather than outcomes", I, "smart_planning"),
    F("just under half of plans to be specific and\nmeasurable", I, "smart_planning"),
    F("a third of plans had no timescales against their actions", I, "smart_planning", v=33.3,
      m="plans with no timescales against their actions"),
    F("Health and education sections were usually current", S, "timeliness"),
    F("Plans were less often\nupdated after a change of placement", I, "timeliness"),
    F("in 41 of the 118 moves reviewed", I, "timeliness", c=41, d=118,
      m="placement moves after which the plan was not updated before the next review"),
    F("Pathway plans for care leavers were the least consistent", I, "consistency", "Pathway|Care Leavers"),
    F("Some were\nthorough", S),
    F("others had been copied forward from the previous plan", I, "recording_quality"),
    # Midway monitoring (other)
    F("Midway checks were recorded for 388 of the 436 plans (89%)", S, "plan_progress", c=388, d=436,
      m="plans with a midway check recorded"),
    F("compared with 77%\nin 2022–23", S, "plan_progress", v=77.0, m="plans with a midway check recorded",
      per="2022–23"),
    F("the IRO raised it with the team manager\nin writing in most cases", S, "drift_delay"),
    F("the manager’s response was not always recorded", I, "recording_quality management_oversight"),
    # Permanence (other)
    F("97 were still waiting for their permanence plan", I, "permanence", c=97, d=436,
      m="children still waiting for a confirmed permanence plan at their second review"),
    F("IROs are not yet confident that permanence is considered early enough", I, "permanence timeliness", "LAC"),
    # Participation (other)
    F("Ninety-one per¤cent of children aged four and over took part", S, "voice_of_child", v=91.0,
      m="children aged four and over who took part in their review"),
    F("Fewer older young people chaired or co-chaired their own", I, "voice_of_child"),
])

# 3 ─ safeguarding partnership multi-agency audit briefing ─────────────────────────────────
n = "partnership-multi-agency-audit-briefing-2025.txt"
H = ["Why we looked", "How we looked", "What we found", "Strengths", "Areas for improvement",
     "Agency records graded good or better"]
m_rec = "agency records graded good or better"
G.doc(n, 2025, "multi-agency audit", "October 2024", H, [
    F("it featured in 38%\nof contacts in 2023–24", N, tm="MASH", v=38.0,
      m="contacts to the MASH featuring domestic abuse", per="2023–24"),
    F("Good 4", S, "multi_agency", c=4, d=12, g="good", m="children whose multi-agency response was graded good"),
    F("Requires Improvement 5", I, "multi_agency", c=5, d=12, g="requires_improvement",
      m="children whose multi-agency response was graded requires improvement"),
    F("Inadequate 3", I, "multi_agency", c=3, d=12, g="inadequate",
      m="children whose multi-agency response was graded inadequate"),
    F("The MASH shared police notifications with health and schools within one working day for\n    9 of the 12",
      S, "multi_agency timeliness", "MASH", c=9, d=12,
      m="children whose police notification the MASH shared within one working day"),
    F("Strategy discussions were held promptly", S, "timeliness multi_agency"),
    F("every agency that needed to be there was", S, "multi_agency"),
    F("Health visitors routinely asked about domestic abuse at contacts and recorded the answer", S,
      "recording_quality"),
    F("safety plans were clear and had been shared", S, "family_engagement multi_agency"),
    F("Schools learned of the incident late", I, "timeliness multi_agency"),
    F("after more than five school days in half of the", I, "timeliness multi_agency", v=50.0,
      m="cases where schools learned of the incident after more than five school days"),
    F("The child’s own account was missing from 8 of the 12 assessments", I, "voice_of_child", c=8, d=12,
      m="assessments missing the child’s own account"),
    F("the lived experience of\n    babies and toddlers was described least well", I, "child_centred"),
    F("Perpetrators were rarely engaged", I, "family_engagement"),
    F("no agency followed this up", I, "multi_agency family_engagement", "Early Help|MASH"),
    F("Not yet consistent: the use of the DASH risk checklist", I, "consistency risk_analysis template_use"),
    F(row(n, "Children’s social care"), S, c=7, d=12, g="good", q="or_above", m="children’s social care " + m_rec),
    F(row(n, "Police  "), S, c=10, d=12, g="good", q="or_above", m="police " + m_rec),
    F(row(n, "Health (HV"), S, c=6, d=10, g="good", q="or_above", m="health " + m_rec),
    F(row(n, "Education  "), S, c=4, d=11, g="good", q="or_above", m="education " + m_rec),
    F(row(n, "Domestic abuse service"), S, c=6, d=7, g="good", q="or_above", m="domestic abuse service " + m_rec),
    F("Education records were the weakest", I, "multi_agency"),
    F("Police records were thorough and timely", S, "recording_quality timeliness"),
])

# 4 ─ inspectorate monitoring visit letter ─────────────────────────────────────────────────
n = "monitoring-visit-letter-2024.txt"
H = ["Areas covered by the visit", "Headline findings", "Findings and evaluation of progress"]
G.doc(n, 2024, "monitoring visit", "22 and 23 October 2024", H, [
    F("senior leaders have strengthened the management of the child\nprotection service", S,
      "management_oversight", "Child Protection"),
    F("subject to child protection plans now have plans that are reviewed regularly", S, "plan_progress"),
    F("fewer\nchildren are subject to plans for long periods", S, "drift_delay"),
    F("the quality of practice is still too\nvariable", I, "consistency"),
    F("drift and delay persist because plans are not progressed quickly", I, "drift_delay plan_progress"),
    F("Leaders have an accurate understanding of the service’s strengths and weaknesses", S,
      "management_oversight"),
    F("quality assurance activity is now regular", S, "management_oversight"),
    F("leaders graded 41% as\ngood or better", S, v=41.0, g="good", q="or_above",
      m="audits graded good or better by leaders", act="quality assurance audits",
      per="between April and September 2024"),
    F("Child protection conferences are held on time", S, "timeliness", "Child Protection"),
    F("conference chairs now challenge when plans\nare not working", S, "plan_progress", "Child Protection"),
    F("Core groups meet regularly", S, "multi_agency"),
    F("minutes are not always shared with parents\npromptly", I, "timeliness family_engagement"),
    F("some parents told inspectors they did not understand what was expected of them", I,
      "family_engagement"),
    F("Social workers visit children regularly", S),
    F("most see children alone", S, "voice_of_child"),
    F("Direct work is creative\nfor younger children", S, "relationships"),
    F("are not consistently captured in assessments and plans", I, "voice_of_child consistency"),
    F("Assessments are more analytical than at the last visit", S, "reflection_analysis"),
    F("Most consider family history", S, "family_history child_centred"),
    F("assessments had not been updated when risks changed", I, "timeliness risk_analysis"),
    F("This has led to decisive action for some children", S, "decision_making"),
    F("the reviews have\nnot resulted in a clear plan", I, "drift_delay plan_progress"),
    F("Management oversight is evident on almost all children’s records", S, "management_oversight"),
    F("Supervision is regular", S, "management_oversight"),
    F("it does not consistently include reflection on the child’s progress", I,
      "reflection_analysis management_oversight consistency"),
    F("The workforce is more stable", S, "workforce_stability"),
    F("Leaders have reduced the proportion of agency social workers", S, "workforce_stability"),
    F("to 22% over the last year", I, "workforce_stability", v=22.0, m="agency social workers"),
    F("from 38%", I, "workforce_stability", v=38.0, m="agency social workers", per="a year earlier"),
    F("caseloads are manageable for most staff", S),
    F("qualified social workers spoke positively about the support they receive", S, "training_need"),
    F("the consistency of children’s plans", I, "consistency smart_planning"),
    F("capturing the views of older children in assessments and plans", I, "voice_of_child"),
    F("making sure that the oversight of children subject to plans for long periods", I,
      "management_oversight decision_making timeliness"),
])

# 5 ─ quarterly performance and quality report with tables ─────────────────────────────────
n = "performance-quality-report-q2-2024-25.txt"
H = ["1. Summary", "2. Scorecard extract", "3. Commentary", "4. Quality of practice: case audits", "5. Workforce"]
sc = []
for ref, actual, pol_a, target, rag, th, tm, meas in [
        ("F1", 93.1, S, 96.0, I, "timeliness", "", "referrals with a decision within 1 working day"),
        ("F2", 21.4, I, 18.0, I, "", "", "re-referrals within 12 months"),
        ("A1", 88.6, S, 85.0, S, "timeliness", "", "assessments completed within 45 working days"),
        ("C1", 79.0, S, 90.0, I, "timeliness", "Child Protection", "child protection conferences within 15 days"),
        ("C2", 94.2, S, 100.0, I, "timeliness", "", "visits to children on child protection plans within 10 days"),
        ("L1", 97.3, S, 92.0, S, "timeliness", "LAC", "looked after reviews held on time"),
        ("L2", 8.7, I, 10.0, S, "permanence", "LAC", "children in care with 3 or more placements in 12 months"),
        ("L3", 61.0, S, 60.0, S, "", "Care Leavers", "care leavers in education, employment or training")]:
    r = row(n, ref + " ")
    sc += [F(r, pol_a, th, tm, v=actual, m=meas, per="Quarter 2 2024/25"),
           F(r, N, "", tm, v=target, k="target", m=meas),
           F(r, rag, th, tm)]
aud = dict(act="case audits", per="July to September 2024")
m_a = "audits graded good or better"
G.doc(n, 2024, None, "Quarter 2 2024/25", H, [
    F("10 are rated Green", S, c=10, d=18, m="scorecard measures rated Green"),
    F("6 Amber", I, c=6, d=18, m="scorecard measures rated Amber"),
    F("2 Red", I, c=2, d=18, m="scorecard measures rated Red"),
    F("contacts to the front door rose by 7%", N, v=7.0, k="change", m="contacts to the front door"),
    F("grades improved for the third quarter running", S),
    *sc,
    F("95.2% in quarter 1", S, "timeliness", v=95.2, m="referrals with a decision within 1 working day",
      per="quarter 1"),
    F("Referral decisions (F1) slipped from", I, "timeliness workforce_stability"),
    F("both posts have since been filled", S, "workforce_stability"),
    F("Conference timeliness (C1) is the service’s main concern", I, "timeliness"),
    F("Fourteen of the 57 conferences in\nthe quarter were late", I, "timeliness multi_agency", c=14, d=57,
      m="conferences held late"),
    F("Re-referrals (F2) remain above target", I),
    F("have fallen for two quarters", S),
    F("reached the target for the first", S, tm="Care Leavers"),
    F(row(n, "Early Help  "), S, tm="Early Help", c=10, d=14, g="good", q="or_above", m=m_a, **aud),
    F(row(n, "Assessment and Intervention  "), S, c=11, d=22, g="good", q="or_above", m=m_a, **aud),
    F(row(n, "Child Protection  "), S, tm="Child Protection", c=8, d=18, g="good", q="or_above", m=m_a, **aud),
    F(row(n, "Children in Care  "), S, tm="LAC", c=13, d=20, g="good", q="or_above", m=m_a, **aud),
    F(row(n, "Total  "), S, c=42, d=74, g="good", q="or_above", m=m_a, **aud),
    F("Early Help audits were graded highest", S, tm="Early Help", **aud),
    F("Assessment and Intervention remains the weakest\nservice", I, **aud),
    F("5 of the 22 audits were inadequate", I, c=5, d=22, g="inadequate",
      m="Assessment and Intervention audits graded inadequate", **aud),
    F("the voice of the child\nwas the strongest element", S, "voice_of_child", **aud),
    F("management oversight the weakest", I, "management_oversight", **aud),
    F("better in only 31 of the 74 files", S, "management_oversight", c=31, d=74, g="good", q="or_above",
      m="files with oversight judged good or better", **aud),
    F("Agency social workers make up 17% of the workforce", I, "workforce_stability", v=17.0,
      m="agency social workers in the workforce"),
    F("(Q1: 19%)", I, "workforce_stability", v=19.0, m="agency social workers in the workforce", per="Q1"),
    F("Vacancy rate: 14%", I, "workforce_stability", v=14.0, m="social worker posts vacant"),
])

# 6 ─ thematic audit: children at risk of exploitation ─────────────────────────────────────
n = "thematic-audit-exploitation-2024.txt"
H = ["1. Why this audit", "2. Sample and method", "3. Overall grades", "4. Assessment", "5. Planning",
     "6. Working with partners", "7. Voice of the child", "8. Management oversight", "9. Recommendations"]
G.doc(n, 2024, "thematic audit of children at risk of exploitation", "August–September 2024", H, [
    F("Six of the 26 children were in care", N, tm="LAC", c=6, d=26, m="audited children who were in care"),
    F("four were open to the YOS", N, tm="YOS", c=4, d=26, m="audited children open to the YOS"),
    F("Nine files were graded good (35%)", S, c=9, d=26, g="good", m="files graded good"),
    F("twelve required improvement (46%)", I, c=12, d=26, g="requires_improvement",
      m="files graded requires improvement"),
    F("five were inadequate\n(19%)", I, c=5, d=26, g="inadequate", m="files graded inadequate"),
    F("54% of files were good or\nbetter", S, v=54.0, g="good", q="or_above",
      m="files graded good or better across the service", act="service-wide audit programme",
      per="the same quarter"),
    F("these children’s files are weaker than the average", I),
    F("The exploitation screening tool had been completed in 21 of the 26 files", S, "template_use risk_analysis",
      c=21, d=26, m="files with the exploitation screening tool completed"),
    F("was up to\n     date in most", S, "timeliness"),
    F("Assessments described where and with whom children spent their time", S, "risk_analysis"),
    F("Analysis of push and pull factors was weak", I, "reflection_analysis risk_analysis"),
    F("it was good in only 8 files", S, "reflection_analysis", c=8, d=26,
      m="files with good analysis of push and pull factors"),
    F("Not yet routine: considering whether a child’s missing episodes are linked", I, "risk_analysis"),
    F("Safety plans were in place for every child", S),
    F("17 of the 26 had been updated after the\n     latest missing episode or incident", S,
      "timeliness plan_progress", c=17, d=26, m="safety plans updated after the latest missing episode or incident"),
    F("Plans seldom included disruption activity against the adults involved", I, "risk_analysis multi_agency"),
    F("this was not yet recorded on the child’s plan", I, "recording_quality multi_agency"),
    F("care plans and exploitation safety plans did not refer to\n     each other", I, tm="LAC"),
    F("Return home interviews were offered after 49 of the 61 missing episodes", S, c=49, d=61,
      m="missing episodes after which a return home interview was offered"),
    F("completed within 72¤hours after 38 (62%)", S, "timeliness", c=38, d=61,
      m="missing episodes with a return home interview completed within 72 hours"),
    F("The strategy meetings we saw were\nwell attended by police, health and the YOS", S, "multi_agency", "YOS"),
    F("information was shared quickly", S, "multi_agency timeliness", "YOS"),
    F("invited to only 7 of the 19 strategy meetings", S, "multi_agency", c=7, d=19,
      m="strategy meetings to which schools were invited"),
    F("22 of the\nchildren were in school", N, c=22, d=26, m="audited children in school"),
    F("Schools are too often left out", I, "multi_agency"),
    F("Children’s own words were recorded in 20 of the 26 files", S, "voice_of_child", c=20, d=26,
      m="files recording the child’s own words"),
    F("in 5 files the recording\ndescribed children as “putting themselves at risk”", I,
      "recording_quality child_centred", c=5, d=26, m="files describing children as putting themselves at risk"),
    F("Oversight was recorded on every file", S, "management_oversight"),
    F("In 14 of the 26, the manager’s direction addressed the\nexploitation risk specifically", S,
      "management_oversight risk_analysis", c=14, d=26,
      m="files where the manager’s direction addressed the exploitation risk"),
    F("in the rest it was generic", I, "management_oversight"),
    F("The exploitation screening tool should be reviewed at every child in care review", I,
      "template_use risk_analysis", "LAC"),
    F("Managers should make sure that disruption activity is recorded", I,
      "recording_quality management_oversight multi_agency"),
    F("The Board should ask school safeguarding leads to attend strategy meetings", I, "multi_agency"),
])

# 7 ─ practice week slides ─────────────────────────────────────────────────────────────────
n = "practice-week-slides-2025.txt"
H = ["THE YEAR IN NUMBERS", "WHAT’S GOING WELL", "EVEN BETTER IF…", "SPOTLIGHT: CHRONOLOGIES",
     "SPOTLIGHT: VISITS", "WHAT CHILDREN AND FAMILIES TOLD US"]
m_ch = "chronologies in date at audit"
vis = []
for label, val, th, rag in [("Visits within timescale", 91.0, "timeliness", S),
                            ("Child seen alone and this is recorded", 84.0, "voice_of_child", S),
                            ("Purpose of visit linked to the plan", 66.0, "plan_progress", I),
                            ("Visit recorded within 3 working days", 47.0, "timeliness recording_quality", I)]:
    r = row(n, label)
    vis += [F(r, S, th, v=val, m=label[0].lower() + label[1:]), F(r, rag, th)]
G.doc(n, 2025, "case audits", "April 2024 – March 2025", H, [
    F("63%\ngood or better", S, v=63.0, g="good", q="or_above", m="audits graded good or better"),
    F("(last year 57%)", S, v=57.0, g="good", q="or_above", m="audits graded good or better", per="last year"),
    F("1 in 10\ninadequate", I, v=10.0, g="inadequate", m="audits graded inadequate"),
    F("4 out of 5\nchildren seen alone at their last visit", S, "voice_of_child", v=80.0,
      m="children seen alone at their last visit"),
    F("Children’s voices heard", S, "voice_of_child"),
    F("Warm, respectful recording written to the child", S, "recording_quality voice_of_child"),
    F("Early Help step-down plans picked up within 5 days", S, "timeliness", "Early Help"),
    F("Life story work started sooner for children in care", S, "relationships", "LAC"),
    F("Chronologies kept up to date", I, "timeliness"),
    F("only 51% in date across the year", S, "timeliness", v=51.0, m="chronologies in date"),
    F("Fathers asked for their view – not yet routine", I, "family_engagement"),
    F("Plans that say what will change for the child", I, "smart_planning child_centred"),
    F("Supervision notes that show thinking", I, "management_oversight reflection_analysis"),
    F("Q1  44%", S, "timeliness", v=44.0, m=m_ch, per="Q1"),
    F("Q2  49%", S, "timeliness", v=49.0, m=m_ch, per="Q2"),
    F("Q3  55%", S, "timeliness", v=55.0, m=m_ch, per="Q3"),
    F("Q4  52%", S, "timeliness", v=52.0, m=m_ch, per="Q4"),
    F("Children in Care teams (68%)", S, "timeliness", "LAC", v=68.0, m=m_ch + " (Children in Care teams)"),
    F("Assessment (39%)", S, "timeliness", v=39.0, m=m_ch + " (Assessment)"),
    F("Better in the Children in Care teams", S, "timeliness", "LAC"),
    F("What gets missed: significant events for the child", I, "family_history child_centred"),
    *vis,
    F("17 said their worker explained things clearly", S, "family_engagement", c=17, d=23,
      m="families who said their worker explained things clearly"),
])

# 8 ─ regional commentary with comparisons between councils ────────────────────────────────
n = "regional-commentary-audit-returns-2023-24.txt"
H = ["About this commentary", "Headline messages", "1. Audit grades by council", "2. Timeliness of assessments",
     "3. Plans and reviews", "4. Supervision and oversight", "5. Workforce", "6. What the Alliance will do next"]
m_g, m_i = "audits graded good or better", "audits graded inadequate"
tab = []
for council, good, inad in [("Ashcombe", 59, 8), ("Brindlemoor", None, 16), ("Corrisford", 62, 7),
                            ("Dunmere", 55, 11), ("Emberton", None, 4), ("Felham", 57, 10),
                            ("Gorsey Bank", 63, 6), ("Hollinwick", 52, 13), ("Kelderby", 60, 5)]:
    r = row(n, council + "  ")
    if good is not None:  # Brindlemoor's and Emberton's good-or-better cells restate the headline range
        tab.append(F(r, S, v=float(good), g="good", q="or_above", m=f"{m_g} ({council})"))
    tab.append(F(r, I, v=float(inad), g="inadequate", m=f"{m_i} ({council})"))
G.doc(n, 2023, "case audit returns", "April 2023 to March 2024", H, [
    F("58 per¤cent of audits were graded good or better", S, v=58.0, g="good", q="or_above", m=m_g),
    F("53 per¤cent in", S, v=53.0, g="good", q="or_above", m=m_g, per="2022/23"),
    F("up from 53 per¤cent", S),
    F("The share graded inadequate fell to 9 per¤cent", I, v=9.0, g="inadequate", m=m_i),
    F("(2022/23: 12 per¤cent)", I, v=12.0, g="inadequate", m=m_i, per="2022/23"),
    F("The share graded inadequate fell", S),
    F("The gap between councils remains wide", I, "consistency"),
    F("41 per¤cent in\n   Brindlemoor", S, v=41.0, g="good", q="or_above", m=m_g + " (Brindlemoor)"),
    F("76 per¤cent in Emberton", S, v=76.0, g="good", q="or_above", m=m_g + " (Emberton)"),
    F("Timeliness of assessments is the region’s strongest area", S, "timeliness"),
    *tab,
    F("more than half of its social workers were\nagency staff", I, "workforce_stability"),
    F("their results have been the most consistent", S, "consistency"),
    F("Seven of the nine councils completed at least 80 per¤cent of assessments", S, "timeliness", c=7, d=9,
      m="councils completing at least 80 per cent of assessments within 45 working days"),
    F("The regional figure was 89 per¤cent", S, "timeliness", v=89.0,
      m="assessments completed within 45 working days"),
    F("against 82 per¤cent for England", N, v=82.0, k="benchmark",
      m="assessments completed within 45 working days (England)"),
    F("85 per¤cent for\nstatistical neighbours", N, v=85.0, k="benchmark",
      m="assessments completed within 45 working days (statistical neighbours)"),
    F("Only Brindlemoor fell below 75 per¤cent", I, "timeliness", "Children in Need"),
    F("The quality of assessments varies more than their timeliness", I, "consistency"),
    F("between 48 and", S, v=48.0, g="good", q="or_above", m="assessments graded good or better (lowest council)"),
    F("71 per¤cent of assessments good or better", S, v=71.0, g="good", q="or_above",
      m="assessments graded good or better (highest council)"),
    F("Plans remain the region’s weakest area", I),
    F("Just 44 per¤cent of the plans audited were judged to\nbe SMART", S, "smart_planning", v=44.0,
      m="plans judged SMART"),
    F("Reviews were timely", S, "timeliness"),
    F("96 per¤cent of child protection review conferences", S, "timeliness", "Child Protection", v=96.0,
      m="child protection review conferences held on time"),
    F("(England 91 per¤cent)", N, tm="Child Protection", v=91.0, k="benchmark",
      m="child protection review conferences held on time (England)"),
    F("94 per¤cent of reviews for children in care", S, "timeliness", "LAC", v=94.0,
      m="reviews for children in care held on time"),
    F("(England 88", N, tm="LAC", v=88.0, k="benchmark", m="reviews for children in care held on time (England)"),
    F("81 per¤cent of social workers had supervision", S, "management_oversight", v=81.0,
      m="social workers supervised at the expected frequency"),
    F("The quality of supervision records is less assured", I, "management_oversight recording_quality"),
    F("in five of the nine councils", I, "management_oversight reflection_analysis", c=5, d=9,
      m="councils where supervision seldom recorded reflection or progress against the plan"),
    F("Agency social workers made up 15 per¤cent", I, "workforce_stability", v=15.0,
      m="agency social workers in the workforce"),
    F("compared with 18 per¤cent nationally", N, v=18.0, k="benchmark",
      m="agency social workers in the workforce (England)"),
    F("Turnover ranged from 14 per¤cent", I, "workforce_stability", v=14.0, m="social worker turnover (lowest council)"),
    F("to 27\nper¤cent", I, "workforce_stability", v=27.0, m="social worker turnover (highest council)"),
])

# checks of this set's own conventions, before writing
for name, _year, _act, _per, _heads, findings in G.docs:
    text = text_of(name)
    for f in findings:
        qt = f["quote"].replace("¤", NB)
        assert text.count(qt) == 1, (name, qt, text.count(qt))
        v = f["v"]
        if f["c"] is not None and f["d"]:
            v = round(100 * f["c"] / f["d"], 1)
        if v is not None:
            assert abs(v * 10 % 10 - 5) > 1e-6, (name, qt, v)  # no value ending in .5
G.build()
