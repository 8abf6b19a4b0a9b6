"""Per-finding specs of tests/data/real11 (run: python3 tests/data/real11/notes/specs.py)."""
from gold_lib import F, doc, build

G, RI, INAD, OA, OB = "good", "requires_improvement", "inadequate", "or_above", "or_below"
S, I, N = "strength", "improvement", "neutral"

# 1 inspection-style letter, PDF export ---------------------------------------------
doc("letter-monitoring-visit-help-protection-2025.txt", 2025, "monitoring visit", "March 2025",
    ["Headline findings", "Assessment", "Child protection", "Workforce", "Next steps"],
    [
     F("Progress since the last visit is real but uneven", I, "consistency"),
     F("Leaders know where practice is strongest and where it is weakest", S),
     F("Decisions at the front door were proportionate for 36 of the 40 children", S, "decision_making",
       c=36, d=40, m="front door decisions judged proportionate"),
     F("Managers’ direction on contacts is visible and quick", S, "management_oversight timeliness"),
     F("Consent was not routinely sought or recorded before checks were made with partners", I,
       "recording_quality"),
     F("Assessments have got better since October", S),
     F("Inspectors judged 22 of the 40 assessments good", S, "", c=22, d=40, g=G,
       m="assessments judged good"),
     F("14 as requiring improvement", I, "", c=14, d=40, g=RI, m="assessments requiring improvement"),
     F("and 4 inadequate", I, "", c=4, d=40, g=INAD, m="assessments judged inadequate"),
     F("was described rather than weighed", I, "reflection_analysis"),
     F("Past concerns were too often left out", I, "family_history"),
     F("Children’s own views appear in most assessments", S, "voice_of_child"),
     F("several social workers had written to children in plain, warm language", S, "voice_of_child"),
     F("Strategy meetings are held promptly and police and health colleagues attend", S,
       "timeliness multi_agency"),
     F("31 of the 34 strategy meetings in the sample took place on the day of the referral", S, "timeliness",
       c=31, d=34, m="strategy meetings held on the day of the referral or the next working day"),
     F("Child protection plans remain the weakest part of the work", I),
     F("Only about a third set out clearly what must change", I, "smart_planning"),
     F("In 11 of the 34 plans the contingency was a single line", I, "", c=11, d=34,
       m="child protection plans whose contingency was a single line"),
     F("check progress against the plan", I, "plan_progress"),
     F("for some children drift of several months went unchallenged", I, "drift_delay"),
     F("Caseloads have come down to an average of 17", S),
     F("Agency staff still make up 27¤per¤cent of social workers in the child protection teams", I,
       "workforce_stability", "Child Protection", v=27, m="agency social workers in the child protection teams"),
     F("children told inspectors about changes of worker", I, "workforce_stability"),
     F("Supervision happens regularly", S, "management_oversight"),
     F("the records rarely show reflection on what is changing for the child", I,
       "reflection_analysis management_oversight"),
    ])

