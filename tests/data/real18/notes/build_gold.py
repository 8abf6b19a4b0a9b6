"""Per-finding annotations of tests/data/real18, written by hand from the documents and
spec/FINDINGS.md (run: python3 tests/data/real18/notes/build_gold.py).

F(quote, polarity, themes, teams, v=value, c=count, d=denominator, k=figure_kind, g=grade,
q=qualifier, m=measure, per=period, act=audit_activity). Values of counts are computed by
scripts/gold_builder.py; '¤' stands for a non-breaking space.
"""
from gold_lib import F, build, cells, doc, row

S, I, N = "strength", "improvement", "neutral"
G, RI, INAD, OA = "good", "requires_improvement", "inadequate", "or_above"

# 1 two-column QA newsletter, pasted from its PDF -----------------------------------------
n = "practice-matters-qa-newsletter-spring-2024.txt"
doc(n, 2024, "case file audits", "January and March",
    ["IN THIS ISSUE", "WELCOME", "AUDIT HEADLINES", "CHRONOLOGIES", "PLANS AND REVIEWS", "SUPERVISION",
     "DATES FOR YOUR DIARY"],
    [
     F("The overall picture is improving", S),
     F("87 were graded good or", S, c=87, d=142, g=G, q=OA, m="files graded good or outstanding"),
     F("up from 54¤% in the", S, v=54, g=G, q=OA, m="files graded good or outstanding", per="the autumn quarter"),
     F("Nine files were graded inadequate", I, c=9, d=142, g=INAD, m="files graded inadequate"),
     F("were graded RI", I, c=46, d=142, g=RI, m="files graded requires improvement"),
     F("the strongest prac-\ntice was in the cwd team", S, "", "Disabled Children"),
     F("graded 11/13 files good or better", S, "", "Disabled Children", c=11, d=13, g=G, q=OA,
       m="cwd team files graded good or better"),
     F("warm, respectful relation-\nships between workers and children", S, "relationships"),
     F("children were\nseen alone far more often than a year", S, "voice_of_child"),
     F("where three changes of\nsocial worker in a year were common", I, "workforce_stability"),
     F("the reason for a change was seldom ex-\nplained to the family", I, "workforce_stability family_engagement"),
     # CHRONOLOGIES
     F("Keeping chronologies up to date is still\nour weakest area", I, "timeliness"),
     F("52 of the 142 files", S, "timeliness", c=52, d=142,
       m="files with a chronology updated in the last three months"),
     F("Where chronologies were current, they\nwere often very good", S, "recording_quality"),
     F("out the fostering team for chronologies\nthat start at birth", S, "family_history", "Fostering"),
     F("In early help, the new chrono-\nlogy template is not yet used", I, "template_use", "Early Help"),
     F("the events recorded were\noften appointments rather than what hap-\npened to the child", I,
       "child_centred", "Early Help"),
     # PLANS AND REVIEWS
     F("Plans are getting shorter and clearer", S),
     F("Sixty-eight percent of the plans we read", S, v=68, g=G, q=OA, m="plans graded good or better"),
     F("most\nwere written in words a parent could\nfollow", S, "family_engagement"),
     F("Plans were not SMART enough in the files\nof the children in need teams", I, "smart_planning",
       "Children in Need"),
     F("In 14 of the 40 child in\nneed plans the contingency section was\nblank", I, c=14, d=40,
       m="child in need plans with a blank contingency section"),
     F("Review meetings were held on time for\n93¤% of children in care", S, "timeliness", "LAC", v=93,
       m="children in care whose review meetings were held on time"),
     F("footprint was on the file in 32 of the", S, "management_oversight", c=32, d=44,
       m="cases with the reviewing officer’s footprint on the file"),
     # SUPERVISION
     F("Supervision is happening", S, "management_oversight"),
     F("118 of the 142\nfiles had a supervision recorded", S, "management_oversight", c=118, d=142,
       m="files with a supervision recorded in the last six weeks"),
     F("The quality of the record is more mixed", I, "consistency management_oversight"),
     F("In half of the supervision notes we read", I, "reflection_analysis management_oversight", v=50,
       m="supervision notes with no reflection on what was changing for the child"),
     F("actions were\ncopied from one month to the next", I, "management_oversight plan_progress"),
     F("Management oversight at the point of\nallocation was strong in the mash and\nthe yot", S,
       "management_oversight decision_making", "MASH|YOT"),
    ])

