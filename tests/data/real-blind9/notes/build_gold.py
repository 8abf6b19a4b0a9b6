"""Builds tests/data/real-blind9/gold.jsonl from hand-written annotations (FINDINGS.md section 7).

Blind set 9: every finding below was written by hand from the findings contract before any
extractor ran on these documents. The shared builder (scripts/gold_builder.py) fills the fixed
fields, takes each figure's value from its count and total, finds each quote's nearest listed
heading, checks that every quote occurs in its document, and refuses two figures of one
document with the same (section, rounded value) key.
Run: .venv/bin/python tests/data/real-blind9/notes/build_gold.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(HERE.parents[2] / "scripts"))
from gold_builder import F, GoldSet  # noqa: E402

S, I, N = "strength", "improvement", "neutral"
G, RI, INAD, OUT, OA, OB = "good", "requires_improvement", "inadequate", "outstanding", "or_above", "or_below"
SET = GoldSet(HERE)


def table_line(name, label):
    """The one line of document `name` whose stripped text starts with `label` (a table row is
    quoted whole)."""
    lines = [ln.strip() for ln in (HERE / name).read_text(encoding="utf-8").splitlines()
             if ln.strip().startswith(label)]
    assert len(lines) == 1, (name, label, lines)
    return lines[0]


def row_cells(name, label, cells, den, themes="", teams="", what="files"):
    """One figure per non-empty cell of a table row: `cells` pairs a (grade, qualifier, polarity,
    measure words) tuple with the cell's count, out of the row's total `den`."""
    q = table_line(name, label)
    out = []
    for (grade, qual, pol, words), c in cells:
        if c is None:
            continue
        out.append(F(q, pol, themes, teams, c=c, d=den, g=grade, q=qual, m=f"{what} {words}"))
    return out


# 1 scrutiny committee minutes: QA annual report item -----------------------------------------
n = "scrutiny-committee-minutes-qa-annual-report-2025.txt"
gob = "audited files graded good or better"
SET.doc(n, 2025, "case file audit programme", "April 2024 to March 2025",
        ["31. APOLOGIES FOR ABSENCE", "32. DECLARATIONS OF INTEREST", "33. MINUTES OF THE PREVIOUS MEETING",
         "34. PUBLIC QUESTIONS", "35. QUALITY ASSURANCE ANNUAL REPORT 2024/25", "36. WORK PROGRAMME 2025/26"], [
    # method (212 against a schedule of 240), the tool change and moderation are no findings
    F("57% of audited files were graded Good or better", S, v=57, g=G, q=OA, m=gob),
    F("up from 49% in 2023/24", S, v=49, g=G, q=OA, per="2023/24", m=f"{gob} (2023/24)"),
    F("44% the year before", S, v=44, g=G, q=OA, per="2022/23", m=f"{gob} (2022/23)"),
    F("up from", S),
    F("The share graded Inadequate had fallen to 9%", I, v=9, g=INAD, m="audited files graded inadequate"),
    F("(14% in 2023/24)", I, v=14, g=INAD, per="2023/24", m="audited files graded inadequate (2023/24)"),
    F("had fallen to", S),  # a fall of something bad
    F("Chronologies remained the weakest element of the file", I),
    F("only 41% were judged up to date and useful", S, "timeliness", v=41,
      m="chronologies judged up to date and useful"),
    F("the service accepted that this was not good enough", I, "timeliness"),
    F("Management oversight had improved markedly", S, "management_oversight"),
    F("66% of files showing a recorded management decision at each key point", S,
      "management_oversight decision_making", v=66, m="files with a recorded management decision at each key point"),
    F("52% last year", S, "management_oversight decision_making", v=52, per="2023/24",
      m="files with a recorded management decision at each key point (last year)"),
    F("Children were seen alone in 161 of the 212 audited cases", S, "voice_of_child", c=161, d=212,
      m="children seen alone"),
    F("the child's own words were recorded in most of them", S, "voice_of_child"),
    F("Plans were more often SMART than a year ago", S, "smart_planning"),
    F("contingency planning was not yet routinely evident", I),
    F("She drew Members' attention to the differences between services", I, "consistency"),
    F("22 of the 26 contacts sampled had been screened within one working day", S, "timeliness", "MASH",
      c=22, d=26, m="MASH contacts screened within one working day"),
    F("(11/14)", S, tm="Disabled Children", c=11, d=14, g=G, q=OA,
      m="Children with Disabilities Team files graded good or better"),
    F("The Children with Disabilities Team had the highest share of Good or better files", S,
      tm="Disabled Children"),
    F("had the lowest (38%)", S, v=38, g=G, q=OA, m="Assessment and Intervention Service files graded good or better"),
    F("whereas the Assessment and Intervention Service had the lowest", I),
    F("Files held by the MASH were described as consistently strong on sharing information", S,
      "multi_agency", "MASH"),
    # thematic audits, each with its own activity and period
    F("the Graded Care Profile had been used in 17 of 25 cases", S, "template_use", c=17, d=25,
      act="Neglect thematic audit", per="June 2024", m="neglect cases where the Graded Care Profile was used"),
    F("it was seldom repeated to show whether anything had changed", I, "template_use",
      act="Neglect thematic audit", per="June 2024"),
    F("assessments started late in a third of cases", I, "timeliness", v=33.3,
      act="Pre-birth assessment thematic audit", per="November 2024", m="pre-birth assessments started late"),
    F("statutory visits were on time for 27 of the 31 children", S, "timeliness", "LAC", c=27, d=31,
      act="Children in care placed at a distance thematic audit", per="February 2025",
      m="children in care placed at a distance with statutory visits on time"),
    F("life story work had not been started for a quarter of those who needed it", I, "family_history", "LAC",
      v=25, act="Children in care placed at a distance thematic audit", per="February 2025",
      m="children needing life story work for whom it had not been started"),
    # members' questions and officers' answers
    F("high turnover of social workers in two of the locality teams", I, "workforce_stability"),
    F("she acknowledged that progress had been too slow", I),
    F("most described their social worker as honest and respectful", S, "relationships family_engagement"),
    F("several said they had never received a copy of the plan", I, "family_engagement"),
    F("fathers were not yet routinely engaged", I, "family_engagement"),
    F("in 21 of the 50 files reviewed in the pre-birth audit the father had not been spoken to", I,
      "family_engagement", c=21, d=50, act="Pre-birth assessment thematic audit", per="November 2024",
      m="pre-birth files where the father had not been spoken to"),
])

# 2 IRO service annual report, hard-wrapped with a blank line after every line ------------------
n = "iro-service-annual-report-2024-25.txt"
B = "\n\n"  # the transcript's line break
cp = "care plans quality assured at review graded"
SET.doc(n, 2024, "IRO service quality checks", "2024-25",
        ["1. Introduction", "2. Children in care", "3. Timeliness of reviews", "4. Participation of children",
         "5. Care Planning", "6. Visits between reviews", "7. Dispute resolution and escalation",
         "8. Priorities for 2025-26"], [
    # 2 context shares of the children in care (neutral); the counts 412 and 398 have no total
    F("38% were aged", N, v=38, m="children in care aged 10 to 15"),
    F("11% were unaccompanied asylum-seeking", N, v=11, m="children in care who were unaccompanied asylum-seeking children"),
    F("64% of the children in care lived with foster", N, tm="LAC|Fostering", v=64,
      m="children in care living with foster carers"),
    # 3 timeliness
    F(f"93% of children in care{B}reviews were held within timescale", S, "timeliness", "LAC", v=93,
      m="children in care reviews held within timescale"),
    F(f"95% in{B}2023-24", S, "timeliness", "LAC", v=95, per="2023-24",
      m="children in care reviews held within timescale (2023-24)"),
    F("a small fall", I, "timeliness", "LAC"),
    F("the local target of 98%", N, tm="LAC", v=98, k="target", m="local target for reviews held within timescale"),
    F("short of the local target", I, "timeliness", "LAC"),
    F("less timely (88%)", S, "timeliness", v=88, m="reviews in timescale for children placed more than 20 miles away"),
    F(f"placed in Kennetmoor (96%)", S, "timeliness", v=96, m="reviews in timescale for children placed in Kennetmoor"),
    F("were less timely", I, "timeliness"),
    F(f"a review had to be{B}rearranged because the social worker was not available", I, "timeliness"),
    # 4 participation
    F(f"took part in 89% of their{B}reviews", S, "voice_of_child", v=89,
      m="reviews in which children aged four and over took part"),
    F("(86% in 2023-24)", S, "voice_of_child", v=86, per="2023-24",
      m="reviews in which children aged four and over took part (2023-24)"),
    F(f"31% chaired or co-chaired part of their own{B}review", S, "voice_of_child", v=31,
      m="children who chaired or co-chaired part of their own review"),
    F("22% a year earlier", S, "voice_of_child", v=22, per="2023-24",
      m="children who chaired or co-chaired part of their own review (2023-24)"),
    F("up from 22%", S, "voice_of_child"),
    F("still less visible in the record of the review", I, "voice_of_child", "Disabled Children"),
    F("in 14 of the 40 files", I, "voice_of_child", c=14, d=40,
      m="sampled files where the IRO had not recorded meeting the child before the review"),
    # 5 care planning
    F("147 were Good or Outstanding", S, c=147, d=240, g=G, q=OA, m=f"{cp} good or outstanding"),
    F(f"70 Requires{B}Improvement", I, c=70, d=240, g=RI, m=f"{cp} requires improvement"),
    F("23 Inadequate", I, c=23, d=240, g=INAD, m=f"{cp} inadequate"),
    F("The strongest plans were written to the child", S, "child_centred"),
    F("Contingency plans were too often missing or generic", I),
    F("Permanence was agreed by the second review for 72% of", S, "permanence", v=72,
      m="children with permanence agreed by the second review"),
    F("65% last year", S, "permanence", v=65, per="2023-24",
      m="children with permanence agreed by the second review (last year)"),
    F("an improvement on 65%", S, "permanence"),
    F("50 of the 58 had a pathway plan agreed", S, tm="Pathway", c=50, d=58,
      m="young people aged 16 and 17 with a pathway plan agreed at or before their review"),
    F("found in 118 of the 160 files", S, "management_oversight", c=118, d=160,
      m="audited files with an IRO footprint"),
    F(f"It was{B}strongest for children in long-term foster care", S, "management_oversight", "Fostering"),
    F(f"weakest{B}where the child had moved placement", I, "management_oversight"),
    # 6 visits between reviews
    F("IROs met or spoke with 78% of children between reviews", S, "relationships", v=78,
      m="children the IRO met or spoke with between reviews"),
    F("the service standard of 75%", N, v=75, k="target", m="service standard for IRO contact between reviews"),
    F("which meets the service standard", S, "relationships"),
    F("409 of the 602 children", S, "plan_progress", c=409, d=602,
      m="children due a midway check for whom it was completed"),
    F(f"not yet recorded{B}consistently on the child's file", I, "recording_quality consistency"),
    # 7 practice alerts: reason shares are neutral breakdowns ('other matters' left out)
    F("41 concerned drift in care planning", N, "drift_delay", c=41, d=96, m="practice alerts about drift in care planning"),
    F("22 late or missing placement plans", N, "timeliness", c=22, d=96,
      m="practice alerts about late or missing placement plans"),
    F("18 visits", N, c=18, d=96, m="practice alerts about visits"),
    F("88 of the 96 alerts were resolved at the first or second", S, c=88, d=96,
      m="practice alerts resolved at the first or second stage"),
    F("Alerts about drift took longer to resolve than any", I, "drift_delay"),
])

# 3 partnership 7 minute briefing: bruising in non-mobile babies ---------------------------------
n = "seven-minute-briefing-bruising-non-mobile-babies-2025.txt"
resp = "multi-agency responses to bruising in non-mobile babies"
SET.doc(n, 2025, "multi-agency audit of bruising in non-mobile babies", "July to December 2024",
        ["1. What is this briefing about?", "2. Why does it matter?", "3. What did we do?", "4. What did we find?",
         "What worked well", "What needs to be better", "5. What does good look like?", "6. Questions to think about",
         "7. What happens next?"], [
    F("babies under one made up 7% of the children", N, v=7, per="31 March 2025",
      m="children subject to a child protection plan who were babies under one"),
    F("11 of the 18 responses were graded good or outstanding", S, c=11, d=18, g=G, q=OA,
      m=f"{resp} graded good or outstanding"),
    F("five required improvement", I, c=5, d=18, g=RI, m=f"{resp} graded requires improvement"),
    F("two were inadequate", I, c=2, d=18, g=INAD, m=f"{resp} graded inadequate"),
    F("7 of 15 responses were good or better", S, c=7, d=15, g=G, q=OA, per="2022",
      m=f"{resp} graded good or better (2022 audit)"),
    F("This is better than our 2022 audit", S),
    # What worked well
    F("Health visitors and GPs knew the protocol", S, "training_need"),
    F("15/18 referrals were made on the day the mark was seen", S, "timeliness multi_agency", c=15, d=18,
      m="referrals made on the day the mark was seen"),
    F("Strategy discussions included a health professional in every case", S, "multi_agency"),
    F("Clear, dated body maps in the health records", S, "recording_quality"),
    F("Police and children’s social care agreed next steps quickly", S, "multi_agency timeliness"),
    F("explained them to parents in plain words", S, "family_engagement"),
    F("The paediatric assessment was completed within 24 hours for all but one baby", S, "timeliness",
      c=17, d=18, m="babies whose paediatric assessment was completed within 24 hours"),
    # What needs to be better
    F("Recognition of ‘not yet mobile’ in the Emergency Department", I, "training_need"),
    F("Fathers and partners: seen by a social worker", I, "family_engagement"),
    F("seen by a social worker in only 7 of the 18 cases", S, "family_engagement", c=7, d=18,
      m="cases where fathers and partners were seen by a social worker"),
    F("Explanations for the injury not tested against the baby’s stage of development", I, "risk_analysis"),
    F("Strategy discussion outcomes not sent to the GP (6/18)", I, "multi_agency", c=6, d=18,
      m="cases where strategy discussion outcomes were not sent to the GP"),
    F("Safety plans that relied on a parent’s promise to supervise", I, "risk_analysis"),
    F("told about the referral in only 2 of 5 cases", S, "multi_agency", "Early Help", c=2, d=5,
      m="cases with an Early Help worker who was told about the referral"),
    F("so their knowledge of the family was not used", I, "multi_agency", "Early Help"),
    # what good looks like, questions and the relaunch are no findings; a change already made is
    F("The Emergency Department has already added a ‘not yet mobile’ prompt to its triage record", S,
      "template_use"),
])

# 4 QA board slide deck, big numbers alone on a line, RAG per practice area -----------------------
n = "qa-board-slides-audit-q2-2025-26.txt"
TEAM = ((G, OA, S, "graded good or better"), (RI, None, I, "graded requires improvement"),
        (INAD, None, I, "graded inadequate"))
fs = [
    # 'What we audited' is method (96 files against a target of 100); abbreviations defined there
    F("61%\nGood or better overall", S, v=61, g=G, q=OA, m="files graded good or better overall"),
    F("55% in Quarter 1", S, v=55, g=G, q=OA, per="Quarter 1 2025/26",
      m="files graded good or better overall (Quarter 1)"),
    F("↑ from", S),
    F("6%\nInadequate", I, v=6, g=INAD, m="files graded inadequate overall"),
    F("the lowest since the programme began", S),
    F("4 in 5\nfamilies told us their worker listened to them", S, "family_engagement relationships", v=80,
      m="families who said their worker listened to them"),
    F("this is the third rise in a row", S),
    F("the figure was 48%", S, v=48, g=G, q=OA, per="Quarter 4 2024/25",
      m="files graded good or better overall (Quarter 4 2024/25)"),
    # Chronology (a RAG word is quoted with its slide title, as the word recurs)
    F("Chronology\nRAG: AMBER", I),
]
fs += row_cells(n, "Met 58", [((None, None, S, "with the chronology standard met"), 58),
                              ((None, None, I, "with the chronology standard partially met"), 24),
                              ((None, None, I, "with the chronology standard not met"), 14)], 96, "timeliness")
fs += [
    F("Significant events listed, not analysed", I, "family_history reflection_analysis"),
    F("Strongest in CiC", S, tm="LAC"),
    F("weakest in CIN", I, tm="Children in Need"),
    # Assessment
    F("Assessment\nRAG: GREEN", S),
    F("74%\nGood or better (71/96)", S, c=71, d=96, g=G, q=OA, m="assessments graded good or better"),
    F("Child’s lived experience described vividly", S, "child_centred"),
    F("History used to explain risk", S, "family_history risk_analysis"),
    F("better than Q1", S, "family_history risk_analysis"),
    F("Not yet: fathers’ views", I, "family_engagement"),
    # Plans
    F("Plans\nRAG: RED", I),
    F("41%\nSMART (39/96)", S, "smart_planning", c=39, d=96, m="plans that were SMART"),
    F("Contingency missing in 33 files", I, c=33, d=96, m="plans with no contingency"),
    F("CIN team: plans reviewed on time in 17/30", S, "timeliness plan_progress", "Children in Need", c=17, d=30,
      m="CIN plans reviewed on time"),
    F("CP: core groups held at least every 4 weeks in 25/28", S, "plan_progress", "Child Protection", c=25, d=28,
      m="CP files with core groups held at least every 4 weeks"),
    F("Actions still written for parents, not with them", I, "family_engagement"),
    F("SMART planning was 33% in Quarter 1", S, "smart_planning", v=33, per="Quarter 1 2025/26",
      m="plans that were SMART (Quarter 1)"),
    F("so this is movement in the right direction", S, "smart_planning"),
    F("until we reach 60%", N, v=60, k="target", m="SMART plans needed before Plans are no longer rated Red"),
    F("Most of the files without a contingency were in the two CIN locality teams", I, tm="Children in Need"),
    # Visits
    F("Visits\nRAG: GREEN", S),
    F("91%\nseen within timescale", S, "timeliness", v=91, m="children seen within timescale"),
    F("86%\nseen alone", S, "voice_of_child", v=86, m="children old enough who were seen alone"),
    F("Visit records link back to the plan in two thirds of files", S, "plan_progress", v=66.7,
      m="visit records that link back to the plan"),
    F("Purposeful direct work, especially in CiC", S, "relationships", "LAC"),
    # Supervision
    F("Supervision\nRAG: AMBER", I),
    F("In date (every 4 weeks): 79%", S, "management_oversight timeliness", v=79, m="supervision in date"),
    F("Reflective discussion recorded: 45%", S, "reflection_analysis", v=45,
      m="supervision records with a reflective discussion"),
    F("Too often a list of actions with no analysis", I, "reflection_analysis management_oversight"),
    F("Newly qualified workers: supervision in date for all", S, "management_oversight timeliness"),
]
# Team picture: cells out of each team's files; the All row restates the headlines
for label, team, files, cells in [("CIN ", "Children in Need", 30, (15, 13, 2)), ("CP ", "Child Protection", 28, (16, 9, 3)),
                                  ("CiC ", "LAC", 26, (19, 7, 0)), ("CL ", "Care Leavers", 12, (9, 2, 1))]:
    fs += row_cells(n, label, [(TEAM[i], c or None) for i, c in enumerate(cells)], files, "", team,
                    what=f"{label.strip()} files")
fs += [
    F("CiC best for the third quarter running", S, tm="LAC"),
    F("CIN: most RI files had drift after the assessment", I, "drift_delay", "Children in Need"),
    # speaker notes on the sample and the 'What next' slide are no findings
]
SET.doc(n, 2025, "Quarter 2 case file audits", "July to September 2025",
        ["What we audited", "Headlines", "Chronology", "Assessment", "Plans", "Visits", "Supervision",
         "Team picture", "What next"], fs)

# 5 practice standards dashboard: Met / Partially met / Not met table with RAG and last month ------
n = "practice-standards-dashboard-october-2025.txt"
fs = []
for label, cells, rag, sept, th, what in [
        ("Chronology up to date", (19, 10, 7), "Red", 47, "timeliness", "chronology up to date"),
        ("Assessment completed within", (30, 4, 2), "Green", 86, "timeliness", "assessment completed within 45 working days"),
        ("Plan is SMART", (22, 9, 5), "Amber", 50, "smart_planning", "plan is SMART"),
        ("Visits within timescale\t", (32, 3, 1), "Green", 91, "timeliness", "visits within timescale"),
        ("Child seen alone", (24, 12, 0), "Amber", 65, "voice_of_child", "child seen alone"),
        ("Supervision in date", (28, 8, 0), "Amber", 81, "management_oversight timeliness", "supervision in date"),
        ("Management oversight recorded", (23, 13, 0), "Amber", 58, "management_oversight decision_making",
         "management oversight recorded at key decisions")]:
    # the % Met column restates the Met count and is not annotated twice; a 0 cell is no figure
    fs += row_cells(n, label, [((None, None, S, f"rated Met for {what}"), cells[0]),
                               ((None, None, I, f"rated Partially met for {what}"), cells[1]),
                               ((None, None, I, f"rated Not met for {what}"), cells[2] or None)], 36, th)
    q = table_line(n, label)
    fs.append(F(q, S if rag == "Green" else I, th))
    fs.append(F(q, S, th, v=sept, per="September 2025", m=f"files rated Met for {what} (September)"))
fs += [
    # 2 Chronology
    F("Chronologies remain the weakest standard and have been Red for four months running", I),
    F("most were a list of contacts rather than an account of what had happened to the child", I,
      "family_history reflection_analysis"),
    F("CDS files were the exception: 8 of the 9 were up to date", S, "timeliness", "Disabled Children", c=8, d=9,
      m="CDS files with an up-to-date chronology"),
    F("the best of them started at birth", S, "family_history", "Disabled Children"),
    # 3 Assessment
    F("Timeliness has held: this standard has been Green for six months", S, "timeliness"),
    F("Analysis is the gap", I, "reflection_analysis"),
    F("Assessments described families well", S),
    F("often did not say what the information meant for the child", I, "reflection_analysis"),
    F("FSPS assessments were shorter and less analytical", I, "reflection_analysis"),
    # 4 Planning
    F("SMART plans are up 11 points on September", S, "smart_planning", v=11, k="change",
      m="change in SMART plans since September, percentage points"),
    F("Quality is not yet consistent between services", I, "consistency"),
    F("CiCS plans were the strongest", S, tm="LAC"),
    F("FSPS plans the weakest", I),
    F("Contingency plans were absent in 14 of the 36 files", I, c=14, d=36, m="files with no contingency plan"),
    F("Parents had signed or agreed their plan in 29 of the 36 files", S, "family_engagement", c=29, d=36,
      m="files where parents had signed or agreed their plan"),
    # 5 Visits and seeing children alone
    F("Visits remain strong across all four services", S),
    F("Children under five were the least likely to be seen alone", I, "voice_of_child"),
    F("their experience was often described only through the parent", I, "child_centred voice_of_child"),
    F("LCS workers kept in touch with care leavers regularly", S, "relationships", "Care Leavers"),
    F("young people told auditors they felt their personal adviser knew them", S, "relationships", "Care Leavers"),
    # 6 Supervision and management oversight
    F("Supervision in date dipped slightly", I, "management_oversight timeliness"),
    F("two team manager vacancies in FSPS", I, "workforce_stability"),
    F("Management oversight at key decisions is improving", S, "management_oversight"),
    F("is not yet embedded", I, "management_oversight"),
    F("it was usually a clear direction with a timescale", S, "management_oversight"),
    F("reflective case discussion was rarer", I, "reflection_analysis management_oversight"),
    # 7 / 8 nominal items take their header's polarity
    F("Timely assessments", S, "timeliness"),
    F("▪ Visits within timescale", S, "timeliness"),
    F("Stable, consistent workers for children in CDS", S, "workforce_stability", "Disabled Children"),
    F("Warm, respectful recording written to the child", S, "recording_quality child_centred"),
    F("Chronologies that are up to date and tell the child's story", I, "timeliness"),
    F("▪ Contingency planning", I),
    F("The voice of children under five", I, "voice_of_child"),
    F("Recording of management decisions in FSPS", I, "management_oversight recording_quality"),
    # 9 agreed actions are no findings
]
SET.doc(n, 2025, "Practice Standards Dashboard monthly audit", "October 2025",
        ["1. Summary table (n=36 for every standard)", "2. Chronology", "3. Assessment", "4. Planning",
         "5. Visits and seeing children alone", "6. Supervision and management oversight", "7. Areas of strength",
         "8. Areas for development", "9. Actions agreed at SLT"], fs)

# 6 Ofsted-style monitoring visit letter -----------------------------------------------------------
n = "ofsted-style-monitoring-visit-letter-2025.txt"
SET.doc(n, 2025, "Ofsted monitoring visit", "5 and 6 August 2025",
        ["Areas covered by the visit", "Headline findings", "Findings and evaluation of progress"], [
    # the scope paragraph names cohorts but holds no finding and tags nothing
    F("Leaders have made steady progress since the last visit", S),
    F("The quality of practice for most children in need of help and protection is improving", S),
    F("it is not yet consistently good", I, "consistency"),
    F("Some children still experience drift and delay because plans are not reviewed with enough urgency", I,
      "drift_delay plan_progress"),
    F("The workforce is more stable than at the last visit", S, "workforce_stability"),
    F("The use of agency social workers has fallen", S, "workforce_stability"),
    F("most children now keep the same social worker for longer, which helps them to build trusting", S,
      "workforce_stability relationships"),
    F("Caseloads have reduced and are now manageable for most workers", S),
    F("Most children are visited regularly", S),
    F("social workers see them alone when this is appropriate", S, "voice_of_child"),
    F("Social workers know their children well and use creative direct work", S, "relationships"),
    F("Children’s wishes and feelings are recorded more clearly than before", S, "voice_of_child recording_quality"),
    F("in many records the social worker writes directly to the child", S, "voice_of_child"),
    F("Assessments are mostly timely and draw on the family’s history", S, "timeliness family_history"),
    F("the analysis in too many assessments is weak", I, "reflection_analysis"),
    F("Child protection conferences are well attended by partner agencies", S, "multi_agency", "Child Protection"),
    F("conference chairs challenge drift where they see it", S, "drift_delay", "Child Protection"),
    F("Core groups meet regularly", S, "plan_progress"),
    F("in some cases they review tasks rather than the progress the family is making", I, "plan_progress"),
    F("Plans for children in need are not yet precise enough", I, "smart_planning", "Children in Need"),
    F("24 were not SMART", I, "smart_planning", c=24, d=40, act="Leaders’ audit of child in need plans",
      per="June 2025", m="audited child in need plans that were not SMART"),
    F("an improvement on the previous audit", S, "smart_planning"),
    F("30 of 40 were judged not SMART", I, "smart_planning", c=30, d=40, act="Leaders’ audit of child in need plans",
      per="previous audit", m="audited child in need plans that were not SMART (previous audit)"),
    F("Too many plans list services rather than the changes that parents need to make", I, "smart_planning"),
    F("contingency plans are often missing", I),
    F("decisions to escalate to the pre-proceedings stage of the Public Law Outline have been too slow", I,
      "drift_delay decision_making"),
    F("Management oversight is visible on children’s records", S, "management_oversight"),
    F("managers give clear direction at key points", S, "management_oversight decision_making"),
    F("Supervision is regular", S, "management_oversight"),
    F("social workers said that they feel well supported", S, "training_need"),
    F("supervision records are not always reflective", I, "reflection_analysis management_oversight"),
    F("actions set in supervision are not consistently followed up", I, "management_oversight"),
    F("The quality assurance framework is now well established", S),
    F("leaders have an accurate understanding of the strengths and weaknesses of practice", S),
    F("52% of children’s records were graded good or better", S, v=52, g=G, q=OA, act="Leaders’ audits",
      per="last quarter", m="audited children’s records graded good or better"),
    F("30% a year earlier", S, v=30, g=G, q=OA, act="Leaders’ audits", per="a year earlier",
      m="audited children’s records graded good or better (a year earlier)"),
    F("the proportion graded inadequate has fallen to 9%", I, v=9, g=INAD, act="Leaders’ audits",
      per="last quarter", m="audited children’s records graded inadequate"),
    F("has fallen to 9%", S),
    F("Partnership working at the multi-agency safeguarding hub (MASH) is effective", S, "multi_agency", "MASH"),
    F("Decisions in the MASH are timely", S, "timeliness decision_making", "MASH"),
    F("thresholds are understood and applied appropriately", S, "decision_making", "MASH"),
    F("Early help services are well regarded by families", S, "family_engagement", "Early Help"),
    F("step-down from children’s social care to early help does not always include a clear handover", I,
      "multi_agency", "Early Help"),
    F("Fathers are not routinely involved in assessments and plans", I, "family_engagement"),
    # 'Leaders should now focus on:' items are areas for improvement
    F("• the quality of analysis in assessments", I, "reflection_analysis"),
    F("plans for children in need that are specific and measurable", I, "smart_planning", "Children in Need"),
    F("timely escalation for children who have been on child protection plans", I, "timeliness drift_delay"),
    F("involving fathers in assessment and planning", I, "family_engagement"),
])
SET.build()
