"""Per-finding specs of tests/data/real14 (run: python3 tests/data/real14/notes/specs.py)."""
from pathlib import Path

from gold_lib import F, doc, build

_DIR = Path(__file__).resolve().parents[1]


def cells(name, label, n):
    """The row line that starts with label, cut after its n-th tab-separated cell (a unique quote per cell)."""
    for line in (_DIR / name).read_text(encoding="utf-8").splitlines():
        if line.startswith(label):
            return "\t".join(line.rstrip().split("\t")[:n + 1])
    raise AssertionError((name, label))


G, RI, INAD, OA = "good", "requires_improvement", "inadequate", "or_above"
S, I, N = "strength", "improvement", "neutral"

# 1 quarterly performance report, children's social care chapter --------------------------
doc("performance-report-childrens-social-care-2025.txt", 2025, "quarterly performance report", "Quarter 2 2025/26",
    ["4.1 Summary", "4.2 Assessments", "4.3 Child protection", "4.4 Children in care", "4.5 Care leavers",
     "4.6 What auditors told us this quarter", "4.7 Next quarter"],
    [
     F("78% of assessments (412 of 528) were completed within 45¤working¤days", S, "timeliness", c=412, d=528,
       m="assessments completed within 45 working days"),
     F("up from 71%", S, "timeliness"),
     F("71% in Quarter 1", S, "timeliness", v=71, m="assessments completed within 45 working days",
       per="Quarter 1 2025/26"),
     F("The England average is 82%", N, k="benchmark", v=82, m="assessments completed within 45 working days, England"),
     F("our statistical neighbours stand at 80%", N, k="benchmark", v=80,
       m="assessments completed within 45 working days, statistical neighbours"),
     F("we remain some way behind both", I),
     F("61% of audited assessments (22 of 36) were judged good or better", S, c=22, d=36, g=G, q=OA,
       m="audited assessments judged good or better"),
     F("only 3 were inadequate (8%)", S, c=3, d=36, g=INAD, m="audited assessments judged inadequate"),
     F("Re-referrals within twelve months fell to 19%", I, v=19, m="re-referrals within twelve months"),
     F("fell to 19%", S),
     F("down from 23% a year ago", I, v=23, m="re-referrals within twelve months", per="Quarter 2 2024/25"),
     F("against a target of 20%", N, k="target", v=20, m="re-referrals within twelve months, target"),
     F("Child protection visits are the weak spot", I, "timeliness", "Child Protection"),
     F("84% were in timescale", I, "timeliness", "Child Protection", v=84, m="child protection visits in timescale"),
     F("against a target of 95%", N, "", "Child Protection", k="target", v=95,
       m="child protection visits in timescale, target"),
     F("the purpose of the visit was seldom written down", I, "recording_quality"),
     F("9% of children in care (27 children) had three or more moves in the year", I, "permanence", "LAC", v=9,
       m="children in care with three or more moves in the year"),
     F("compared with 10% for England", N, k="benchmark", v=10,
       m="children in care with three or more moves in the year, England"),
     F("under half of the plans we looked at set out what would happen if reunification did not work", I,
       "smart_planning permanence"),
     F("94% of care leavers (176) were in touch with their personal adviser", S, "relationships", "Care Leavers",
       v=94, m="care leavers in touch with their personal adviser"),
     F("the proportion in education, employment or training has slipped to 52%", I, "", "Care Leavers", v=52,
       m="care leavers in education, employment or training"),
     F("below the 56% of our statistical neighbours", N, k="benchmark", v=56,
       m="care leavers in education, employment or training, statistical neighbours"),
     F("Children’s views were recorded well in most files", S, "voice_of_child"),
     F("Reflective supervision notes remain thin", I, "management_oversight reflection_analysis"),
     F("chronologies were missing or out of date in 9 of the 36 files", I, "recording_quality family_history",
       c=9, d=36, m="files with chronologies missing or out of date"),
    ])

# 2 audit programme annual summary with a pasted Word table ---------------------------------
_D2 = "audit-programme-annual-summary-2024.txt"
_Q = {"Q1": "April to June 2024", "Q2": "July to September 2024", "Q3": "October to December 2024",
      "Q4": "January to March 2025"}
_T = {"Q1": (48, 19, 22, 7), "Q2": (52, 26, 22, 4), "Q3": (50, 31, 16, 3), "Q4": (56, 37, 17, 2)}
_rows = []
for q, (aud, gob, ri, ina) in _T.items():
    _rows += [
        F(cells(_D2, q, 2), S, c=gob, d=aud, g=G, q=OA, m="audits graded good or better", per=_Q[q]),
        F(cells(_D2, q, 3), I, c=ri, d=aud, g=RI, m="audits graded requires improvement", per=_Q[q]),
        F(cells(_D2, q, 4), I, c=ina, d=aud, g=INAD, m="audits graded inadequate", per=_Q[q]),
    ]
