"""Per-finding specs of tests/data/real13 (run: python3 tests/data/real13/notes/specs.py)."""
from pathlib import Path

from gold_lib import F, doc, build

_DIR = Path(__file__).resolve().parents[1]


def row(name, label):
    """The whole table line that starts with label (a unique quote for a table cell)."""
    for line in (_DIR / name).read_text(encoding="utf-8").splitlines():
        if line.startswith(label):
            return line.rstrip()
    raise AssertionError((name, label))

G, RI, INAD, OA, OB = "good", "requires_improvement", "inadequate", "or_above", "or_below"
S, I, N = "strength", "improvement", "neutral"

# 1 inspection judgement summary ------------------------------------------------------
doc("inspection-judgements-childrens-services-2025.txt", 2025, "inspection of local authority children’s services",
    "3 to 14 February 2025",
    ["About this inspection", "Help and protection", "Children in care", "Care leavers", "Leaders",
     "What needs to improve", "Next steps"],
    [
     F("The impact of leaders on social work practice", S, "management_oversight"),
     F("The experiences and progress of children who", I),
     F("The experiences and progress of children in ", S, "", "LAC"),
     F("The experiences and progress of care leavers", I, "", "Care Leavers"),
     F("Overall effectiveness", I),
     F("Thresholds at the front door are applied consistently", S, "decision_making consistency"),
     F("do not always include health colleagues", I, "multi_agency"),
     F("Too many assessments are still finished late", I, "timeliness"),
     F("31% of those started in the year took longer than 45¤working¤days", I, "timeliness", v=31,
       m="assessments taking longer than 45 working days"),
     F("Some children wait too long for a decision about whether to go to court", I, "decision_making drift_delay"),
     F("Children in care live in homes that suit them", S, "permanence", "LAC"),
     F("In 51 of the 64 records, the child’s wishes were written down in the child’s own words", S,
       "voice_of_child", c=51, d=64, m="records with the child’s wishes in the child’s own words"),
     F("Just under three quarters of children in care had an up-to-date health assessment", S, "timeliness", "LAC"),
     F("Personal advisers keep in touch and young people say they trust them", S, "relationships"),
     F("Two thirds of care leavers aged 19 to 21 are in education, employment or training", S, "", "Care Leavers",
       v=66.7, m="care leavers aged 19 to 21 in education, employment or training"),
     F("Pathway plans are written with young people", S, "voice_of_child", "Pathway"),
     F("but are rarely updated when their lives change", I, "timeliness plan_progress", "Pathway"),
     F("Leaders know the service well", S),
     F("Social workers now hold manageable caseloads and describe managers as easy to reach", S,
       "management_oversight"),
     F("audits have not yet led to consistent changes in practice", I, "consistency"),
     F("The timeliness of initial child protection conferences", I, "timeliness", "Child Protection"),
     F("The quality of plans for children who need help and protection", I, "smart_planning"),
     F("Pathway planning for care leavers", I, "", "Pathway|Care Leavers"),
    ])

# 2 executive decision record on an internal audit -------------------------------------------
_D2 = "decision-record-internal-audit-case-recording-2024.txt"
_A = "internal audit of case recording and management oversight"
doc("decision-record-internal-audit-case-recording-2024.txt", 2024, _A, "April to June 2024",
    ["1. Decision", "2. Reasons for the decision", "3. Options considered", "4. Financial implications",
     "5. Legal implications", "6. Consultation", "Appendix A – Summary of internal audit findings"],
    [
     F("The auditors gave an opinion of Limited assurance on the controls over case recording", I,
       "recording_quality"),
     F("Visit records were detailed and showed that children had been seen", S, "recording_quality"),
     F("Supervision is taking place regularly across all teams", S, "management_oversight"),
     F("case notes were often added weeks after the event, in batches", I, "timeliness recording_quality"),
     F("closure checks by managers were not consistently completed", I, "management_oversight consistency"),
     F("The rationale for management decisions was missing or thin in 12 of the 45 records", I,
       "decision_making management_oversight recording_quality", c=12, d=45,
       m="records with the rationale for management decisions missing or thin"),
     F("The Children with Disabilities Team had the weakest results", I, "", "Disabled Children"),
     F("case notes were entered in time for 3 of its 9 records", S, "timeliness recording_quality",
       "Disabled Children", c=3, d=9, m="case notes entered in time, Children with Disabilities Team"),
     F("7 of the 12 recommendations had already been implemented", S, "", c=7, d=12,
       m="audit recommendations implemented by the follow-up"),
     F(row(_D2, "Case notes entered within 5 working days"), S, "timeliness recording_quality", c=29, d=45, m="case notes entered within 5 working days"),
     F(row(_D2, "Case notes entered within 5 working days"), I, "timeliness recording_quality"),
     F(row(_D2, "Management decisions recorded on the file"), S, "decision_making management_oversight recording_quality", c=33, d=45,
       m="management decisions recorded on the file"),
     F(row(_D2, "Management decisions recorded on the file"), I,
       "decision_making management_oversight recording_quality"),
     F(row(_D2, "Supervision within the expected frequency"), S, "management_oversight timeliness", c=38, d=45,
       m="supervision within the expected frequency"),
     F(row(_D2, "Supervision within the expected frequency"), S, "management_oversight timeliness"),
     F(row(_D2, "Manager sign-off before case closure"), S, "management_oversight", c=12, d=20, m="manager sign-off before case closure"),
     F(row(_D2, "Manager sign-off before case closure"), I, "management_oversight"),
     F("recording of direct work with children was a strength in the locality teams", S,
       "relationships recording_quality"),
     F("Sign-off before closure is the control most in need of attention", I, "management_oversight"),
    ])