# 2 e-mail summary of a month's audits to team managers -----------------------------------
n = "june-audits-summary-email-2024.txt"
A, CIN, CP, CLA, CWD = (row(n, x) for x in ("the assessment team", "cin teams", "cp team  ", "cla team  ", "cwd team  "))
doc(n, 2024, "June audits", "June 2024",
    ["NUMBERS", "BY TEAM", "Going well", "Even better if", "Worries", "ACTIONS (owners and dates please!)"],
    [
     F(row(n, "good or better"), S, c=21, d=36, g=G, q=OA, m="files graded good or better"),
     F(row(n, "RI "), I, c=12, d=36, g=RI, m="files graded requires improvement"),
     F(row(n, "inadequate "), I, c=3, d=36, g=INAD, m="files graded inadequate"),
     F("That is a better month than May", S),
     F("15/34 were good or better", S, c=15, d=34, g=G, q=OA, m="files graded good or better", per="May 2024"),
     # BY TEAM: each cell out of the team's files
     F(A, S, c=7, d=11, g=G, m="assessment team files graded good"),
     F(A, I, c=3, d=11, g=RI, m="assessment team files graded requires improvement"),
     F(A, I, c=1, d=11, g=INAD, m="assessment team files graded inadequate"),
     F(CIN, S, "", "Children in Need", c=6, d=8, g=G, m="children in need teams’ files graded good"),
     F(CIN, I, "", "Children in Need", c=2, d=8, g=RI, m="children in need teams’ files graded requires improvement"),
     F(CP, S, "", "Child Protection", c=2, d=7, g=G, m="cp team files graded good"),
     F(CP, I, "", "Child Protection", c=4, d=7, g=RI, m="cp team files graded requires improvement"),
     F(CP, I, "", "Child Protection", c=1, d=7, g=INAD, m="cp team files graded inadequate"),
     F(CLA, S, "", "LAC", c=2, d=5, g=G, m="cla team files graded good"),
     F(CLA, I, "", "LAC", c=3, d=5, g=RI, m="cla team files graded requires improvement"),
     F(CWD, S, "", "Disabled Children", c=4, d=5, g=G, m="cwd team files graded good"),
     F(CWD, I, "", "Disabled Children", c=1, d=5, g=INAD, m="cwd team files graded inadequate"),
     # Going well
     F("direct work with children – lots of creative tools, esp. in the\n  cwd team", S,
       "relationships template_use", "Disabled Children"),
     F("children seen alone in 30/36 files", S, "voice_of_child", c=30, d=36, m="children seen alone"),
     F("threshold decisions at the front door clearly recorded by managers", S,
       "decision_making management_oversight"),
     F("letters to children explaining what we are worried about (cla team)", S, "voice_of_child", "LAC"),
     # Even better if
     F("chronologies – still out of date in too many files", I, "timeliness"),
     F("plans with a name and a date next to every action", I, "smart_planning"),
     F("more evidence that dads have been contacted", I, "family_engagement"),
     F("fathers were not\n  mentioned at all in 11/36 files", I, "family_engagement", c=11, d=36,
       m="files in which fathers were not mentioned"),
     F("a clear reason recorded whenever the social worker changes", I, "workforce_stability recording_quality"),
     # Worries
     F("drift in pre-proceedings in the cp team", I, "drift_delay", "Child Protection"),
     F("2 of the 3 inadequate files had no supervision for over 3 months", I, "management_oversight", c=2, d=3,
       m="inadequate files with no supervision for over three months"),
    ])