# 2 slide deck transcript ---------------------------------------------------------
doc("slides-qa-learning-update-autumn-2024.txt", 2024, "case file audits", "July to September 2024",
    ["How we audited", "Overall grades", "Chronologies", "Voice of the child", "Plans", "Supervision", "What next?"],
    [
     F("Good or Outstanding: 34 of 58", S, "", c=34, d=58, g=G, q=OA, m="audits graded good or outstanding"),
     F("Requires Improvement: 19 of 58", I, "", c=19, d=58, g=RI, m="audits graded requires improvement"),
     F("Inadequate: 5 of 58", I, "", c=5, d=58, g=INAD, m="audits graded inadequate"),
     F("Last quarter Good or Outstanding was 52%", S, "", v=52, g=G, q=OA, per="April to June 2024",
       m="audits graded good or outstanding"),
     F("Improvement is steady, not dramatic", S),
     F("Care leavers audits were the strongest cohort", S, "", "Care Leavers"),
     F("9 of 11 good or better", S, "", "Care Leavers", c=9, d=11, g=G, q=OA,
       m="care leavers audits graded good or better"),
     F("Children in Need audits lag behind", I, "", "Children in Need"),
     F("Up to date in 41 of the 58 files", S, "timeliness", c=41, d=58, m="chronologies up to date"),
     F("Significant events often listed without saying why they mattered", I, "family_history reflection_analysis"),
     F("Birth family history missing for several children in care", I, "family_history", "LAC"),
     F("Children seen alone: 47 of 58", S, "voice_of_child", c=47, d=58, m="children seen alone"),
     F("Direct work tools used well by the Disabled Children’s Team", S, "relationships template_use",
       "Disabled Children"),
     F("Views of babies and pre-verbal children rarely described", I, "voice_of_child"),
     F("the reasons were explained to them in only about half of cases", I, "voice_of_child"),
     F("Good use of life story work for younger children in care", S, "family_history", "LAC"),
     F("SMART in 23 of 58 audits", S, "smart_planning", c=23, d=58, m="plans judged SMART"),
     F("Contingency plans present but generic", I),
     F("Review dates missed for some children in the Child Protection teams", I, "timeliness plan_progress",
       "Child Protection"),
     F("Plans written with families are clearer and more likely to be followed", S, "family_engagement"),
     F("Auditors want fewer actions and more about what will be different for the child", I, "child_centred"),
     F("In date for 44 of the 58 children", S, "timeliness management_oversight", c=44, d=58,
       m="children whose supervision was in date"),
     F("Reflective, curious discussion still the exception", I, "reflection_analysis"),
     F("Actions from supervision not always carried into the plan", I, "management_oversight plan_progress"),
    ])

# 3 quarterly dashboard, PDF text ------------------------------------------------------
_T1 = [("Early Help                  18   72.2%      5.6%", 72.2, 5.6, "Early Help"),
       ("Children in Need            27   44.4%     14.8%", 44.4, 14.8, "Children in Need"),
       ("Child Protection            22   59.1%     13.6%", 59.1, 13.6, "Child Protection"),
       ("Children in Care            20   65.0%      5.0%", 65.0, 5.0, "LAC"),
       ("Care Leavers                12   66.7%       –", 66.7, None, "Care Leavers")]
_t1 = []
for _q, _g, _i, _tm in _T1:
    _t1.append(F(_q, S, "", _tm, v=_g, g=G, q=OA, m="audits graded good or better"))
    if _i is not None:
        _t1.append(F(_q, I, "", _tm, v=_i, g=INAD, m="audits graded inadequate"))
_T2 = [("Chronology                    55.2%      70%", 55.2, 70, "", "chronologies"),
       ("Plan (SMART)                  46.9%      50%", 46.9, 50, "smart_planning", "SMART plans"),
       ("Supervision in date           76.0%      85%", 76.0, 85, "timeliness management_oversight",
        "supervision in date")]
_t2 = []
for _q, _r, _tg, _th, _m in _T2:
    _t2.append(F(_q, S, _th, v=_r, g=G, q=OA, m=_m + " rated good or better"))
    _t2.append(F(_q, N, _th, v=_tg, k="target", g=G, q=OA, m=_m + " rated good or better (target)"))
doc("dashboard-case-audit-quarter-3-2024-25.txt", 2024, "case file audits", "Quarter 3 2024/25",
    ["Purpose", "Summary", "Table 1  Overall grade by service area, Q3", "Commentary",
     "Table 2  Practice elements rated good or better, Q3", "Notes"],
    [
     F("Good or better rose to 59.6%", S, "", v=59.6, g=G, q=OA, m="audits graded good or better"),
     F("51.1% last quarter", S, "", v=51.1, g=G, q=OA, per="Quarter 2 2024/25", m="audits graded good or better"),
     F("The share judged inadequate was 9.1%", I, "", v=9.1, g=INAD, m="audits graded inadequate"),
    ] + _t1 + [
     F("Early Help continues to lead", S, "", "Early Help"),
     F("Children in Need is the only service area below half", I, "", "Children in Need"),
     F("had assessments that were not updated when circumstances changed", I, "timeliness"),
     F("Child Protection improved on Q2 by 8 points", S, "", "Child Protection", v=8, k="change", g=G, q=OA,
       m="rise in audits graded good or better since Q2"),
    ] + _t2 + [
     F("SMART planning remains the lowest-rated", I, "smart_planning"),
     F("A new chronology tool was introduced in\nSeptember to deal with the backlog", S,
       "template_use timeliness"),
     F("are noticeably fuller", S, "recording_quality"),
    ])

