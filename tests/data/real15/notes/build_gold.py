"""Builds gold.jsonl for real15 from hand-written annotations (FINDINGS.md §7 fields).

Each finding is written by hand below; the script only fills the fixed fields, computes
value = 100*count/denominator, and checks that every quote occurs in its document.
"""
import json, pathlib
HERE = pathlib.Path(__file__).resolve().parent.parent
S, I, N = "strength", "improvement", "neutral"

def row(text, label):
    """The whole table line starting with `label` (table cells are quoted by their row)."""
    lines = [l.strip() for l in text.splitlines() if l.strip().startswith(label)]
    assert len(lines) == 1, label
    return lines[0]

def F(quote, pol, heading=None, section="other", themes=(), teams=(), count=None, den=None,
      value=None, kind=None, grade=None, q=None, measure=None):
    if count is not None and den is not None and value is None:
        value = round(100 * count / den, 1)
    if value is not None and kind is None:
        kind = "result"
    return {"section": section, "section_heading": heading, "value": value, "count": count,
            "denominator": den, "figure_kind": kind, "grade": grade, "grade_qualifier": q,
            "teams": list(teams), "polarity": pol, "themes": list(themes), "measure": measure,
            "quote": quote}

docs = []
def doc(name, year, activity, period, findings):
    text = (HERE / name).read_text(encoding="utf-8")
    for f in findings:
        assert f["quote"] in text, (name, f["quote"])
        f["audit_activity"], f["period"] = activity, period
    docs.append({"doc": name, "report_year": year, "findings": findings})

# 1 front door audit (Signs of Safety headings)
n = "front-door-mash-audit-2024.txt"
W, R = "What’s working well", "What are we worried about"
doc(n, 2024, "Front Door Audit", "July to September 2024", [
    F("19 of the 28 contacts (68%)", S, "Summary", count=19, den=28, grade="good", q="or_above",
      measure="contacts rated good or better overall"),
    F("Timely screening of police notifications", S, W, themes=["timeliness"]),
    F("Clear threshold decisions recorded by managers", S, W, themes=["decision_making", "management_oversight"]),
    F("Consent sought and recorded in 22 of 28 contacts", S, W, count=22, den=28,
      measure="contacts with consent sought and recorded"),
    F("Good use of agency checks", S, W, themes=["multi_agency"]),
    F("Strong joint working with the police desk", S, W, themes=["multi_agency"]),
    F("Warm handovers to Early Help", S, W, teams=["Early Help"]),
    F("Too little of the child’s voice in referral summaries", I, R, themes=["voice_of_child"]),
    F("Family history rarely pulled through", I, R, themes=["family_history"]),
    F("13 of the 28 records held no management rationale", I, R, count=13, den=28,
      themes=["management_oversight"], measure="records with no management rationale"),
    F("Drift when a case waits over the weekend", I, R, themes=["drift_delay"]),
    F("Outcome letters to referrers not always sent", I, R, themes=["multi_agency"]),
])

# 2 IRO annual report, escalations
n = "iro-annual-report-escalations-2023.txt"
t = (HERE / n).read_text(encoding="utf-8")
H5, H6 = "5. Themes from IRO escalations", "6. Participation"
doc(n, 2023, "IRO escalations", "2022–23", [
    F(row(t, "Drift in permanence planning  "), N, H5, count=22, den=66, themes=["drift_delay", "permanence"],
      measure="escalations about drift in permanence planning"),
    F(row(t, "Care plan not updated"), N, H5, count=14, den=66, themes=["plan_progress", "timeliness"],
      measure="escalations about care plans not updated before review"),
    F(row(t, "Statutory visits"), N, H5, count=11, den=66, themes=["timeliness"],
      measure="escalations about statutory visits out of timescale"),
    F(row(t, "Life story work not started"), N, H5, count=10, den=66, themes=["relationships"],
      measure="escalations about life story work not started"),
    F("Most escalations were settled informally", S, H5),
    F("62 of the 66 were resolved", S, H5, count=62, den=66, themes=["timeliness"],
      measure="escalations resolved within 20 working days"),
    F("Drift in permanence planning was again the most common reason", I, H5,
      themes=["drift_delay", "permanence"], teams=["LAC"]),
    F("Where IROs raised it early", S, H5, themes=["permanence", "plan_progress"]),
    F("Care plans that are not updated before the review remain a concern", I, H5,
      themes=["plan_progress", "timeliness"]),
    F("Not every social worker is", I, H5, themes=["timeliness"]),
    F("Escalations about late visits fell", S, H5, themes=["timeliness"], teams=["Fostering"]),
    F("IROs are not yet confident that life story work starts early enough", I, H5, themes=["relationships"]),
    F("team managers respond well to challenge", S, H5, themes=["management_oversight"]),
    F("81% of children aged four and over contributed their views", S, H6, value=81.0,
      themes=["voice_of_child"], measure="children contributing their views to their review"),
])