# 3 FAQ sheet about the audit programme ---------------------------------------------------
n = "audit-programme-questions-and-answers-2023-24.txt"
doc(n, 2023, "case file audits", "April 2023 to March 2024",
    ["ABOUT THE PROGRAMME", "WHAT THE AUDITS FOUND", "ASSESSMENTS", "PLANS", "VISITS AND DIRECT WORK",
     "SUPERVISION", "AND NEXT?"],
    [
     F("Better than last year", S),
     F("54 % of files were graded good or", S, v=54, g=G, q=OA, m="files graded good or outstanding"),
     F("47 % in 2022–23", S, v=47, g=G, q=OA, m="files graded good or outstanding", per="2022–23"),
     F("inadequate fell to 7 %", I, v=7, g=INAD, m="files graded inadequate"),
     F("from 11 % the year before", I, v=11, g=INAD, m="files graded inadequate", per="2022–23"),
     F("The share graded\ninadequate fell", S),
     F("The fostering team and the care leavers service had the highest\ngrades", S, "",
       "Fostering|Care Leavers"),
     F("four in five of their files good or better", S, "", "Fostering|Care Leavers", v=80, g=G, q=OA,
       m="fostering team and care leavers service files graded good or better"),
     F("Files from\nthe duty and assessment team were weaker", I),
     # ASSESSMENTS
     F("Most assessments now include the child’s own words", S, "voice_of_child"),
     F("71 % were\ncompleted within 45 working days", S, "timeliness", v=71,
       m="assessments completed within 45 working days"),
     F("The weaker part is analysis", I, "reflection_analysis"),
     F("the family history was listed but not weighed", I, "family_history reflection_analysis"),
     F("risk was described rather than analysed", I, "risk_analysis"),
     F("Only 38 % of assessments\nhad an analysis section graded good or better", S, "reflection_analysis", v=38,
       g=G, q=OA, m="assessments with an analysis section graded good or better"),
     # PLANS
     F("A. Not yet", I, "smart_planning"),
     F("more of them are than a year ago", S, "smart_planning"),
     F("29/50 child protection plans were SMART", S, "smart_planning", c=29, d=50,
       m="child protection plans SMART throughout", act="thematic audit", per="November"),
     F("against 19/50 in the spring audit", S, "smart_planning", c=19, d=50,
       m="child protection plans SMART throughout", act="spring audit", per="spring"),
     F("Plans for children in\ncare were stronger", S, "smart_planning", "LAC"),
     F("child in need plans, which often had no date\nfor anything", I, "smart_planning"),
     # VISITS AND DIRECT WORK
     F("88 % of the visits in the files we read\nwere within the timescale", S, "timeliness", v=88,
       m="visits within the timescale set in the plan"),
     F("children were seen\nalone in 79 % of the files", S, "voice_of_child", v=79,
       m="files in which the child was seen alone, where appropriate"),
     F("Auditors would\nlike to see more written down about what each visit was for", I, "recording_quality"),
     # SUPERVISION
     F("It does in most files", S, "management_oversight"),
     F("the quality varies between teams", I, "consistency management_oversight"),
     F("cwd team and the yos were praised for reflective supervision notes", S,
       "reflection_analysis management_oversight", "Disabled Children|YOS"),
     F("notes were often a list of tasks", I, "reflection_analysis management_oversight"),
     F("In 23 of the 60 files", I, "management_oversight timeliness", c=23, d=60,
       m="files whose last recorded supervision was more than two months old"),
     # AND NEXT?
     F("A one-page plan template went live in January", S, "template_use smart_planning"),
    ])

# 4 overview and scrutiny covering report with an appendix of audit tables ----------------
n = "scrutiny-committee-case-audit-findings-2023.txt"
Q1, Q2 = row(n, "Q1 2023/24"), row(n, "Q2 2023/24")
P1, P2 = "Q1 2023/24", "Q2 2023/24"
GB = "audits graded good or better"
a2 = []
for label, q1, q2, th in [("Chronology", 39, 44, ""), ("Assessment", 52, 58, ""), ("Planning", 47, 51, ""),
                          ("Visits", 71, 76, ""), ("Voice of the child", 63, 66, "voice_of_child"),
                          ("Management oversight", 34, 42, "management_oversight")]:
    a2 += [F(cells(n, label + "  ", 1), S, th, v=q1, g=G, q=OA, m=f"{label.lower()}: {GB}", per=P1),
           F(cells(n, label + "  ", 2), S, th, v=q2, g=G, q=OA, m=f"{label.lower()}: {GB}", per=P2)]