# 4 hard-wrapped partnership audit report ------------------------------------------------
_T4 = [("Children’s social care       12          7                  4                 1", 12, 7, 4, 1, ""),
       ("Health                       11          8                  3                 0", 11, 8, 3, 0, ""),
       ("Police                        7          2                  4                 1", 7, 2, 4, 1, ""),
       ("Early Help                    5          4                  1                 0", 5, 4, 1, 0, "Early Help")]
_t4 = []
for _q, _n, _g, _r, _i, _tm in _T4:
    _t4.append(F(_q, S, "", _tm, c=_g, d=_n, g=G, q=OA, m="agency records graded good or better"))
    _t4.append(F(_q, I, "", _tm, c=_r, d=_n, g=RI, m="agency records graded requires improvement"))
    if _i:
        _t4.append(F(_q, I, "", _tm, c=_i, d=_n, g=INAD, m="agency records graded inadequate"))
doc("partnership-audit-report-neglect-2024.txt", 2024, "multi-agency neglect audit", "2024",
    ["1. Why we did this audit", "2. How the grades were given", "3. Findings", "3.1 Recognition",
     "3.2 Assessment of neglect", "3.3 Working together", "4. Grades by agency", "5. Recommendations"],
    [
     F("Neglect was recognised early for 9 of the 12 children", S, "timeliness", c=9, d=12,
       m="children whose neglect was recognised early"),
     F("a clear improvement", S, "timeliness"),
     F("detailed and well evidenced", S, "recording_quality"),
     F("For the other three children", I, "timeliness", c=3, d=12, m="children whose neglect was recognised late"),
     F("before anyone drew them together", I, "drift_delay"),
     F("The Graded Care Profile was completed for seven of the twelve children", S, "template_use", c=7, d=12,
       m="children with a completed Graded Care Profile"),
     F("daily lives was richer", S, "child_centred"),
     F("looked at the history of the parents’ own childhoods", I, "family_history"),
     F("seldom part of the assessment at all", I, "family_engagement"),
     F("Information sharing between health visitors and social workers was good", S, "multi_agency"),
     F("Agencies did not always know who else was involved", I, "multi_agency"),
     F("in five of the twelve", I, "multi_agency", c=5, d=12,
       m="cases where a professional learned of another agency only at the audit meeting"),
     F("Escalation was not used when plans stalled", I, "multi_agency"),
    ] + _t4 + [
     F("All agencies should use the Graded Care Profile when neglect is suspec-", I, "template_use"),
     F("Fathers and male carers should be routinely identified and engaged", I, "family_engagement"),
    ])