# 3 principal social worker's annual practice report ----------------------------------------
doc("psw-annual-practice-report-2023.txt", 2023, "case audits", "2023/24",
    ["Introduction", "The year in numbers", "What children and families told us", "Strengths", "Learning",
     "Workforce", "Practice development", "Priorities for 2024/25"],
    [
     F("Good or outstanding overall: 61%", S, "", v=61, g=G, q=OA, m="audits graded good or outstanding"),
     F("54% in 2022/23", S, "", v=54, g=G, q=OA, per="2022/23", m="audits graded good or outstanding"),
     F("(up from", S),
     F("Inadequate: 7%", I, "", v=7, g=INAD, m="audits graded inadequate"),
     F("Practice observations rated good or better: 9 of 11", S, "", c=9, d=11, g=G, q=OA,
       m="practice observations rated good or better"),
     F("Where workers changed, children noticed", I, "workforce_stability"),
     F("30 said they understood the plan for their child", S, "family_engagement", c=30, d=38,
       m="families who said they understood the plan for their child"),
     F("Relationship-based direct work", S, "relationships"),
     F("Life story work in the Children in Care teams", S, "family_history", "LAC"),
     F("Timely strategy discussions with police", S, "timeliness multi_agency"),
     F("Assessments that weigh family history", S, "family_history"),
     F("Contingency planning", I, "risk_analysis"),
     F("Fathers’ involvement in assessments", I, "family_engagement"),
     F("Recording of management decisions", I, "management_oversight recording_quality"),
     F("Consistency of supervision across the Early Help teams", I, "consistency management_oversight",
       "Early Help"),
     F("fell to 14%", I, "workforce_stability", v=14, m="social worker turnover"),
     F("Social worker turnover fell", S, "workforce_stability"),
     F("Agency workers filled 18 of our 160 social work posts", I, "workforce_stability", c=18, d=160,
       m="social work posts filled by agency workers"),
     F("every one of them had a protected caseload", S, "training_need"),
    ])

# 4 slide deck exported as text, no slide markers -------------------------------------------
doc("slides-practice-improvement-board-2025.txt", 2025, "case audits", "Quarter 1 2025/26",
    ["HOW WE AUDIT Each team manager audits two files a month",
     "WHERE WE ARE 146 audits completed, April to June",
     "CHRONOLOGIES Up to date in 58%",
     "ASSESSMENTS Analysis is getting sharper",
     "PLANS Families helped to write them",
     "VOICE OF THE CHILD Seen and heard",
     "SUPERVISION In date: 79% (target 85%)",
     "WHAT FAMILIES TOLD AUDITORS",
     "WHAT WE WILL DO NEXT Thematic audit of plans in July",
     "QUESTIONS?"],
    [
     F("68%", S, "", v=68, g=G, q=OA, m="audits graded good or better"),
     F("good or better ↑", S),
     F("from 63%", S, "", v=63, g=G, q=OA, per="Quarter 4 2024/25", m="audits graded good or better"),
     F("8%\ninadequate", I, "", v=8, g=INAD, m="audits graded inadequate"),
     F("inadequate ↓", S),
     F("from 11%", I, "", v=11, g=INAD, per="Quarter 4 2024/25", m="audits graded inadequate"),
     F("Moderation agreed the auditor’s grade in 27 of 30", S, "", c=27, d=30,
       m="moderated audits where the auditor’s grade was agreed"),
     F("Up to date in 58%", S, "timeliness", v=58, m="chronologies up to date"),
     F("↑ 9 points since January", S, "timeliness", v=9, k="change", m="rise in chronologies up to date"),
     F("Key events copied in without any analysis", I, "family_history reflection_analysis"),
     F("Analysis is getting sharper", S, "reflection_analysis"),
     F("72% good or better", S, "", v=72, g=G, q=OA, m="assessments graded good or better"),
     F("Risk weighed against strengths in most", S, "risk_analysis needs_strengths"),
     F("Still too descriptive in the Child Protection teams", I, "reflection_analysis", "Child Protection"),
     F("Families helped to write them", S, "family_engagement"),
     F("SMART: 41%", S, "smart_planning", v=41, m="plans judged SMART"),
     F("↓ 6 points on Q4", I, "smart_planning", v=6, k="change", m="fall in plans judged SMART"),
     F("Seen and heard", S, "voice_of_child"),
     F("9¤in¤10", S, "voice_of_child", v=90, m="children seen alone at the last visit"),
     F("Babies’ daily routines described in more records", S, "child_centred"),
     F("Views of disabled children rarely captured", I, "voice_of_child", "Disabled Children"),
     F("In date: 79%", S, "timeliness management_oversight", v=79, m="supervision in date"),
     F("target 85%", N, "", v=85, k="target", m="supervision in date (target)"),
     F("Reflective notes better in the Care Leavers service", S, "reflection_analysis management_oversight",
       "Care Leavers"),
     F("Actions not followed up between sessions", I, "management_oversight plan_progress"),
    ])