a3 = [F(row(n, label), S, "", team, c=c, d=d, g=G, q=OA, m=f"{label.lower()}: {GB}")
      for label, d, c, team in [("Duty and assessment", 62, 25, ""), ("Children in need (north)", 48, 22, "Children in Need"),
                                ("Children in need (south)", 44, 21, "Children in Need"),
                                ("Child protection", 39, 28, "Child Protection"), ("Care leavers", 30, 23, "Care Leavers")]]
doc(n, 2023, "case audit programme", "April to September 2023",
    ["1. PURPOSE OF THE REPORT", "2. RECOMMENDATION", "3. BACKGROUND", "4. SUMMARY OF FINDINGS",
     "5. ACTIONS IN HAND", "6. FINANCIAL AND LEGAL IMPLICATIONS", "7. BACKGROUND PAPERS",
     "APPENDIX A – AUDIT TABLES", "Table A1: Overall grades by quarter",
     "Table A2: Audits graded good or better, by practice area",
     "Table A3: Audits graded good or better, by team (April to September)"],
    [
     F("Overall quality continues to improve", S),
     F("147 of the 264 audits", S, c=147, d=264, g=G, q=OA, m="audits graded good or outstanding"),
     F("49 % in the\nsecond half of 2022/23", S, v=49, g=G, q=OA, m="audits graded good or outstanding",
       per="second half of 2022/23"),
     F("21 audits (8 %) were graded inadequate", I, c=21, d=264, g=INAD, m="audits graded inadequate"),
     F("Practice with children in care is the strongest area", S, "", "LAC"),
     F("68 % of their audits were graded good or better", S, "", "LAC", v=68, g=G, q=OA,
       m="children in care audits graded good or better"),
     F("children’s views had shaped their care plans in most files seen", S, "voice_of_child", "LAC"),
     F("Management oversight requires improvement", I, "management_oversight"),
     F("Decisions are\nrecorded", S, "management_oversight"),
     F("the reasons for them are often missing", I, "management_oversight decision_making"),
     F("audits from the children in need teams there was little evidence\nthat managers checked", I,
       "management_oversight plan_progress", "Children in Need"),
     F("(94 % within timescale)", S, "timeliness", v=94,
       m="visits to children subject to a child protection plan within timescale"),
     F("a small number of\nvisits were not written up until several weeks after they happened", I,
       "recording_quality timeliness"),
     F("Turnover of social workers in the duty and assessment service\nremains high", I, "workforce_stability"),
     F("In response to the findings on oversight, a workshop was run for", S,
       "management_oversight training_need template_use"),
     # Table A1: counts out of the quarter's audits
     F(Q1, S, c=69, d=128, g=G, q=OA, m=GB, per=P1),
     F(Q1, I, c=47, d=128, g=RI, m="audits graded requires improvement", per=P1),
     F(Q1, I, c=12, d=128, g=INAD, m="audits graded inadequate", per=P1),
     F(Q2, S, c=78, d=136, g=G, q=OA, m=GB, per=P2),
     F(Q2, I, c=49, d=136, g=RI, m="audits graded requires improvement", per=P2),
     F(Q2, I, c=9, d=136, g=INAD, m="audits graded inadequate", per=P2),
    ] + a2 + a3)