# 5 panel paper, numbered paragraphs, page footers ------------------------------------------
doc("panel-paper-fostering-audit-2025.txt", 2025, "foster carer file audit", "December 2024",
    ["1. Purpose", "2. Background", "3. Annual reviews", "4. Supervision of carers", "5. Training",
     "6. Matters for the panel"],
    [
     F("Since then the service has recruited two supervising social workers and brought in a shorter visit record",
       S, "workforce_stability template_use"),
     F("Foster carer reviews had been held within the 12-month timescale for 26 of the 30 households", S,
       "timeliness", "Fostering", c=26, d=30, m="foster carer annual reviews held within 12 months"),
     F("compared with 68% in last year’s audit", S, "timeliness", "Fostering", v=68, per="January 2024",
       m="foster carer annual reviews held within 12 months"),
     F("Reviews were of good quality overall", S),
     F("The views of children in placement were gathered for 19 households", S, "voice_of_child", c=19, d=30,
       m="reviews gathering the views of children in placement"),
     F("the views of birth children of carers were too often missing", I, "voice_of_child"),
     F("Health and safety checks were in date in all 30 files", S, "timeliness"),
     F("Supervisory visits took place at least every six weeks for 22 of the 30 households", S, "timeliness",
       c=22, d=30, m="households with supervisory visits at least every six weeks"),
     F("Eight households waited longer", I, "timeliness", c=8, d=30,
       m="households waiting longer than six weeks for a supervisory visit"),
     F("two of them had no visit for over three months", I, "timeliness", c=2, d=8,
       m="late-visited households with no visit for over three months"),
     F("The new visit record has helped", S, "template_use"),
     F("notes are shorter and the actions agreed are easier to find", S, "recording_quality"),
     F("Reflective discussion with carers about the child’s behaviour was strong in the kinship fostering team", S,
       "reflection_analysis", "Fostering"),
     F("Learning and development plans were out of date for a third of carers", I, "timeliness training_need",
       v=33.3, m="carers whose learning and development plan was out of date"),
     F("Mandatory training was complete for 24 of the 30 households", S, "training_need", c=24, d=30,
       m="households with mandatory training complete"),
     F("the 90% standard", N, "training_need", v=90, k="target", m="households with mandatory training complete (standard)"),
     F("short of the", I, "training_need"),
     F("Carers rated the therapeutic parenting course highly", S, "training_need"),
    ])

# 6 scorecard with RAG and met / not met counts ------------------------------------------
_T6 = [("S1 Contact and referral decisions          41        36       5      87.8   Green", 41, 36, 5, "Green",
        "decision_making", "contact and referral decisions"),
       ("S2 Assessment completed in timescale       40        30      10      75.0   Amber", 40, 30, 10, "Amber",
        "timeliness", "assessments completed in timescale"),
       ("S3 Plan is specific and time-bound         38        18      20      47.4   Red", 38, 18, 20, "Red",
        "smart_planning", "plans specific and time-bound"),
       ("S4 Child seen within visiting standard     43        40       3      93.0   Green", 43, 40, 3, "Green",
        "timeliness", "children seen within the visiting standard"),
       ("S5 Supervision in date                     39        30       9      76.9   Amber", 39, 30, 9, "Amber",
        "timeliness management_oversight", "supervision in date")]
_t6 = []
for _q, _n, _m1, _nm, _rag, _th, _ms in _T6:
    _t6.append(F(_q, S, _th, c=_m1, d=_n, m=_ms + ": standard met"))
    _t6.append(F(_q, I, _th, c=_nm, d=_n, m=_ms + ": standard not met"))
    _t6.append(F(_q, S if _rag == "Green" else I, _th))
doc("scorecard-practice-standards-q4-2024-25.txt", 2024, "practice standards audit", "Quarter 4 2024/25",
    ["How to read this scorecard", "Results by standard", "Commentary", "Change on Quarter 3",
     "What auditors noticed"],
    _t6 + [
     F("Contact decisions and visits are our strongest standards again this quarter", S, "decision_making"),
     F("Assessment timeliness\ndipped", I, "timeliness"),
     F("after two workers left the Children in Need team in February", I, "workforce_stability", "Children in Need"),
     F("plans list services rather than the changes\nneeded for the child", I, "smart_planning child_centred"),
     F("review dates are often missing", I, "plan_progress timeliness"),
     F("The share of files meeting all five standards was 34.1% (14 of 41)", S, "", c=14, d=41,
       m="files meeting all five standards"),
     F("S2 fell from 84% in Quarter 3", S, "timeliness", v=84, per="Quarter 3 2024/25",
       m="assessments completed in timescale: standard met"),
     F("S5 is up by 9 points", S, "timeliness management_oversight", v=9, k="change",
       m="rise in supervision in date: standard met"),
     F("Good practice: careful, well-reasoned threshold decisions at the front door", S, "decision_making"),
     F("To develop: management oversight of cases open longer than a year", I, "management_oversight"),
    ])

build()