doc(_D2, 2024, "practice audit programme", "April 2024 to March 2025",
    ["Purpose", "Grades by quarter", "Commentary", "What is working", "What needs attention", "Next year"],
    _rows + [
     F("The direction of travel is encouraging", S),
     F("Inadequate grades fell in every quarter", S),
     F("113 of the 206 audits (55%) were good or better", S, c=113, d=206, g=G, q=OA,
       m="audits graded good or better"),
     F("Children are seen, and seen alone, at the frequency their plan requires", S, "voice_of_child"),
     F("Workers write to the child in plain language", S, "child_centred recording_quality"),
     F("Strategy discussions now routinely include health and police", S, "multi_agency"),
     F("Plans remain long on tasks and short on outcomes", I, "smart_planning"),
     F("only 40 of the 120 plans reviewed in the second half of the year had measurable outcomes", I,
       "smart_planning", c=40, d=120, m="plans with measurable outcomes", per="October 2024 to March 2025"),
     F("Drift was found in a quarter of the Children in Need cases audited", I, "drift_delay", "Children in Need",
       v=25, m="Children in Need cases with drift"),
     F("Management oversight is present but often a signature rather than a direction", I,
       "management_oversight"),
    ])

# 3 practice week slide deck -----------------------------------------------------------------
doc("slides-practice-week-2025.txt", 2025, "practice week", "10–14 March 2025",
    ["Slide 2 — The week in numbers", "Slide 3 — Seeing children", "Slide 4 — Plans", "Slide 5 — Recording",
     "Slide 6 — Working together", "Slide 6b — Supervision and oversight", "Slide 7 — What families said",
     "Slide 8 — Our strengths", "Slide 9 — Where we go next"],
    [
     F("3¤in¤4", S, "voice_of_child", v=75, m="children seen alone at their last visit"),
     F("19/25", S, "voice_of_child", "LAC", c=19, d=25, m="Children in Care files with the child’s wishes shaping the plan"),
     F("62%", S, "smart_planning", v=62, m="plans clear about what needed to change"),
     F("↓¤from", I, "smart_planning"),
     F("70% last year", S, "smart_planning", v=70, m="plans clear about what needed to change", per="2024"),
     F("Contingency plans were the weakest part of the plans we read", I, "smart_planning"),
     F("1¤in¤5", I, "recording_quality timeliness", v=20, m="case records with a case summary more than six months old"),
     F("Most records were up to date", S, "recording_quality"),
     F("the Early Help records were the most consistent we saw", S, "consistency recording_quality", "Early Help"),
     F("88%", S, "multi_agency", v=88, m="strategy discussions with health present"),
     F("Schools were missing from too many core groups", I, "multi_agency"),
     F("71%", S, "reflection_analysis management_oversight", v=71,
       m="supervision records showing reflection on the child’s experience"),
     F("↑¤12 points since the last practice week", S, "reflection_analysis management_oversight", k="change", v=12,
       m="supervision records showing reflection on the child’s experience, change"),
     F("Managers’ decisions were recorded on file in nearly every case", S, "management_oversight decision_making"),
     F("the reasons behind them were not always explained", I, "management_oversight decision_making"),
     F("2¤in¤3", S, "reflection_analysis training_need", v=66.7, m="workers with time to think about their cases in supervision"),
     F("Relationships with children are warm and lasting", S, "relationships"),
     F("Managers know their children well", S, "management_oversight"),
     F("Direct work tools are used creatively", S, "child_centred"),
    ])

# 4 scrutiny committee report on a deep-dive audit ------------------------------------------
doc("scrutiny-report-deep-dive-audit-2024.txt", 2024, "deep-dive audit of long-running child protection plans",
    "September 2024",
    ["1. PURPOSE OF REPORT", "2. RECOMMENDATION", "3. BACKGROUND", "4. FINDINGS", "5. ANALYSIS", "6. ACTIONS",
     "7. FINANCIAL AND LEGAL IMPLICATIONS"],
    [
     F("In seven out of ten cases the original reason for the plan was still present", I, "drift_delay plan_progress",
       v=70, m="cases where the original reason for the plan was still present"),
     F("the audit found no evidence that a different approach had been tried", I, "drift_delay"),
     F("Just over half of the plans had been reviewed on time at every conference", I, "timeliness"),
     F("two fifths of the plans did not describe what “good enough” care would look like", I, "smart_planning",
       v=40, m="plans not describing what good enough care would look like"),
     F("Children had been seen regularly in almost every case", S),
     F("the quality of direct work was a real strength", S, "child_centred"),
     F("29 of the 38 files held work completed with the child", S, "child_centred", c=29, d=38,
       m="files holding direct work with the child"),
     F("Escalation was weak", I, "decision_making drift_delay"),
     F("Only one in six cases had been discussed at a legal planning meeting", I, "decision_making", v=16.7,
       m="cases discussed at a legal planning meeting"),
     F("auditors thought that 21 of the 38 needed one", I, "decision_making", c=21, d=38,
       m="cases that needed a legal planning meeting"),
     F("Three quarters of the children had experienced a change of social worker", I, "workforce_stability", v=75,
       m="children with a change of social worker during the plan"),
     F("in a quarter of cases there had been three or more workers", I, "workforce_stability", v=25,
       m="cases with three or more social workers during the plan"),
     F("Fathers were not engaged well", I, "family_engagement"),
     F("in more than half of the cases the father had not been invited to a single core group", I, "family_engagement"),
     F("The audit points to drift, not to a lack of effort", I, "drift_delay"),
     F("Workers were visiting and doing good direct work", S, "child_centred"),
     F("plans were not changing when progress stalled", I, "plan_progress drift_delay"),
    ])