# 3 Ofsted-style focused visit letter (no figures)
n = "ofsted-letter-focused-visit-2024.txt"
HF, WW, AI = "Headline findings", "What is working well", "Areas for improvement"
doc(n, 2024, "focused visit", "4 and 5\u00a0June\u00a02024", [
    F("leaders have made steady progress in strengthening practice", S, HF,
      themes=["management_oversight"], teams=["LAC"]),
    F("Most children live in homes that meet their needs", S, WW, themes=["permanence"]),
    F("many have lived with the same carers", S, WW, themes=["permanence"]),
    F("Social workers know their children well", S, WW, themes=["relationships"]),
    F("visit them regularly", S, WW),
    F("they see children on", S, WW, themes=["voice_of_child"]),
    F("Permanence is\nconsidered early", S, WW, themes=["permanence"]),
    F("the permanence panel gives useful challenge", S, WW, themes=["permanence"]),
    F("have a helpful overview of children’s plans", S, WW, themes=["management_oversight"]),
    F("Children who are disabled benefit from a team", S, WW, themes=["voice_of_child"],
      teams=["Disabled Children"]),
    F("The quality of care plans is too variable", I, AI, themes=["consistency"]),
    F("Some plans are clear and specific", S, AI, themes=["smart_planning"]),
    F("services with no measurable outcomes", I, AI, themes=["smart_planning"]),
    F("Supervision happens regularly", S, AI, themes=["management_oversight"]),
    F("does not always show\nreflection", I, AI, themes=["reflection_analysis", "management_oversight"]),
    F("Health assessments are not completed quickly enough", I, AI, themes=["timeliness"], teams=["LAC"]),
    F("Life story work is not yet routinely started", I, AI, themes=["relationships"]),
    F("the consistency and specificity of care plans", I, AI, themes=["consistency", "smart_planning"]),
    F("the timeliness of initial health assessments", I, AI, themes=["timeliness"]),
    F("management oversight that moves plans forward", I, AI, themes=["management_oversight", "plan_progress"]),
])

# 4 supervision / oversight audit, RAG by team
n = "supervision-oversight-audit-2025.txt"
t = (HERE / n).read_text(encoding="utf-8")
RT, KM = "Results by team", "KEY MESSAGES"
MO = ["management_oversight"]
m = "supervision records rated Green"
rows = [("First Response", 17, 24, [], S), ("Child Protection Team", 9, 20, ["Child Protection"], I),
        ("Children in Care", 11, 22, ["LAC"], I), ("Care Leavers (Pathway)", 5, 16, ["Care Leavers", "Pathway"], I),
        ("Children with Disabilities", 12, 14, ["Disabled Children"], S)]
fs = []
for label, c, d, teams, rag in rows:
    q = row(t, label)
    fs.append(F(q, S, RT, count=c, den=d, themes=MO, teams=teams, measure=m))
    fs.append(F(q, rag, RT, themes=MO, teams=teams))
fs += [
    F("56% of all records were rated Green", S, KM, value=56.0, themes=MO, measure=m),
    F("Red ratings cluster in the Care Leavers service", I, KM, themes=["management_oversight", "workforce_stability"],
      teams=["Care Leavers"]),
    F("Supervision notes in the disabilities team were reflective and child focused", S, KM,
      themes=["management_oversight", "reflection_analysis", "child_centred"], teams=["Disabled Children"]),
    F("Actions were too often carried forward", I, KM, themes=["management_oversight", "plan_progress"]),
    F("Oversight of drift is stronger than at the autumn audit", S, KM, themes=["management_oversight", "drift_delay"]),
]
doc(n, 2025, "Management Oversight and Supervision Audit", "March and April 2025", fs)

