"""Build the hard-wrapped PDF-style transcript (qa-annual-report-transcript-2023-24.txt).

The prose is wrapped at about 70 characters; long words at a line end are broken with a hyphen
(by syllable where listed, else near the margin), as PDF text extraction gives them, and a running header and a page footer are put
in every 38 lines. Run once; the .txt is the artefact.
"""
from pathlib import Path

SPLITS = {"improvement": ("improve", "ment"), "supervision": ("super", "vision"),
          "assessments": ("assess", "ments"), "independent": ("indepen", "dent"),
          "consistently": ("consis", "tently"), "chronologies": ("chronol", "ogies"),
          "contingency": ("contin", "gency"), "management": ("manage", "ment"),
          "practitioners": ("practi", "tioners"), "relationships": ("relation", "ships"), "disagreed": ("dis", "agreed"),
          "thematic": ("the", "matic"), "percentage": ("percent", "age"),
          "chronologies": ("chronolo", "gies")}
HEAD = "Children’s Services Quality Assurance Annual Report 2023–24"
W = 70

BLOCKS = [
 ("h", "1. Introduction"),
 ("p", "This report sets out what the quality assurance programme found between April 2023 and March 2024. It draws on case file audits, thematic audits, observations of practice and feedback from families. It is written for the Children’s Services Leadership Team and the Corporate Parenting Board, and will be published on the council’s website."),
 ("p", "Over the year 684 case file audits were completed, against a plan of 720. The Principal Social Worker moderated 71 of them. Moderators agreed with the auditor’s grade in 58 of the 71, each grade being checked against the practice standards."),
 ("h", "2. Overall grades"),
 ("p", "Practice was graded good or better in 57% of audits, compared with 49% in 2022–23 and 44% in 2021–22. This is the third year of steady improvement, although the gains have been uneven between services. Requires improvement accounted for 35% and inadequate for 8%, down from 12% the year before. No service was graded outstanding in more than a handful of audits."),
 ("h", "3. Chronologies"),
 ("p", "Chronologies remain the weakest area of recording. Only 41% were judged up to date, and fewer than one in three had been written in a way that helped the reader understand the child’s history. Where chronologies were good they were short, selective and regularly updated by the allocated worker."),
 ("h", "4. Assessments"),
 ("p", "The quality of assessments has improved. 64% were graded good or better (last year: 55%). Assessments in the Children with Disabilities Service were the strongest in the council, and most included a careful analysis of the child’s needs and of the strengths of the family. Across the service, however, the analysis of risk was not yet consistently good, and in 52 of the 684 audits the assessment had not been updated when risks changed."),
 ("h", "5. Plans"),
 ("p", "Plans are still too often a list of services rather than a description of what needs to change. Just 39% of plans were judged to be SMART, and a contingency plan was missing in one in five. Children in care had the better plans, with 68% rated good or better, and independent reviewing officers told us that plans were more often progressed between reviews than they were a year ago."),
 ("h", "6. Supervision"),
 ("p", "Supervision took place within the required timescale in 83% of cases. The recorded discussion was reflective in 46%, a rise of nine percentage points. Practitioners value supervision and say that their managers are accessible, but management oversight at the point of key decisions was not always recorded on the child’s file."),
 ("h", "7. Priorities for 2024–25"),
 ("p", "The programme for next year will focus on chronologies and on plans. Every audit will include a practice conversation with the worker, and a new thematic audit of pre-birth work will start in June 2024. The target for next year is that 65% of audits are graded good or better."),
]


def wrap(text):
    lines, cur = [], ""
    for w in text.split():
        cand = (cur + " " + w) if cur else w
        if len(cand) <= W:
            cur = cand
            continue
        key = w.strip(".,;:").lower()
        if key in SPLITS:
            a, b = SPLITS[key]
            b += w[len(w.rstrip(".,;:")):]
            if w[0].isupper():
                a = a.capitalize()
            if len(cur + " " + a + "-") <= W:
                lines.append(cur + " " + a + "-")
                cur = b
                continue
        core = w.rstrip(".,;:)")
        room = W - len(cur) - 2
        if core.isalpha() and len(core) >= 8 and room >= 4 and len(core) - room >= 3:
            cut = min(room, len(core) - 3)
            lines.append(cur + " " + w[:cut] + "-")
            cur = w[cut:]
            continue
        lines.append(cur)
        cur = w
    if cur:
        lines.append(cur)
    return lines


def main():
    body = []
    for kind, txt in BLOCKS:
        if kind == "h":
            body.append(txt)
        else:
            body.extend(wrap(txt))
    TOTAL = (len(body) + 19) // 20
    out, page, n = [HEAD], 1, 0
    for ln in body:
        out.append(ln)
        n += 1
        if n == 20:
            out.append(f"{' ' * 58}Page {page} of {TOTAL}")
            page += 1
            out.append(HEAD)
            n = 0
    out.append(f"{' ' * 58}Page {page} of {TOTAL}")
    p = Path(__file__).resolve().parents[1] / "qa-annual-report-transcript-2023-24.txt"
    p.write_text("\n".join(out) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
