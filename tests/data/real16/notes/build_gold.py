"""Builds tests/data/real16/gold.jsonl from hand-written annotations (FINDINGS.md section 7).

Every finding below is written by hand from the contract, before any extractor ran. The shared
builder (scripts/gold_builder.py) fills the fixed fields, takes each figure's value from its count
and total, finds each quote's nearest listed heading, checks that every quote occurs in its
document and that no two figures of a document share a (section, rounded value) key.
Run: .venv/bin/python tests/data/real16/notes/build_gold.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(HERE.parents[2] / "scripts"))
from gold_builder import F, GoldSet  # noqa: E402

S, I, N = "strength", "improvement", "neutral"
G, RI, INAD, OUT, OA, OB = "good", "requires_improvement", "inadequate", "outstanding", "or_above", "or_below"
NB = "\u00a0"
SET = GoldSet(HERE)


def row(name, label):
    """The whole table line that starts with `label` (table cells are quoted by their row)."""
    lines = [ln.strip() for ln in (HERE / name).read_text(encoding="utf-8").splitlines()
             if ln.strip().startswith(label)]
    assert len(lines) == 1, (name, label, lines)
    return lines[0]


def grade_row(name, label, counts, den, themes, area):
    """One figure per filled grade cell of a practice-area row ('–' cells are no figures)."""
    q = row(name, label)
    out = []
    for grade, c in zip((OUT, G, RI, INAD), counts):
        if c is None:
            continue
        pol = S if grade in (OUT, G) else I
        out.append(F(q, pol, themes, c=c, d=den, g=grade,
                     m=f"files graded {grade.replace('_', ' ')} for {area}"))
    return out


# 1 neglect thematic audit (GCP2) -------------------------------------------------------------
n = "neglect-thematic-audit-gcp2-2024.txt"
fs = [
    F("14 of the 30 files were graded Good+ (47¤per¤cent)", S, c=14, d=30, g=G, q=OA,
      m="files graded good or better overall"),
    F("38 per cent in the 2022 neglect audit", S, v=38, g=G, q=OA, per="2022",
      m="files graded good or better overall (2022 audit)"),
    F("31 per cent in 2020", S, v=31, g=G, q=OA, per="2020", m="files graded good or better overall (2020 audit)"),
    F("the third audit in a row to show improvement", S),
    F("still require improvement or are inadequate", I),
    F("22 of the 30 cases (73¤per¤cent)", S, "template_use", c=22, d=30, m="cases with a completed GCP2"),
    F("up 16\npercentage points on 2022", S, "template_use", v=16, k="change",
      m="change in cases with a completed GCP2 since 2022, percentage points"),
    F("it was usually completed with\nthe parents rather than about them", S, "template_use family_engagement"),
]
fs += grade_row(n, "Assessment of neglect", (2, 11, 13, 4), 30, "", "assessment of neglect")
fs += grade_row(n, "Use of the GCP2", (3, 9, 10, 8), 30, "template_use", "use of the GCP2")
fs += grade_row(n, "Planning and review", (None, 7, 17, 6), 30, "plan_progress", "planning and review")
fs += grade_row(n, "Child’s lived experience", (None, 18, 12, None), 30, "child_centred", "the child’s lived experience")
fs += [
    F("The strongest area was the child’s lived experience", S, "child_centred"),
    F("no file was graded\ninadequate", S, "child_centred"),
    F("auditors could picture a typical day for the child", S, "child_centred"),
    F("Planning remains the weakest area", I),
    F("23 of the 30 plans graded\nbelow Good", I, c=23, d=30, g=RI, q=OB, m="plans graded below good"),
    # 4.1 Assessment
    F("Most assessments described the home conditions in detail", S, "child_centred"),
    F("In 19 of the 30 files the assessment drew\non the family’s history", S, "family_history", c=19, d=30,
      m="assessments drawing on the family’s history of earlier involvement"),
    F("which is a clear change\nfrom the 2022 audit", S, "family_history"),
    F("Assessments of fathers and male partners were the exception", I, "family_engagement"),
    F("In 17 of the 30 files there was no record of any", I, "family_engagement", c=17, d=30,
      m="files with no record of a conversation with the father"),
    F("GCP2 scores were rarely used to show change over time", I, "template_use"),
    F("one in four of the children open for more than six", S, "template_use", v=25,
      m="children open over six months with a repeat GCP2 on file"),
    # 4.2 Planning
    F("Plans were more often written in plain language than in 2022", S, "recording_quality"),
    F("parents told auditors they understood what was expected of them", S, "family_engagement"),
    F("Too many plans still listed services rather than the changes needed", I, "smart_planning"),
    F("Fewer than a third of plans set a date", I, "smart_planning"),
    F("in 8 of the 30 cases the plan", I, "plan_progress", c=8, d=30,
      m="plans not reviewed after a core group reported worsening conditions"),
    F("Drift was evident where a child had been on a plan for neglect", I, "drift_delay"),
    F("In those 11 cases the GCP2 had not been repeated", I, "template_use drift_delay"),
    # 4.3 Voice of the Child
    F("Children were seen alone in 24 of the 30 cases (80¤per¤cent)", S, "voice_of_child", c=24, d=30,
      m="children seen alone"),
    F("nine out of ten children old enough to talk", S, "voice_of_child", v=90,
      m="children old enough to talk with their wishes recorded in their own words"),
    F("Direct work with younger children was thoughtful", S, "relationships voice_of_child"),
    F("Babies and non-verbal children were less visible", I, "voice_of_child"),
    F("parent’s day rather than the baby’s", I, "child_centred"),
    # 4.4 Management Oversight
    F("A manager’s decision was recorded at each key point in 21 of the 30", S,
      "management_oversight decision_making", c=21, d=30,
      m="files with a manager’s decision recorded at each key point"),
    F("Supervision records seldom referred to the GCP2", I, "management_oversight template_use"),
    F("rarely challenged\na plan that had stalled", I, "management_oversight drift_delay"),
    # 5 Recommendations
    F("Team managers should make sure the GCP2 is repeated", I, "template_use management_oversight",
      "Child Protection"),
    F("Assessments should include fathers and other significant adults", I, "family_engagement"),
    # footnote 2 (an earlier year's figure)
    F("15 of them held a completed profile", S, "template_use", c=15, d=26, per="2022",
      m="cases with a completed GCP2 (2022 audit)"),
]
SET.doc(n, 2024, "Neglect Thematic Audit", f"7{NB}May and 28{NB}June{NB}2024",
        ["1. Purpose and scope", "2. Headline messages", "3. Grades by practice area", "4. What we found",
         "4.1 Assessment", "4.2 Planning", "4.3 Voice of the Child", "4.4 Management Oversight",
         "5. Recommendations"], fs)

# 2 child exploitation multi-agency thematic audit ----------------------------------------------
n = "exploitation-multi-agency-thematic-audit-2025.txt"
SET.doc(n, 2025, "Multi-Agency Thematic Audit", "April and September 2024",
        ["Background", "Method", "The children", "Overall grades", "Strengths", "Areas for development",
         "Recommendations"], [
    F("One in five of the children was in care", N, tm="LAC", v=20, m="children in the sample who were in care"),
    F("11 were graded Good+ (55%)", S, c=11, d=20, g=G, q=OA, m="multi-agency responses graded good or better"),
    F("7 Requires Improvement", I, c=7, d=20, g=RI, m="multi-agency responses graded requires improvement"),
    F("2 Inadequate", I, c=2, d=20, g=INAD, m="multi-agency responses graded inadequate"),
    F("graded 40% of responses Good or better", S, v=40, g=G, q=OA, per="last year",
      m="multi-agency responses graded good or better (last year’s audit)"),
    # Strengths
    F("Recognition of exploitation at the front door was quick", S, "timeliness"),
    F("In nine out of ten cases the MASH shared police intelligence", S, "multi_agency timeliness", "MASH", v=90,
      m="cases where the MASH shared police intelligence with the allocated worker the same day"),
    F("Nearly every child had a trusted adult identified by the panel", S, "relationships"),
    F("The Youth Offending Service used its screening tool well", S, "template_use", "YOS"),
    F("risk was scored and updated after each new incident in 5 of the 6 cases", S, "risk_analysis", "YOS",
      c=5, d=6, m="YOS cases with risk scored and updated after each new incident"),
    F("Strategy discussions were held for all the children", S, "multi_agency"),
    F("Early Help workers picked up early signs", S, "timeliness", "Early Help"),
    # Areas for development
    F("Just over half of the children had a disruption plan", I, "risk_analysis"),
    F("where one existed it was rarely reviewed after a missing episode", I, "plan_progress risk_analysis"),
    F("Return home interviews were completed for 5 of the 12 children", S, c=5, d=12,
      m="missing children with a completed return home interview"),
    F("the rest were declined or not offered", I),
    F("Health partners were not invited to around two thirds of the strategy discussions", I, "multi_agency"),
    F("Children in care placed outside the area were the least well tracked", I, "multi_agency", "LAC"),
    F("late in three of the four cases", I, "multi_agency timeliness", c=3, d=4,
      m="out-of-area cases where host police intelligence reached the worker late"),
    F("Records of the Exploitation Risk Panel were hard to follow", I, "recording_quality"),
    F("actions were carried from meeting to meeting without an owner", I, "plan_progress drift_delay"),
    F("One in four children had three or more changes of social worker", I, "workforce_stability", v=25,
      m="children with three or more changes of social worker in six months"),
    # Recommendations (item 4 is a planned action)
    F("Children’s social care and police should agree a standard disruption plan", I,
      "risk_analysis plan_progress multi_agency"),
    F("The Designated Nurse should ensure that health is invited", I, "multi_agency"),
    F("The Exploitation Risk Panel should record an owner and a target date", I, "plan_progress"),
])

# 3 pre-proceedings (PLO) case file audit -------------------------------------------------------
n = "pre-proceedings-plo-case-file-audit-2024.txt"
pg = "plans graded"
SET.doc(n, 2024, "Pre-Proceedings (PLO) Case File Audit", "Quarter 2 2024/25",
        ["1. Introduction", "2. Overall judgement", "3. Timeliness", "4. Assessment", "5. Planning",
         "6. Family Network and Family Group Conferences", "7. Management Oversight", "8. Recommendations"], [
    F("Sixteen of the 25 files were graded Good or Outstanding overall (64%)", S, c=16, d=25, g=G, q=OA,
      m="files graded good or outstanding overall"),
    F("48% in last year's audit", S, v=48, g=G, q=OA, per="last year",
      m="files graded good or outstanding overall (last year)"),
    F("39% in 2021", S, v=39, g=G, q=OA, per="2021", m="files graded good or outstanding overall (2021)"),
    F("No file was Inadequate overall", S),
    F("The remaining nine files Require\nImprovement", I, c=9, d=25, g=RI,
      m="files graded requires improvement overall"),
    F("the plan did not say clearly enough what", I, "smart_planning"),
    F("for 11 of the 16 families", S, "timeliness", c=11, d=16,
      m="families whose pre-proceedings concluded within 16 weeks"),
    F("up 9 percentage points on last year", S, "timeliness", v=9, k="change",
      m="change in families concluding within 16 weeks, percentage points"),
    F("the usual reason was a late parenting", I, "timeliness drift_delay"),
    F("in one of the five the extension", I, "management_oversight", c=1, d=5,
      m="late families whose extension was not agreed by the Head of Service"),
    # 4 Assessment
    F("Parenting assessments were Good+ in 17 of the 25 files", S, c=17, d=25, g=G, q=OA,
      m="parenting assessments graded good or better"),
    F("drew on the family's history and were honest with parents", S, "family_history family_engagement"),
    F("Pre-birth assessments were started too late", I, "timeliness"),
    F("unborn baby cases the assessment began after 30 weeks' gestation", I, "timeliness", c=3, d=5,
      m="unborn baby cases where the assessment began after 30 weeks’ gestation"),
    # 5 Planning
    F("The pre-proceedings plan was shared with the parents", S, "family_engagement"),
    F("19 of the 25 plans were written in words", S, "recording_quality family_engagement", c=19, d=25,
      m="plans written in words the parents could understand"),
    F("Plans were less good at saying what would happen", I, "smart_planning"),
    F("13 of the 25 set out the contingency in plain terms", S, "smart_planning", c=13, d=25,
      m="plans setting out the contingency in plain terms"),
    F("Outstanding 1", S, c=1, d=25, g=OUT, m=f"{pg} outstanding", aft="Plan grades"),
    F("Good 11", S, c=11, d=25, g=G, m=f"{pg} good", aft="Plan grades"),
    F("Requires Improvement 10", I, c=10, d=25, g=RI, m=f"{pg} requires improvement", aft="Plan grades"),
    F("Inadequate 3", I, c=3, d=25, g=INAD, m=f"{pg} inadequate", aft="Plan grades"),
    # 6 Family network
    F("proceedings in 20 of the 25 files", S, "family_engagement", c=20, d=25,
      m="files where a family group conference was offered before the letter before proceedings"),
    F("52% a year ago", S, "family_engagement", v=52, per="a year ago",
      m="files where a family group conference was offered before the letter (a year ago)"),
    F("which is up from", S, "family_engagement"),
    F("Fathers were involved in pre-proceedings meetings far less than", I, "family_engagement"),
    F("viability assessments of them", I, "timeliness family_engagement"),
    # 7 Management Oversight
    F("Every file had a recorded decision from the Legal Gateway Panel", S, "decision_making management_oversight"),
    F("reasons for entering pre-proceedings were clear in 23 of the 25", S, "decision_making", c=23, d=25,
      m="files with clear reasons for entering pre-proceedings"),
    F("Oversight between panel meetings was weaker", I, "management_oversight"),
    F("on time in 14 of the 25 files", S, "timeliness", c=14, d=25, m="files with review meetings held on time"),
    F("weeks with no manager's note explaining why", I, "timeliness management_oversight"),
    # 8 Recommendations (8.4 is a planned action)
    F("Pre-birth assessments should start by 20 weeks' gestation", I, "timeliness"),
    F("Plans should state the contingency in the words the court would use", I, "smart_planning"),
    F("The Legal Gateway Panel should track review dates for every family", I, "timeliness management_oversight"),
])

# 4 return home interviews audit ---------------------------------------------------------------
n = "return-home-interviews-audit-2024-25.txt"
fs = []
for label, before, now, arrow, th, m in [
        ("RHI offered within 72 hours", 78, 86, "↑", "timeliness", "RHIs offered within 72 hours"),
        ("RHI completed (of those offered)", 71, 63, "↓", "", "offered RHIs that were completed"),
        ("Completed within 72 hours", 41, 43, "→", "timeliness", "RHIs completed within 72 hours"),
        ("Push and pull factors recorded", 55, 70, "↑", "recording_quality", "RHIs recording push and pull factors"),
        ("Information shared with allocated worker", 82, 88, "↑", "",
         "RHIs with information shared with the allocated worker"),
        ("Risk assessment updated after the RHI", 47, 39, "↓", "risk_analysis",
         "RHIs followed by an updated risk assessment")]:
    q = row(n, label)
    fs.append(F(q, S, th, v=before, per="2023/24", m=f"{m} (2023/24)"))
    fs.append(F(q, S, th, v=now, m=m))
    if arrow != "→":  # a level arrow states no direction
        fs.append(F(q, S if arrow == "↑" else I, th))
fs += [
    F("More interviews were offered on time this year", S, "timeliness"),
    F("+8pp on 2023/24", S, "timeliness", v=8, k="change",
      m="change in RHIs offered within 72 hours, percentage points"),
    F("Interviews offered by text message alone were rarely taken up", I, "relationships"),
    F("Completion is the concern", I),
    F("Fewer than half of the interviews that did happen took place within 72 hours", I, "timeliness"),
    F("the completion rate has fallen for the second year running", I),
    F("29 were graded Good or better²", S, c=29, d=38, g=G, q=OA, m="completed interviews graded good or better"),
    F("7 Requires Improvement", I, c=7, d=38, g=RI, m="completed interviews graded requires improvement"),
    F("2 Inadequate", I, c=2, d=38, g=INAD, m="completed interviews graded inadequate"),
    F("Good interviews were led by a worker the child already knew", S, "relationships voice_of_child"),
    F("Weaker records were a list of tick-boxes", I, "recording_quality voice_of_child"),
    F("Children in care made up 35 of the 60 sampled episodes", N, tm="LAC", c=35, d=60,
      m="sampled episodes of children in care"),
    F("Interviews with children in care were more often completed", S, tm="LAC"),
    F("27 of 35", S, tm="LAC", c=27, d=35, m="RHIs completed for children in care"),
    F("11 of 25", S, c=11, d=25, m="RHIs completed for children missing from home"),
    F("carers were told the outcome in only a minority of cases", I, "family_engagement", "LAC"),
    F("the host authority completed the interview in 6 cases", S, "multi_agency", "LAC", c=6, d=9,
      m="out-of-area children in care whose host authority completed the interview"),
    F("received the record within a week in only one of those", S, "timeliness multi_agency", "LAC", c=1, d=6,
      m="host-authority interviews whose record reached the Hub within a week"),
    F("Intelligence from interviews reached the police and the exploitation panel in most cases", S,
      "multi_agency"),
    F("a clear improvement on last year", S, "multi_agency"),
    F("the child’s plan was updated after the RHI in approximately 40%", I, "plan_progress"),
    F("repeat episodes were rarely linked together to show a pattern", I, "risk_analysis"),
    F("Team managers should check that the child’s plan is updated after every RHI", I,
      "plan_progress management_oversight"),
    F("in the audit sample the figure was 87%", S, "timeliness", v=87,
      m="RHIs offered within 72 hours (audit sample)"),
]
SET.doc(n, 2024, "Audit of Return Home Interviews", f"1{NB}October 2024 and 31{NB}March 2025",
        ["Purpose", "What we looked at", "Summary of results", "Timeliness", "Quality of the interview",
         "Children in care", "Using what children tell us", "What needs to happen next"], fs)

# 5 domestic abuse thematic audit (partnership) -------------------------------------------------
n = "domestic-abuse-thematic-audit-partnership-2024.txt"
SET.doc(n, 2024, "Thematic Multi-Agency Audit", "January and March 2024",
        ["1. Why we did this audit", "2. How we did it", "3. What we found", "3.1 Strengths",
         "3.2 Areas for development", "4. Recommendations", "5. Next steps"], [
    F("Domestic abuse was a factor in 58 per cent of referrals", N, v=58, per="2023/24",
      m="referrals to children’s social care with domestic abuse as a factor"),
    F("Good in five of", S, c=5, d=15, g=G, m="multi-agency responses judged good"),
    F("Requires Improvement in eight", I, c=8, d=15, g=RI, m="multi-agency responses judged requires improvement"),
    F("Inadequate in two", I, c=2, d=15, g=INAD, m="multi-agency responses judged inadequate"),
    # 3.1 Strengths
    F("Police notifications reached the MASH within 24 hours in 14 of the 15", S, "timeliness multi_agency",
      "MASH", c=14, d=15, m="police notifications reaching the MASH within 24 hours"),
    F("MASH screening decisions were prompt and well reasoned", S, "timeliness decision_making", "MASH"),
    F("Specialist domestic abuse workers gave victims clear and practical", S, "family_engagement"),
    F("Where cases were heard at MARAC, actions were followed up quickly", S, "multi_agency timeliness"),
    F("Child protection conferences had a full picture of the abuse", S, "child_centred", "Child Protection"),
    F("chairs challenged minimising language", S, tm="Child Protection"),
    F("87 per cent of new birth visits", S, v=87, m="new birth visits with a routine enquiry about domestic abuse"),
    F("79 per cent in the 2022", S, v=79, per="2022",
      m="new birth visits with a routine enquiry about domestic abuse (2022)"),
    # 3.2 Areas for development
    F("Fathers and other perpetrators were rarely engaged", I, "family_engagement"),
    F("In 11 of the 15\ncases no agency had spoken directly", I, "family_engagement", c=11, d=15,
      m="cases where no agency had spoken directly with the person causing harm"),
    F("one in four perpetrator programme referrals", I, "family_engagement", v=25,
      m="perpetrator programme referrals never followed up"),
    F("The voice of the child was missing from too many records", I, "voice_of_child"),
    F("social worker in 6 of the 15 cases", I, "voice_of_child multi_agency", c=6, d=15,
      m="cases where the school’s knowledge of the child’s feelings was not gathered"),
    F("babies were described only through", I, "voice_of_child"),
    F("Risk was not always re-assessed when a couple reconciled", I, "risk_analysis"),
    F("The DASH risk checklist had not been repeated in 7 of the", I, "risk_analysis template_use", c=7, d=10,
      m="cases with changed circumstances where the DASH was not repeated"),
    F("Families stepped down to Early Help lost momentum", I, "drift_delay", "Early Help"),
    F("five step-downs the Early Help worker had not seen the police or MARAC", I, "multi_agency", "Early Help",
      c=3, d=5, m="step-downs where the Early Help worker had not seen police or MARAC information"),
    F("Early Help plans for these families rarely named the abuse as", I, "needs_strengths", "Early Help"),
    F("Around a quarter of the practitioners at the reflective session", I, "training_need"),
    # 4 Recommendations
    F("All agencies should record the name and role of the person causing", I, "family_engagement"),
    F("Social workers should seek information from schools and nurseries", I, "voice_of_child multi_agency"),
    F("The MASH and Early Help should agree a step-down handover", I, "multi_agency", "MASH|Early Help"),
    F("Partner agencies should make sure staff complete the partnership's", I, "training_need"),
])

# 6 strategy discussions and section 47 enquiries audit ---------------------------------------
n = "strategy-discussions-section-47-audit-q3-2024-25.txt"
fs = [
    F("21 of the 32 files were graded Good+ (66%)", S, c=21, d=32, g=G, q=OA, m="files graded good or better overall"),
    F("up 12 percentage points on Quarter 1", S, v=12, k="change", g=G, q=OA,
      m="change in files graded good or better since Quarter 1, percentage points"),
    F("the same audit found 54%", S, v=54, g=G, q=OA, per="Quarter 1",
      m="files graded good or better overall (Quarter 1)"),
    F("Two files were Inadequate overall", I, c=2, d=32, g=INAD, m="files graded inadequate overall"),
]
fs += grade_row(n, "Decision to hold the discussion", (3, 22, 6, 1), 32, "decision_making",
                "the decision to hold the discussion")
fs += grade_row(n, "Attendance and information sharing", (None, 11, 16, 5), 32, "multi_agency",
                "attendance and information sharing")
fs += grade_row(n, "Section 47 enquiry\t", (None, 17, 8, 7), 32, "", "the section 47 enquiry")
fs += grade_row(n, "Recording of outcomes and actions", (None, 10, 13, 9), 32, "recording_quality",
                "recording of outcomes and actions")
fs += [
    F("Decisions to convene a strategy discussion were timely and proportionate", S, "timeliness decision_making"),
    F("29 of the 32 took place within one working day", S, "timeliness", c=29, d=32,
      m="strategy discussions held within one working day of the concern"),
    F("Police attended every discussion and shared previous history promptly", S, "multi_agency"),
    F("Health were invited to just over half of the discussions and attended fewer", I, "multi_agency"),
    F("decisions about medical examinations were sometimes made without the child’s health history", I,
      "decision_making multi_agency"),
    F("Education were not part of the discussion in 14 of the 24 cases", I, "multi_agency", c=14, d=24,
      m="school-age cases without education in the strategy discussion"),
    # 3 Section 47 enquiries and assessment
    F("in four out of five enquiries", S, "timeliness", v=80,
      m="enquiries where the child was seen within the agreed timescale"),
    F("Enquiries were thorough where the concern was physical abuse", S, "risk_analysis"),
    F("they were weaker where the concern was neglect or emotional harm", I, "risk_analysis multi_agency"),
    F("The outcome was not always clear", I, "recording_quality"),
    F("in 14 files the record did not say whether the concern was substantiated", I, "recording_quality",
      c=14, d=32, m="files not recording whether the concern was substantiated"),
    F("parents were not told the outcome in writing in 15 of the 32", I, "family_engagement", c=15, d=32,
      m="cases where parents were not told the outcome in writing"),
    # 4 Voice of the Child
    F("Children were seen alone in 25 of the 32 enquiries", S, "voice_of_child", c=25, d=32,
      m="children seen alone during the enquiry"),
    F("their own words were recorded in the enquiry report in most of those", S, "voice_of_child recording_quality"),
    F("Where the child had a disability, the Disabled Children’s Team was involved", S, "voice_of_child",
      "Disabled Children"),
    F("Younger children’s experience was harder to find", I, "child_centred"),
    # 5 Management Oversight
    F("A manager chaired or reviewed every strategy discussion", S, "management_oversight"),
    F("clear in 26 of the 32 files", S, "decision_making", "Child Protection", c=26, d=32,
      m="files with a clear rationale for the decision on an initial child protection conference"),
    F("the reason was recorded in two of the five cases", S, "decision_making recording_quality", c=2, d=5,
      m="no-conference decisions after significant harm with the reason recorded"),
    F("none of these decisions had been reviewed by a service manager", I, "management_oversight"),
    # 6 Recommendations (6.4 is a planned action)
    F("The MASH should invite health and education to every strategy discussion", I, "multi_agency", "MASH"),
    F("Section 47 outcomes should be recorded in the outcome box", I,
      "recording_quality template_use family_engagement"),
    F("Service managers should review every decision not to convene a conference", I,
      "management_oversight decision_making"),
]
SET.doc(n, 2024, "Audit of Strategy Discussions and Section 47 Enquiries", "Quarter 3, 2024/25",
        ["1. Summary", "2. Strategy discussions", "3. Section 47 enquiries and assessment", "4. Voice of the Child",
         "5. Management Oversight", "6. Recommendations"], fs)

SET.build()