# 5 Early Help audit, grades per team
n = "early-help-audit-2023.txt"
GT, WF = "Grades by team", "What we found"
h, f, y = "Early Help Hub: 12 families", "Family Support Team: 15 families", "Targeted Youth Support: 9 families"
doc(n, 2023, "Early Help case audit", "October and November", [
    F(h, S, GT, count=8, den=12, grade="good", teams=["Early Help"], measure="files graded good"),
    F(h, I, GT, count=3, den=12, grade="requires_improvement", teams=["Early Help"], measure="files graded requires improvement"),
    F(h, I, GT, count=1, den=12, grade="inadequate", teams=["Early Help"], measure="files graded inadequate"),
    F(f, S, GT, count=2, den=15, grade="outstanding", measure="files graded outstanding"),
    F(f, S, GT, count=9, den=15, grade="good", measure="files graded good"),
    F(f, I, GT, count=4, den=15, grade="requires_improvement", measure="files graded requires improvement"),
    F(y, S, GT, count=4, den=9, grade="good", measure="files graded good"),
    F(y, I, GT, count=5, den=9, grade="requires_improvement", measure="files graded requires improvement"),
    F("23 of 36 files were good or outstanding", S, GT, count=23, den=36, grade="good", q="or_above",
      measure="files graded good or outstanding"),
    F("Plans are beginning to be written with families", S, WF),
    F("The child’s lived experience is not yet consistently described", I, WF, themes=["child_centred", "consistency"]),
    F("Step-down from social care is not yet smooth", I, WF, themes=["timeliness"], teams=["Early Help"]),
    F("in 4 of the 11 stepped-down families", I, WF, count=4, den=11, themes=["timeliness"], teams=["Early Help"],
      measure="stepped-down families first visited after ten working days"),
    F("Targeted Youth Support workers are beginning to use the outcome star", S, WF, themes=["template_use"]),
    F("Multi-agency attendance at Team Around the Family meetings remains patchy", I, WF,
      themes=["multi_agency", "consistency"]),
])

# 6 corporate parenting board minutes
n = "corporate-parenting-board-minutes-2024.txt"
P3, P4 = "3. Audit of pathway plans for care leavers", "4. Placement sufficiency update"
doc(n, 2024, "audit of pathway plans", "October", [
    F("29 of the 41 pathway plans", S, P3, "planning", count=29, den=41, themes=["timeliness"], teams=["Pathway"],
      measure="pathway plans updated within six months"),
    F("22 of 38 in the spring", S, P3, "planning", count=22, den=38, themes=["timeliness"], teams=["Pathway"],
      measure="pathway plans updated within six months (spring)"),
    F("Young people had signed 31 of the 41 plans", S, P3, "planning", count=31, den=41, themes=["voice_of_child"],
      measure="plans signed by the young person"),
    F("Accommodation and\neducation were well recorded", S, P3, "planning", themes=["recording_quality"]),
    F("health was not", I, P3, "planning", themes=["recording_quality"]),
    F("8 of the 41 plans had no contingency section", I, P3, "planning", count=8, den=41,
      measure="plans with no contingency section"),
    F("three quarters of the\nfiles", S, P3, "planning", value=75.0, grade="good", q="or_above", themes=["relationships"],
      measure="personal advisers’ contact judged good or better"),
    F("The Chair welcomed that no plan had been graded inadequate", S, P3, "planning"),
    F("the improvement in the timeliness of pathway plans", S, P3, "planning", themes=["timeliness"], teams=["Pathway"]),
    F("that health needs were still too thinly recorded", I, P3, "planning", themes=["recording_quality"]),
    F("the positive feedback from young people about their personal advisers", S, P3, "planning",
      themes=["relationships"]),
    F("had risen by 4% to 318", N, P4, value=4.0, kind="change", teams=["LAC"], measure="children in care"),
    F("12 children had moved home three or more times", I, P4, themes=["permanence"]),
])

with open(HERE / "gold.jsonl", "w", encoding="utf-8") as out:
    for d in docs:
        out.write(json.dumps(d, ensure_ascii=False) + "\n")
for d in docs:
    nf = sum(f["value"] is not None for f in d["findings"])
    print(d["doc"], len(d["findings"]), nf, len(d["findings"]) - nf)
