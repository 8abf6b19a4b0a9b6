"""Per-finding annotations of tests/data/real22, written by hand from the documents and
spec/FINDINGS.md before any extractor ran (run: python3 tests/data/real22/notes/build_gold.py)."""
from gold_lib import F, build, doc

S, I, N = "strength", "improvement", "neutral"
G, RI, INAD, OA = "good", "requires_improvement", "inadequate", "or_above"

n = "qa-annual-report-2023-24-ashworth-vale.txt"
doc(n, 2023, "case file audit programme", "April 2023 and March 2024",
    ["1. Introduction", "2. The audit programme this year", "3. Overall grades", "4. Practice areas",
     "Chronologies", "Assessment", "Planning", "Visits", "Supervision and management oversight", "5. Teams",
     "The Front Door and MASH", "Locality teams", "Children in Care and Care Leavers",
     "Early Help and Disabled Children", "6. Priorities for 2024/25"],
    [
     F("124 were graded good or better", S, c=124, d=288, g=G, q=OA, m="audits graded good or better"),
     F("139 required improvement", I, c=139, d=288, g=RI, m="audits graded requires improvement"),
     F("the rest were inadequate", I, c=25, d=288, g=INAD, m="audits graded inadequate"),
     F("up from 35% in 2022/23", S, v=35, g=G, q=OA, m="audits graded good or better", per="2022/23"),
     F("the inadequate share fell", S),
     F("half of all files good or better by March", N, v=50, k="target", g=G, q=OA,
       m="target for files graded good or better"),
     F("we did not", I),
     # Chronologies
     F("Chronologies remain the weakest practice area", I),
     F("three in every ten files had a chronology", S, "timeliness", v=30,
       m="files with a current and useful chronology"),
     F("in a quarter of the 48 files", I, "timeliness", c=12, d=48,
       m="files of children on child protection plans with a chronology untouched for six months"),
     F("it read as the child's story rather than a list of appointments", S, "child_centred family_engagement"),
     # Assessment
     F("Nearly two thirds of assessments were graded good or better", S),
     F("Risk analysis is where the year's work shows most", S, "risk_analysis"),
     F("rose from 41%", S, "risk_analysis", v=41, m="assessments with a clear statement of the worries",
       per="2022/23"),
     F("to 58%", S, "risk_analysis", v=58, m="assessments with a clear statement of the worries"),
     F("The gap is history", I, "family_history"),
     F("Between 10% and", I, "family_history", v=10, m="assessments making no use of previous referrals"),
     F("and 15% of assessments", I, "family_history", v=15, m="assessments making no use of previous referrals"),
     F("fathers were seldom assessed", I, "family_engagement"),
     # Planning
     F("Planning was graded good or better in 119 files", S, c=119, d=288, g=G, q=OA,
       m="files with planning graded good or better"),
     F("down 6 points on last year", I, v=6, k="change", g=G, q=OA,
       m="fall in files with planning graded good or better (points)"),
     F("the two locality teams that lost their managers", I, "workforce_stability"),
     F("Plans written after a family network meeting were noticeably stronger", S, "family_engagement"),
     F("with no one named to do them", I, "smart_planning"),
     # Visits
     F("Visits were the strongest area again", S),
     F("In 231 of the 288 files", S, "timeliness", c=231, d=288,
       m="files where the child was seen within the plan's timescale"),
     F("the child had been seen alone at least once", S, "voice_of_child"),
     F("to describe what the child did and said", S, "recording_quality voice_of_child"),
     # Supervision
     F("expected frequency in 71% of files", S, "management_oversight timeliness", v=71,
       m="files with supervision at the expected frequency"),
     F("a year ago it was 64%", S, "management_oversight timeliness", v=64,
       m="files with supervision at the expected frequency", per="2022/23"),
     F("The content is thinner", I, "management_oversight"),
     F("Half of the supervision records we read", I, "management_oversight reflection_analysis", v=50,
       m="supervision records with a new plan and no reflection on the last one"),
     # Teams
     F("The MASH outperformed every other part of the service", S, "", "MASH"),
     F("27 of its 31 audited contacts were good or better", S, "", "MASH", c=27, d=31, g=G, q=OA,
       m="MASH contacts graded good or better"),
     F("threshold decisions were recorded on the day", S, "decision_making timeliness", "MASH"),
     F("the MASH kept the same three managers all year", S, "workforce_stability", "MASH"),
     F("21 of its 46 files good or better", S, c=21, d=46, g=G, q=OA, m="North files graded good or better"),
     F("South did not improve", I),
     F("drift after child protection conferences", I, "drift_delay", "Child Protection"),
     F("68% of their files were good or better", S, "", "LAC", v=68, g=G, q=OA,
       m="children in care files graded good or better"),
     F("two points higher than in 2022/23", S, "", "LAC", v=2, k="change", g=G, q=OA,
       m="rise in children in care files graded good or better (points)"),
     F("The care leavers service did less well", I, "", "Care Leavers"),
     F("only 24 of the 40 care leavers audited", S, "timeliness", "Care Leavers", c=24, d=40,
       m="care leavers with an up-to-date pathway plan"),
     F("in a third of them", I, "voice_of_child", "Care Leavers", v=33.3,
       m="care leavers whose own view of the plan was missing"),
     F("seven were good", S, "", "Disabled Children", c=7, d=10, g=G, m="disabled children's team files graded good"),
     F("two required improvement", I, "", "Disabled Children", c=2, d=10, g=RI,
       m="disabled children's team files graded requires improvement"),
     F("one was inadequate", I, "", "Disabled Children", c=1, d=10, g=INAD,
       m="disabled children's team files graded inadequate"),
    ])

if __name__ == "__main__":
    build()