# 5 multi-agency audit, per question and per agency -----------------------------------------
_D5 = "multi-agency-audit-neglect-2025.txt"
_MQ = [("Question 1:", 11, I, "timeliness risk_analysis", "children whose neglect was recognised early"),
       ("Question 2:", 6, I, "template_use", "cases where a neglect assessment tool was used"),
       ("Question 3:", 16, S, "", "children seen"),
       ("Question 4:", 9, I, "child_centred", "cases describing the child's lived experience"),
       ("Question 5:", 13, S, "multi_agency timeliness", "cases with information shared promptly between agencies"),
       ("Question 6:", 8, I, "smart_planning", "plans with clear, measurable actions")]
doc(_D5, 2025, "multi-agency case file audit of neglect", "April 2025",
    ["Scope and method", "Results by question (all agencies, 18 children)", "Results by agency", "Learning themes",
     "What the Partnership will do"],
    [F(cells(_D5, lab, 0), pol, th, c=yes, d=18, m=meas) for lab, yes, pol, th, meas in _MQ] + [
     F("the child was seen in every case", S),
     F("the records described the home conditions in detail", S, "recording_quality"),
     F("the neglect tool was used in 5 of the 18 cases", I, "template_use", c=5, d=18,
       m="social care cases where the neglect tool was used"),
     F("referrals were well evidenced", S),
     F("health staff attended 15 of the 17 core groups they were invited to", S, "multi_agency", c=15, d=17,
       m="core groups attended by health staff"),
     F("attendance concerns were raised quickly", S, "timeliness"),
     F("school staff were rarely asked to contribute to assessments", I, "multi_agency"),
     F("Domestic abuse notifications reached the front door within 24 hours in every case audited", S,
       "timeliness multi_agency"),
     F("GP records held safeguarding flags in only 4 of the 14 cases", I, "recording_quality", c=4, d=14,
       m="GP records holding safeguarding flags"),
     F("GPs were not invited to any core group", I, "multi_agency"),
     F("often wait too long before acting on it", I, "drift_delay"),
     F("was put together in only a minority of cases", I, "family_history risk_analysis"),
     F("Where a neglect tool had been used, plans were sharper", S, "template_use smart_planning"),
    ])

# 6 fostering service annual report ----------------------------------------------------------
doc("fostering-annual-report-2024.txt", 2024, "fostering service annual report", "1 April 2023 to 31 March 2024",
    ["Introduction", "The service at a glance", "Recruitment", "Annual reviews", "Audit of supervising social work",
     "Support to carers", "Stability", "Priorities for 2024/25"],
    [
     F("Foster carer reviews are completed on time in the great majority of cases", S, "timeliness", "Fostering"),
     F("118 of the 124 reviews due were held within twelve months of the last", S, "timeliness", c=118, d=124,
       m="foster carer reviews held within twelve months"),
     F("Children’s views were gathered for most reviews", S, "voice_of_child"),
     F("birth children’s views were sought in fewer than half", I, "voice_of_child"),
     F("Supervision visits had taken place at least every six weeks in 26 of the 30 files", S, c=26, d=30,
       m="foster carer files with supervision visits at least every six weeks", per="January 2024",
       act="audit of supervising social work"),
     F("unannounced visits were completed in every case", S, act="audit of supervising social work",
       per="January 2024"),
     F("The audit graded 20 files good or better (67%)", S, c=20, d=30, g=G, q=OA,
       m="foster carer files graded good or better", per="January 2024", act="audit of supervising social work"),
     F("Safer caring plans were the weakest area", I, "", act="audit of supervising social work", per="January 2024"),
     F("only 12 were up to date", I, "", c=12, d=30, m="safer caring plans up to date", per="January 2024",
       act="audit of supervising social work"),
     F("83% of carers had completed the mandatory courses", I, "training_need", v=83,
       m="carers who completed the mandatory courses", act="audit of supervising social work", per="January 2024"),
     F("the 90% standard the service sets itself", N, k="target", v=90,
       m="carers who completed the mandatory courses, standard", act="audit of supervising social work",
       per="January 2024"),
     F("Carers describe the support group as a lifeline", S, "training_need"),
     F("Out-of-hours support was praised", S, "training_need"),
     F("they find it hard to get hold of their child’s social worker", I, "relationships"),
     F("Placement endings that were not planned fell to 14", S, "permanence"),
    ])

build()