# 5 monthly themed audit: supervision -----------------------------------------------------
_ROWS = [("Front Door (MASH)", 8, (6, 2, 0), "MASH"),
         ("Assessment and Intervention", 12, (5, 6, 1), ""),
         ("Children in Care", 10, (7, 3, 0), "LAC"),
         ("Leaving Care", 6, (5, 1, 0), "Care Leavers"),
         ("Disabled Children", 7, (2, 4, 1), "Disabled Children"),
         ("All teams", 43, (25, 16, 2), "")]
_D5 = "themed-audit-supervision-2025.txt"
_t = []
for _lab, _n, (_g, _r, _i), _tm in _ROWS:
    if _g:
        _t.append(F(row(_D5, _lab), S, "management_oversight", _tm, c=_g, d=_n, g=G, q=OA, aft="Results by team",
                    m="supervision graded good or better"))
    if _r:
        _t.append(F(row(_D5, _lab), I, "management_oversight", _tm, c=_r, d=_n, g=RI, aft="Results by team",
                    m="supervision graded requires improvement"))
    if _i:
        _t.append(F(row(_D5, _lab), I, "management_oversight", _tm, c=_i, d=_n, g=INAD, aft="Results by team",
                    m="supervision graded inadequate"))
doc("themed-audit-supervision-2025.txt", 2025, "monthly themed audit: supervision", "May 2025",
    ["Why this theme", "How we did it", "Results by team", "What we found", "Not yet where we want to be",
     "Actions agreed"],
    _t + [
     F("37 of the 43 records showed supervision within the six-week standard", S,
       "timeliness management_oversight", c=37, d=43, m="records with supervision within the six-week standard"),
     F("Supervision records in Children in Care and Leaving Care are reflective and keep the child’s plan in view",
       S, "reflection_analysis management_oversight plan_progress", "LAC|Care Leavers"),
     F("Case direction is still written as a list of tasks, with no reasons given", I,
       "management_oversight decision_making"),
     F("The voice of the child is not yet visible in supervision records in the Disabled Children team", I,
       "voice_of_child management_oversight", "Disabled Children"),
     F("Supervisees told us they feel supported", S, "training_need"),
     F("Reflection on risk during supervision", I, "risk_analysis reflection_analysis management_oversight"),
     F("Follow-up of agreed actions between sessions", I, "plan_progress management_oversight"),
    ])

# 6 e-mail QA newsletter ----------------------------------------------------------------
doc("newsletter-qa-practice-matters-2025.txt", 2025, "case file audits", "February 2025",
    ["AUDIT ROUND-UP", "SHOUT-OUT", "DID YOU KNOW?", "YOU SAID / WE DID", "FIGURES TO WATCH",
     "STILL ON OUR LIST", "DATES"],
    [
     F("Nine in ten had a chronology on file", S, "", v=90, m="files with a chronology on file"),
     F("almost two thirds of those were up to date", S, "timeliness"),
     F("Half of the plans we read had a contingency that would actually help a family in a crisis", S,
       "risk_analysis", v=50, m="plans with a contingency that would help in a crisis"),
     F("Only one in four records of home visits said what the child did or said during the visit", S,
       "voice_of_child", v=25, m="visit records saying what the child did or said"),
     F("something for all of us to look at", I, "voice_of_child"),
     F("The Pathway team’s records this month were a pleasure to read", S, "recording_quality voice_of_child",
       "Pathway"),
     F("Three quarters of the children reported missing last month were back home within a day", N, "",
       v=75, m="children reported missing back home within a day"),
     F("cut the tool from 42 questions to 26", S, "template_use"),
     F("every inadequate audit now has a named manager and a four-week check", S, "management_oversight"),
     F("Supervision in date: four in five workers", S, "timeliness management_oversight", v=80,
       m="workers with supervision in date"),
     F("down from nearly nine in ten", I, "timeliness management_oversight"),
     F("Re-referrals within 12 months: a fifth of all referrals", I, "", v=20, m="re-referrals within 12 months"),
     F("moderators agreed with the auditor’s grade in almost every case", S),
     F("Fathers still missing from too many assessments", I, "family_engagement"),
     F("Management oversight of Early Help step-downs not yet recorded consistently", I,
       "management_oversight consistency recording_quality", "Early Help"),
    ])

build()
