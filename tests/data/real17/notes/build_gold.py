"""Build tests/data/real17/gold.jsonl from the hand-written annotations below.

Every finding is written by hand (FINDINGS.md §7 fields). scripts/gold_builder.py fills the
fixed fields, finds each finding's nearest listed heading, computes value = 100*count/denominator,
checks that every quote occurs in its document and that no two figures of a document share a
section and rounded value. Documents may hold '¤' for a non-breaking space; the builder writes
the real U+00A0. Run from the repository root:  python tests/data/real17/notes/build_gold.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(HERE.parents[2] / "scripts"))
from gold_builder import F, GoldSet  # noqa: E402

S, I, N = "strength", "improvement", "neutral"
gs = GoldSet(HERE)


def text(name):
    return (HERE / name).read_text(encoding="utf-8").replace("¤", "\u00a0")


def row(t, label):
    """The whole table line starting with `label` (table cells are quoted by their row)."""
    lines = [l.strip() for l in t.splitlines() if l.strip().startswith(label)]
    assert len(lines) == 1, (label, lines)
    return lines[0]


# ---------------------------------------------------------------- 1 youth justice case audit
n = "youth-justice-case-audit-q1-2025-26.txt"
t = text(n)
ra, rp, ri, rr = (row(t, "Assessment   "), row(t, "Planning   "),
                  row(t, "Implementation and delivery   "), row(t, "Reviewing   "))
MO = "management_oversight"
gs.doc(n, 2025, "Quarterly Case Audit", "Quarter 1 2025/26", [
    "1. Purpose and method", "2. Ratings by standard", "3. Headlines", "4. Assessment", "5. Planning",
    "6. Implementation and delivery", "7. Reviewing", "8. Management oversight", "9. Actions agreed"], [
    # the ratings table: Sufficient and Insufficient counts out of the cases rated (N/A left out)
    F(ra, S, c=17, d=24, m="cases with the assessment standard rated sufficient"),
    F(ra, I, c=7, d=24, m="cases with the assessment standard rated insufficient"),
    F(rp, S, c=13, d=24, m="cases with the planning standard rated sufficient"),
    F(rp, I, c=11, d=24, m="cases with the planning standard rated insufficient"),
    F(ri, S, c=16, d=21, m="cases with implementation and delivery rated sufficient"),
    F(ri, I, c=5, d=21, m="cases with implementation and delivery rated insufficient"),
    F(rr, S, "plan_progress", c=9, d=20, m="cases with reviewing rated sufficient"),
    F(rr, I, "plan_progress", c=11, d=20, m="cases with reviewing rated insufficient"),
    # headline bullets with no verbs
    F("Assessment – the strongest standard", S),
    F("Reviewing – weakest; fewer than half sufficient", I, "plan_progress"),
    F("Desistance factors – well understood", S, "needs_strengths"),
    F("Safety and wellbeing – under-assessed in out-of-court work", I, "risk_analysis"),
    F("Victims’ views – rarely recorded", I, "recording_quality"),
    # 4. Assessment
    F("AssetPlus was completed on time in most cases (20/24)", S, "timeliness", c=20, d=24,
      m="AssetPlus assessments completed on time"),
    F("drew well on information from schools and health (19/24)", S, "multi_agency", "YOS", c=19, d=24,
      m="assessments drawing on information from schools and health"),
    F("there is evidence of\ncareful analysis of why the child offended", S, "reflection_analysis"),
    F("it is not yet routine for assessments\nto weigh the risk the child poses to others", I, "risk_analysis"),
    F("The child’s own account was recorded in 22 cases", S, "voice_of_child", c=22, d=24,
      m="assessments recording the child's own account"),
    F("contributed to the assessment in only half of them", S, "family_engagement", v=50.0,
      m="assessments to which parents and carers contributed"),
    F("However, parents and carers\ncontributed to the assessment in only half of them", I, "family_engagement"),
    F("fathers were seldom\napproached", I, "family_engagement"),
    # 5. Planning
    F("Planning was rated sufficient in 13 of the 24 cases", S, c=13, d=24,
      m="cases with planning rated sufficient"),
    F("insufficient in 11", I, c=11, d=24, m="cases with planning rated insufficient"),
    F("Interventions were matched to the assessed factors in most plans (16/24)", S, "needs_strengths",
      c=16, d=24, m="plans whose interventions matched the assessed factors"),
    F("targets were SMART in only 10 of the 24 plans", S, "smart_planning", c=10, d=24,
      m="plans with SMART targets"),
    F("targets were SMART in only", I, "smart_planning"),
    F("Contingency plans – mostly absent", I),
    F("Victim work – rarely planned outside restorative justice cases", I),
    F("good links with the virtual school", S, "multi_agency", "LAC"),
    F("Exit planning – too late in both custody cases", I, "timeliness"),
    # 6. Implementation and delivery
    F("Delivery was sufficient in most of the cases where it applied", S),
    F("in 18 of the 21", S, "timeliness", c=18, d=21,
      m="children seen at the frequency their plan required"),
    F("YJS case managers had built\ntrusting relationships with them", S, "relationships", "YOS"),
    F("Seven of the 21 children were also open to Children’s Social Care", N, c=7, d=21,
      m="children also open to children's social care"),
    F("Delivery\nwas weaker for this group", I, "multi_agency"),
    F("joint visits were rare", I, "multi_agency"),
    F("in three of those seven\nthe two plans set different goals", I, "multi_agency", c=3, d=7,
      m="jointly open children whose two plans set different goals"),
    # 7. Reviewing
    F("Reviewing remains the weakest standard", I, "plan_progress"),
    F("Reviews were held on time in 14 of\nthe 20 cases", S, "timeliness plan_progress", c=14, d=20,
      m="reviews held on time"),
    F("they often repeated the\noriginal plan unchanged", I, "plan_progress"),
    F("the plan was revisited promptly in only a minority\nof cases", I, "plan_progress timeliness"),
    # 8. Management oversight, R / A / G letters
    F("G in 11 cases", S, MO, c=11, d=24, m="cases with oversight rated Green"),
    F("A in 8", I, MO, c=8, d=24, m="cases with oversight rated Amber"),
    F("R in 5", I, MO, c=5, d=24, m="cases with oversight rated Red"),
    F("Countersigning of assessments was timely", S, "management_oversight timeliness"),
    F("managers’ recorded decisions\nseldom explained why a risk level had been set", I,
      "management_oversight decision_making risk_analysis"),
    F("oversight had not picked up the gaps described above", I, MO),
])

# ---------------------------------------------------------------- 2 adoption agency half-year report
n = "adoption-agency-half-year-report-h1-2024-25.txt"
t = text(n)
a1, a2, a3 = row(t, "A1  "), row(t, "A2  "), row(t, "A3  ")
ap, mt, wt = row(t, "Households approved"), row(t, "Households matched"), row(t, "Children waiting 18")
TP = "timeliness permanence"
gs.doc(n, 2024, "adoption agency half-year report", "April to September 2024", [
    "1. Introduction", "2. Timeliness scorecard", "3. What the scorecard tells us",
    "4. Recruitment and assessment of adopters", "5. Matching and early permanence", "6. Adoption support",
    "7. Adoption panel", "8. Priorities for H2"], [
    # scorecard: average days are durations (no figure); RAG letters are judgements
    F(a1, S, TP),
    F(a2, I, TP),
    F(a3, S, TP, v=58.0, m="children moving in within 14 months of entering care"),
    F(a3, S, TP, v=51.0, per="2023/24", m="children moving in within 14 months of entering care"),
    F(a3, N, v=60.0, k="target", m="target: children moving in within 14 months of entering care"),
    F(a3, I, TP),
    F(ap, S, "timeliness", c=9, d=14, m="adopter households approved within six months"),
    F(ap, N, v=75.0, k="target", m="target: adopter households approved within six months"),
    F(ap, I, "timeliness"),
    F(mt, S, "timeliness", c=5, d=9, m="households matched within three months of approval"),
    F(mt, S, "timeliness", c=6, d=13, per="2023/24", m="households matched within three months of approval"),
    F(mt, S, "timeliness"),
    F(wt, I, "drift_delay permanence"),
    # 3. narrative
    F("children are moving in with their families sooner", S, TP),
    F("it is not yet the case that matching keeps\npace once a placement order is made", I, TP),
    F("A2 has lengthened by two weeks on last year", I, "timeliness"),
    F("5 are in sibling groups", N, c=5, d=7, m="longest-waiting children who are in sibling groups"),
    # 4. Recruitment and assessment of adopters
    F("by 20 of the 26 households that finished it", S, "timeliness", c=20, d=26,
      m="households completing Stage 1 within two months"),
    F("Stage 2 reports were of a good standard", S, "recording_quality"),
    F("the panel returned 2 of the 14 for\nfurther information", I, "recording_quality", c=2, d=14,
      m="Stage 2 reports returned by the panel for further information"),
    F("9 of the 14 households approved in the half-year", S, "timeliness", c=9, d=14,
      m="households approved within six months of registering"),
    F("which is below the 75% we aim for", I, "timeliness"),
    F("the 75% we aim for", N, v=75.0, k="target", m="target: households approved within six months"),
    F("Preparation training was rated highly", S, "training_need"),
    F("Fewer new\nadopters are open to brothers and sisters", I, "permanence"),
    F("4 of the 9 households approved\nsince July", S, "permanence", c=4, d=9,
      m="newly approved households willing to consider a sibling group"),
    # 5. Matching and early permanence
    F("Early permanence placements were used for 6 of the 19 children placed", S, "permanence", c=6, d=19,
      m="children placed through early permanence"),
    F("3 of 21 last year", S, "permanence", c=3, d=21, per="2023/24", m="children placed through early permanence"),
    F("up from\n3 of 21 last year", S, "permanence"),
    F("There were no disruptions in the half-year", S, "permanence"),
    F("reached the agency late in a third of cases", I, "timeliness drift_delay", "LAC", v=33.3,
      m="child's permanence reports reaching the agency late"),
    F("in 12 of the 19 placements (63%)", S, "family_history", c=12, d=19,
      m="placements with the life story book ready by the end of introductions"),
    # 6. Adoption support
    F("38 of 52 (73%)", S, "timeliness", c=38, d=52,
      m="adoption support needs assessments completed within 12 weeks"),
    F("Therapeutic support – waits growing", I, "timeliness"),
    F("Letterbox contact – backlog cleared", S, "timeliness"),
    F("Support groups for adopted teenagers – well attended, valued", S),
    F("a response rate of 38%", N, v=38.0, m="adopter survey response rate"),
    F("83% would\nrecommend the support service", S, v=83.0, m="adopters who would recommend the support service"),
    F("79% said their worker\nunderstood their child’s needs", S, "needs_strengths", v=79.0,
      m="adopters saying their worker understood their child's needs"),
    # 7. Adoption panel
    F("found them clear and accurate", S, "recording_quality"),
])

# ---------------------------------------------------------------- 3 Regulation 44 summary
n = "regulation-44-visits-summary-2024-25.txt"
t = text(n)
b, l, w, a, al = (row(t, "Birch House\t"), row(t, "Larkfield\t"), row(t, "The Willows\t"),
                  row(t, "Ashdown Lodge\t"), row(t, "All homes\t"))
M, P, X = ("recommendations met by the following visit", "recommendations partly met by the following visit",
           "recommendations not met by the following visit")
gs.doc(n, 2024, "Regulation 44 independent person visits", "October 2024 to March 2025", [
    "1. Background", "2. Overview", "3. What the Independent Person found", "3.1 Birch House (ages 12–17)",
    "3.2 Larkfield (ages 10–16)", "3.3 The Willows (ages 13–17)", "3.4 Ashdown Lodge (short breaks, ages 8–18)",
    "4. Themes across the homes", "5. Next steps"], [
    # overview table: the safeguarding opinion, then met / partly met / not met out of the recommendations
    F(b, S), F(b, S, c=6, d=9, m=M), F(b, I, c=2, d=9, m=P), F(b, I, c=1, d=9, m=X),
    F(l, S), F(l, S, c=4, d=7, m=M), F(l, I, c=2, d=7, m=P), F(l, I, c=1, d=7, m=X),
    F(w, I), F(w, S, c=5, d=12, m=M), F(w, I, c=4, d=12, m=P), F(w, I, c=3, d=12, m=X),
    F(a, S), F(a, S, c=4, d=5, m=M), F(a, I, c=1, d=5, m=P),
    F(al, S, c=19, d=33, m=M), F(al, I, c=9, d=33, m=P), F(al, I, c=5, d=33, m=X),
    # Birch House
    F("Calm, warm atmosphere; staff know the children well", S, "relationships"),
    F("Children’s meetings monthly and minuted – menus and activities changed as a result", S, "voice_of_child"),
    F("Return home interviews offered after every missing episode", S),
    F("Key-work records – brief, little of the child’s own words", I, "recording_quality voice_of_child"),
    F("Repairs to two bedrooms – outstanding since September", I),
    # Larkfield
    F("All four children of school age attending full time", S),
    F("Strong links with CAMHS and the school nurse", S, "multi_agency"),
    F("Agency staff covered 31% of night shifts in February", I, "workforce_stability", v=31.0,
      m="night shifts covered by agency staff"),
    F("Supervision of care staff – behind schedule for 3 of the 14 staff", I, "management_oversight timeliness",
      c=3, d=14, m="care staff whose supervision was behind schedule"),
    # The Willows
    F("The Independent Person judged children only partly safeguarded", I, "risk_analysis"),
    F("the plans for both children had\nbeen reviewed with the police and the Youth Justice Service", S,
      "multi_agency risk_analysis", "YOS"),
    F("Risk assessments – updated after incidents", S, "risk_analysis"),
    F("not shared promptly with night staff", I, "risk_analysis timeliness"),
    F("Physical interventions – 14 in the period, up from 9 in the six months before", I),
    F("Debriefs with the child after a restraint – recorded in 6 of the 14", S, "voice_of_child recording_quality",
      c=6, d=14, m="restraints followed by a recorded debrief with the child"),
    F("Debriefs with the child after a restraint", I, "voice_of_child recording_quality"),
    F("Registered manager post vacant since December", I, "workforce_stability"),
    # Ashdown Lodge
    F("Care plans for the disabled children using the home were detailed", S, "voice_of_child",
      "Disabled Children"),
    F("Medication audit – no errors found", S),
    F("Transition to adult services – planning starts late", I, "timeliness"),
    # 4. Themes
    F("there is evidence that children’s views shape daily life in all four\nhomes", S, "voice_of_child"),
    F("it is not yet consistent that key-work records show what the child said", I,
      "voice_of_child recording_quality consistency"),
    F("Staffing remains the main pressure, above all at night", I, "workforce_stability"),
    F("the homes that\nused a small pool of regular agency staff kept stability for the children", S,
      "workforce_stability"),
    F("Recommendations are being completed more quickly than a year ago", S, "timeliness"),
    F("Registered managers responded in writing to every report within the 28 days", S,
      "management_oversight timeliness"),
])

# ---------------------------------------------------------------- 4 private fostering annual report
n = "private-fostering-annual-report-2023-24.txt"
t = text(n)
PF, FA = "Fostering", ("private fostering file audit", "February 2024")
nms = [row(t, f"NMS {i} ") for i in range(1, 7)]
gs.doc(n, 2023, "private fostering annual report", "1 April 2023 to 31 March 2024", [
    "1.  Purpose of the report", "2.  What private fostering is", "3.  Activity in the year",
    "4.  Visits and timeliness", "5.  Assessments of suitability",
    "6.  Quality of practice: file audit, February 2024", "7.  Awareness raising",
    "8.  How we measure up against the National Minimum Standards", "9.  Priorities for 2024/25"], [
    F("13 were aged 14 or over", N, tm=PF, c=13, d=22, m="children starting an arrangement aged 14 or over"),
    # 4. Visits
    F("18 of 22 (82%)", S, "timeliness", PF, c=18, d=22, m="initial visits within seven working days"),
    F("The year before it was 67%", S, "timeliness", v=67.0, per="2022/23",
      m="initial visits within seven working days"),
    F("on time for 142 of the 163 visits due", S, "timeliness", c=142, d=163, m="statutory visits on time"),
    F("The child was seen alone at 9 in 10", S, "voice_of_child", v=90.0, m="visits at which the child was seen alone"),
    F("Visits were less timely where the child lived outside the borough", I, "timeliness"),
    # 5. Assessments
    F("Private fostering assessments were completed within 42 days in 14 of the 20 due", S, "timeliness", PF,
      c=14, d=20, m="suitability assessments completed within 42 days"),
    F("17 of the 20 (n=20)", S, "multi_agency", c=17, d=20,
      m="arrangements with DBS and agency checks on every adult in the household"),
    F("Assessments were thorough on the carer’s home and finances", S),
    F("few explored\n    the child’s relationship with their parents", I, "family_engagement"),
    F("consulted in 5 of the 9 arrangements", S, "family_engagement", c=5, d=9,
      m="arrangements in which parents overseas were consulted"),
    # 6. File audit: grade list out of the twelve files
    F("Good 5 | Requires improvement 6 | Inadequate 1", S, tm=PF, c=5, d=12, g="good",
      m="private fostering files graded good", act=FA[0], per=FA[1]),
    F("Good 5 | Requires improvement 6 | Inadequate 1", I, tm=PF, c=6, d=12, g="requires_improvement",
      m="private fostering files graded requires improvement", act=FA[0], per=FA[1]),
    F("Good 5 | Requires improvement 6 | Inadequate 1", I, tm=PF, c=1, d=12, g="inadequate",
      m="private fostering files graded inadequate", act=FA[0], per=FA[1]),
    F("Chronologies – mostly absent", I, act=FA[0], per=FA[1]),
    F("Child’s views – clear in most files", S, "voice_of_child", act=FA[0], per=FA[1]),
    F("Management oversight – evident at the start", S, "management_oversight", act=FA[0], per=FA[1]),
    F("thin after the first review", I, "management_oversight", act=FA[0], per=FA[1]),
    F("Plans for the end of the arrangement – often missing", I, act=FA[0], per=FA[1]),
    # 7. Awareness
    F("partner agencies recognise private\n    fostering more readily", S, "multi_agency", PF),
    F("it is not yet the case that health colleagues notify us", I, "multi_agency"),
    # 8. National Minimum Standards: met / partly met / not met
    F(nms[0], S), F(nms[1], I), F(nms[2], S), F(nms[3], I), F(nms[4], I, tm=PF), F(nms[5], S),
])

# ---------------------------------------------------------------- 5 pathway plan audit
n = "pathway-plan-audit-care-leavers-autumn-2024.txt"
t = text(n)
q = {i: row(t, f"Q{i} ") for i in range(1, 8)}
gs.doc(n, 2024, "Pathway Plan Audit", "Autumn 2024", [
    "1. Scope and method", "2. Results by audit question (n=35 unless shown)", "3. Pathway planning",
    "4. Contact with personal advisers", "5. Management oversight", "6. Recommendations"], [
    F("12 of the 35 were aged 16 or 17", N, tm="LAC", c=12, d=35,
      m="young people in the sample aged 16 or 17 and still looked after"),
    # audit questions: Met a strength, Partly met and Not met improvements
    F(q[1], S, "timeliness plan_progress", c=26, d=35, m="plans reviewed within six months (met)"),
    F(q[1], I, "timeliness plan_progress", c=9, d=35, m="plans reviewed within six months (not met)"),
    F(q[2], S, "voice_of_child", c=17, d=35, m="young person's views in their own words (met)"),
    F(q[2], I, "voice_of_child", c=11, d=35, m="young person's views in their own words (partly met)"),
    F(q[2], I, "voice_of_child", c=7, d=35, m="young person's views in their own words (not met)"),
    F(q[3], S, c=29, d=35, m="accommodation plan suitable (met)"),
    F(q[3], I, c=4, d=35, m="accommodation plan suitable (partly met)"),
    F(q[3], I, c=2, d=35, m="accommodation plan suitable (not met)"),
    F(q[4], S, "smart_planning", c=14, d=35, m="EET plan with named actions and dates (met)"),
    F(q[4], I, "smart_planning", c=13, d=35, m="EET plan with named actions and dates (partly met)"),
    F(q[4], I, "smart_planning", c=8, d=35, m="EET plan with named actions and dates (not met)"),
    F(q[5], S, "timeliness", c=6, d=35, m="health section up to date (met)"),
    F(q[5], I, "timeliness", c=19, d=35, m="health section up to date (partly met)"),
    F(q[5], I, "timeliness", c=10, d=35, m="health section up to date (not met)"),
    F(q[6], S, c=16, d=35, m="contingency for accommodation breakdown (met)"),
    F(q[6], I, c=1, d=35, m="contingency for accommodation breakdown (partly met)"),
    F(q[6], I, c=18, d=35, m="contingency for accommodation breakdown (not met)"),
    F(q[7], S, "permanence", "Fostering", c=8, d=11, m="staying put considered (met)"),
    F(q[7], I, "permanence", "Fostering", c=3, d=11, m="staying put considered (not met)"),
    # 3. Pathway planning
    F("Plans were written with the young person in most cases (24/35)", S, "voice_of_child", c=24, d=35,
      m="plans written with the young person"),
    F("there is evidence that plans are reviewed more regularly than at the last\naudit", S,
      "plan_progress timeliness"),
    F("it is not yet the case that reviews change the plan when a young person’s\ncircumstances change", I,
      "plan_progress"),
    F("The PPs of the 12 young people still looked after were joined", S, "plan_progress", "Pathway|LAC",
      c=7, d=12, m="pathway plans of looked after young people joined up with their care plans"),
    F("EET actions – vague; few dates", I, "smart_planning"),
    F("PPs for unaccompanied young people – thin on immigration status", I, tm="Pathway"),
    F("Contingency – weakest area (see Q6)", I),
    # 4. Personal advisers
    F("28 of the 35 cases", S, "timeliness", c=28, d=35, m="young people seen by their PA within eight weeks"),
    F("PA relationships – a clear strength", S, "relationships"),
    F("5 of the 35 young people had had three or more PAs in two years", I, "workforce_stability", c=5, d=35,
      m="young people with three or more PAs in two years"),
    F("Cover when a PA is absent – inconsistent between teams", I, "consistency workforce_stability"),
    # 5. Oversight, RAG words by team
    F(row(t, "North LCS team"), S, "management_oversight", "Care Leavers"),
    F(row(t, "South LCS team"), I, "management_oversight", "Care Leavers"),
    F(row(t, "16+ team"), I, "management_oversight", "LAC"),
    F("Managers had signed off 30 of the 35 plans", S, "management_oversight", c=30, d=35,
      m="plans signed off by a manager"),
    F("sign-off was often a\nformality", I, "management_oversight"),
    # 6. Recommendations ("should")
    F("Every pathway plan should be reviewed when the young person moves", I, "plan_progress", "Pathway"),
    F("EET sections should say who will do what, and by when", I, "smart_planning"),
    F("The LCS should agree a health passport with every young person", I, tm="Care Leavers"),
    F("Managers should record their view of the plan’s quality when signing it off", I, "management_oversight"),
])

# ---------------------------------------------------------------- 6 quarterly QA report (pipe tables)
n = "quarterly-qa-report-practice-board-q3-2024-25.txt"
t = text(n)
CIN, CP, CLA = "Children in Need", "Child Protection", "LAC"
fs = [
    F("Overall Good or better: 27 of 64 (42%)", S, c=27, d=64, g="good", q="or_above",
      m="audits graded good or better overall"),
    F("up from 36% in Q2", S, v=36.0, g="good", q="or_above", per="Q2", m="audits graded good or better overall"),
    F("up from 36% in Q2", S),
    F("Requires improvement: 28 of 64", I, c=28, d=64, g="requires_improvement",
      m="audits graded requires improvement overall"),
    F("Inadequate: 9 of 64", I, c=9, d=64, g="inadequate", m="audits graded inadequate overall"),
]
grades = {"Chronology": (15, 33, 16), "Assessment": (31, 26, 7), "Planning": (21, 32, 11),
          "Visiting": (41, 18, 5), "Supervision": (17, 34, 13)}
for area, (g_, r_, i_) in grades.items():
    line = row(t, f"| {area:<11} |")
    th = "management_oversight" if area == "Supervision" else ""
    a_ = area.lower()
    fs += [F(line, S, th, c=g_, d=64, g="good", m=f"{a_} graded good"),
           F(line, I, th, c=r_, d=64, g="requires_improvement", m=f"{a_} graded requires improvement"),
           F(line, I, th, c=i_, d=64, g="inadequate", m=f"{a_} graded inadequate")]
# compliance table: one finding per ✓ / ✗ cell, the team of its column; '–' cells are not findings
checks = [("| Visits within timescale", "timeliness", (S, S, I)),
          ("| Supervision in the last six weeks", "management_oversight timeliness", (I, S, S)),
          ("| Chronology updated in last 3 months", "timeliness", (I, I, S)),
          ("| Child seen alone", "voice_of_child", (S, S, None)),
          ("| Plan reviewed within timescale", "plan_progress timeliness", (S, S, S))]
for label, th, pols in checks:
    line = row(t, label)
    for team, pol in zip((CIN, CP, CLA), pols):
        if pol:
            fs.append(F(line, pol, th, team))
fs += [
    # Chronology
    F("Chronologies – present in most files", S),
    F("few updated since the last review", I, "timeliness"),
    F("Significant events before the child’s birth – rarely included", I, "family_history"),
    # Assessment
    F("Analysis of risk was the clearest improvement this quarter", S, "risk_analysis"),
    F("the child’s lived\nexperience is still described in general terms", I, "child_centred"),
    F("Assessments completed within 45 working days: 88%", S, "timeliness", v=88.0,
      m="assessments completed within 45 working days"),
    F("CIN 85%", S, "timeliness", CIN, v=85.0, m="assessments completed within 45 working days (CIN)"),
    F("CP 94%", S, "timeliness", CP, v=94.0, m="assessments completed within 45 working days (CP)"),
    # Planning
    F("Plans were SMART in a minority of cases (22/64)", S, "smart_planning", c=22, d=64, m="SMART plans"),
    F("Plans were SMART in a minority of cases (22/64)", I, "smart_planning"),
    F("Contingency plans – missing in 19 of 64", I, c=19, d=64, m="audits with contingency plans missing"),
    # Visiting
    F("Visits remain the strongest area", S),
    F("children were seen alone in 52 of 64 audits (81%)", S, "voice_of_child", c=52, d=64,
      m="audits in which the child was seen alone"),
    F("visit records increasingly say what the child said", S, "voice_of_child recording_quality"),
    # Supervision
    F("Supervision was regular in CP teams", S, "management_oversight", CP),
    F("less so in CIN and CLA", I, "management_oversight", f"{CIN}|{CLA}"),
    F("evidence of reflective discussion in some records (18/64)", S, "reflection_analysis management_oversight",
      c=18, d=64, m="supervision records showing reflective discussion"),
    F("it is not yet the norm\nfor supervision to set out what will happen next", I,
      "management_oversight plan_progress"),
    F("Management oversight\nof MASH decisions was visible in every file sampled", S,
      "management_oversight decision_making", "MASH"),
]
gs.doc(n, 2024, "case audits", "Quarter 3 2024/25", [
    "### 1. Summary", "### 2. Grades by practice area (n=64)", "### 3. Compliance by service",
    "### 4. What the audits tell us", "#### Chronology", "#### Assessment", "#### Planning", "#### Visiting",
    "#### Supervision", "### 5. For the Board"], fs)

gs.build()