# 5 audit on a page ------------------------------------------------------------------------
n = "audit-on-a-page-neglect-2025.txt"
doc(n, 2025, "Thematic audit: children living with neglect", "6–24 January 2025",
    ["WHY WE DID IT", "WHAT WE LOOKED AT", "THE NUMBERS", "PRACTICE AREAS (GOOD OR BETTER)",
     "SINCE THE LAST AUDIT", "KEY MESSAGE", "GOING WELL", "WORRIES", "WHAT CHILDREN AND FAMILIES SAID",
     "QUESTIONS TO TAKE TO SUPERVISION", "WHAT WE’LL DO"],
    [
     F("46 % of children on\nchild protection plans", N, v=46,
       m="children on child protection plans with neglect as the main concern", per="end of December"),
     F("(England: 48 %)", N, k="benchmark", v=48,
       m="children on child protection plans with neglect as the main concern, England"),
     F("13/20\nfiles graded good or better", S, c=13, d=20, g=G, q=OA, m="files graded good or better"),
     F("3/20\nfiles graded inadequate", I, c=3, d=20, g=INAD, m="files graded inadequate"),
     F("1 in 4\nchildren had a chronology", S, "family_history", v=25,
       m="children with a chronology showing the neglect building up over time"),
     F("85 %\nof children were seen alone", S, "voice_of_child", v=85, m="children seen alone at their last visit"),
     F(row(n, "assessment "), S, c=14, d=20, g=G, q=OA, m="assessments graded good or better"),
     F(row(n, "plans "), S, c=11, d=20, g=G, q=OA, m="plans graded good or better"),
     F(row(n, "visits "), S, c=16, d=20, g=G, q=OA, m="visits graded good or better"),
     F(row(n, "oversight "), S, "management_oversight", c=7, d=20, g=G, q=OA, m="oversight graded good or better"),
     F("More files are good or better than in 2022", S),
     F("8/20\nwere graded good or better", S, c=8, d=20, g=G, q=OA, m="files graded good or better", per="2022",
       act="neglect audit"),
     F("The toolkit is now used in\nalmost every file", S, "template_use"),
     F("We recognise neglect", S, "risk_analysis"),
     F("we do not always act on it in\ntime", I, "timeliness"),
     F("Strong relationships – children could name their worker", S, "relationships"),
     F("Early help history used well in 9/20 assessments", S, "family_history", "Early Help", c=9, d=20,
       m="assessments that used the early help history well"),
     F("Health visitors and schools invited to every core group", S, "multi_agency"),
     F("Neglect toolkit used well by the cp team", S, "template_use", "Child Protection"),
     F("Drift: some children on a cin plan for over a year", I, "drift_delay"),
     F("Dads rarely involved, even when living at home", I, "family_engagement"),
     F("Case notes long, but hard to see what had changed for\n  the child", I, "recording_quality"),
     F("Management oversight light at step-down", I, "management_oversight"),
     F("4/20 closed\n  without a manager’s rationale", I, "management_oversight", c=4, d=20,
       m="files closed at step-down without a manager’s rationale"),
    ])

# 6 notes of a practice learning circle (reflective audit session) -----------------------
n = "practice-learning-circle-notes-cwd-2024.txt"
doc(n, 2024, "Reflective audit session", "September",
    ["1. WHY WE MET", "2. THE AUDITS IN BRIEF", "3. GOING WELL", "4. EVEN BETTER IF", "5. WORRIES",
     "6. WHAT WE WILL TAKE AWAY", "7. CLOSING ROUND"],
    [
     F("four were graded good", S, c=4, d=6, g=G, m="files graded good"),
     F("and two RI", I, c=2, d=6, g=RI, m="files graded requires improvement"),
     F("None were", S),
     F("the plan good in 5/6 files", S, c=5, d=6, g=G, m="files with the plan graded good"),
     F("chronology good in only 1/6", S, c=1, d=6, g=G, m="files with the chronology graded good"),
     F("Children’s communication needs known and used", S, "voice_of_child needs_strengths"),
     F("Strong partnership with the special school", S, "multi_agency"),
     F("Plans written with parents, in plain language", S, "family_engagement"),
     F("Transition planning for the two young people turning 18 started", S, "timeliness"),
     F("Chronologies kept up to date", I, "timeliness"),
     F("three of the six had gaps of more", I, "timeliness", c=3, d=6,
       m="chronologies with gaps of more than six months"),
     F("The child’s lived experience described, not just their diagnosis", I, "child_centred"),
     F("Clearer reasons recorded when a short break package was reduced", I, "recording_quality decision_making"),
     F("Supervision notes that show reflection, not only case tasks", I, "management_oversight reflection_analysis"),
     F("Waiting list for occupational therapy assessments", I, "drift_delay"),
     F("Three changes of social worker for one child in a year", I, "workforce_stability"),
     F("Direct work with children who do not use words is thin", I, "relationships"),
    ])

if __name__ == "__main__":
    build()
