"""Writes the six real15 documents (plain text, UTF-8). NB = non-breaking space."""
NB = "\u00a0"
docs = {}
docs["front-door-mash-audit-2024.txt"] = f"""Front Door Audit – Quarter 2 Report
Multi-Agency Safeguarding Hub
Audit period: July to September 2024

Purpose
This note reports what the Q2 audit of contacts screened at the front door told us. It uses the
three mapping questions we use with families.

Method
Twenty-eight contacts were picked at random and audited jointly with police and health
colleagues, each against the front door standard. The sample covered every day of the week,
including four contacts received out of hours. Each audit took about an hour and was moderated
by the Head of Service. Families were not contacted in this round; their views will be sought in
Q3 through the follow-up calls the duty team already makes.

Summary
19 of the 28 contacts (68%) were rated good or better overall.

What’s working well
• Timely screening of police notifications
• Clear threshold decisions recorded by managers
• Consent sought and recorded in 22 of 28 contacts
• Good use of agency checks before strategy discussions
• Strong joint working with the police desk
• Warm handovers to Early Help

What are we worried about
• Too little of the child’s voice in referral summaries
• Family history rarely pulled through from earlier contacts
• 13 of the 28 records held no management rationale
• Drift when a case waits over the weekend for a health check
• Outcome letters to referrers not always sent

Scaling
Auditors placed overall practice at 6 on a 0–10 scale (Q1: 5).

What needs to happen
• Team managers to add a one-line rationale to every decision
• Chronology tool to be used again for repeat contacts
• Follow-up dip sample in December{NB}2024

The Head of Service asked whether weekend health cover could be widened. This will go to the
partnership board in November, with a costed option from health colleagues.
"""
docs["iro-annual-report-escalations-2023.txt"] = f"""Independent Reviewing Service
Annual Report 2022–23

5. Themes from IRO escalations

5.1 IROs use the dispute resolution process when a child’s plan is not moving forward. It has four
stages, from a conversation with the team manager to a formal referral to the Director. Each stage has a timescale, and the IRO manager tracks open
escalations every week.

5.2 There were 66 escalations in the year (2021–22: 51). By reason:

Reason                                      No.     %
Drift in permanence planning                 22    33%
Care plan not updated before review          14    21%
Statutory visits out of timescale            11    17%
Life story work not started                  10    15%
Other                                         9    14%

5.3 Most escalations were settled informally, and 62 of the 66 were resolved within 20{NB}working
days. Four went to the Head of Service.

5.4 Drift in permanence planning was again the most common reason, and it sat mainly with the
Children in Care teams. Where IROs raised it early, plans for adoption or special guardianship
moved on quickly.

5.5 Care plans that are not updated before the review remain a concern. Not every social worker is
yet sharing the updated plan with the IRO five days before the meeting.

5.6 Escalations about late visits fell in the second half of the year, after the Fostering team
was restructured.

5.7 IROs are not yet confident that life story work starts early enough for younger children.

5.8 IROs told us that team managers respond well to challenge and rarely let an escalation reach
the formal stage.

6. Participation

6.1 81% of children aged four and over contributed their views to their review, in person, through
an advocate or in writing.

7. Priorities for 2023–24
• Record every escalation and its outcome on the child’s file
• Report escalation themes to the Corporate Parenting Board each quarter

The service will report on these priorities in next year’s annual report.
"""
docs["ofsted-letter-focused-visit-2024.txt"] = f"""Dear Director

Focused visit to children’s services

This letter summarises the findings of the focused visit on 4 and 5{NB}June{NB}2024. Inspectors looked at
the council’s arrangements for children in care, including care planning and the help given to
children to stay in stable homes. Inspectors spoke to social workers and managers and read
children’s records. Inspectors also considered the local authority’s self-evaluation and met the
lead member for children.

Headline findings

Since the last inspection, leaders have made steady progress in strengthening practice for
children in care.

What is working well

Most children live in homes that meet their needs, and many have lived with the same carers for a
long time. Social workers know their children well and visit them regularly; they see children on
their own and record what children tell them in words the children would recognise. Permanence is
considered early, and the permanence panel gives useful challenge. Independent reviewing officers
have a helpful overview of children’s plans. Children who are disabled benefit from a team that
understands how each of them communicates.

Areas for improvement

The quality of care plans is too variable. Some plans are clear and specific; others are lists of
services with no measurable outcomes. Supervision happens regularly but does not always show
reflection on the child’s progress. Health assessments are not completed quickly enough for
children who come into care in an emergency. Life story work is not yet routinely started for
children with a plan for long-term fostering.

Leaders should now focus on:
• the consistency and specificity of care plans
• the timeliness of initial health assessments
• management oversight that moves plans forward

Ofsted will take the findings of this visit into account at the next inspection. This letter will be
published on the Ofsted website; please tell us of any factual errors within five working days.

Yours sincerely

His Majesty’s Inspector
"""
docs["supervision-oversight-audit-2025.txt"] = f"""Management Oversight and Supervision Audit – Spring 2025

Scope
Practice leads read the last three supervision records for 96 children in five teams during March
and April 2025. A record was Green where supervision was in date and set actions with timescales,
Amber where it was in date but the actions were vague, and Red where it was overdue.
The Quality Assurance Board asked for this audit because oversight was raised as an area for
improvement at the last inspection, and it repeats the autumn audit with the same questions.
Records were chosen at random from each team’s caseload list. The Principal Social Worker
moderated the ratings by re-reading one record from each team. The team rating is set by the
practice lead after reading all of the team’s records.

Results by team
Team                          Records   Green    RAG
First Response                   24        17    Green
Child Protection Team            20         9    Amber
Children in Care                 22        11    Amber
Care Leavers (Pathway)           16         5    Red
Children with Disabilities       14        12    Green

==============================================
KEY MESSAGES
  » 56% of all records were rated Green.
  » Red ratings cluster in the Care Leavers service, where three personal advisers changed.
  » Supervision notes in the disabilities team were reflective and child focused.
  » Actions were too often carried forward from one session to the next without comment.
  » Oversight of drift is stronger than at the autumn audit.
==============================================

Next steps
The audit will be repeated in September{NB}2025. Team managers will review every Red record with
their practice lead within a month. The Principal Social Worker will run two workshops on
writing supervision actions, one for team managers and one for senior practitioners, before the
repeat audit. Results will be shared with staff at the October practice forum and reported to the
Quality Assurance Board in November.
"""
docs["early-help-audit-2023.txt"] = f"""EARLY HELP CASE AUDIT: AUTUMN 2023
Summary for the Early Help Partnership Group

Why we audited
The group asked for assurance on the quality of early help plans after the service was reshaped
in the spring. It also wanted to know whether the new Family Support Team, which took over cases
from the locality teams in April, works to the same standard as the Hub. Auditors used the same
tool as social care, with two questions added about the family’s own plan.

How we graded
Each family’s file was graded Outstanding, Good, Requires Improvement or Inadequate by a manager
from another team. Thirty-six families were audited in October and November.

Grades by team
Early Help Hub: 12 families – Good 8, RI 3, Inadequate 1
Family Support Team: 15 families – Outstanding 2, Good 9, RI 4
Targeted Youth Support: 9 families – Good 4, RI 5

Overall, 23 of 36 files were good or outstanding (64%).

What we found
Plans are beginning to be written with families rather than for them.
The child’s lived experience is not yet consistently described in assessments.
Step-down from social care is not yet smooth: in 4 of the 11 stepped-down families the first
Early Help visit took place after ten working days.
Targeted Youth Support workers are beginning to use the outcome star with young people.
Multi-agency attendance at Team Around the Family meetings remains patchy.
Schools were the partner most often present at those meetings.

Next steps
• A step-down protocol agreed with social care by January
• Lived-experience workshop for all practitioners
• Re-audit of the Targeted Youth Support files in March

The group will receive the re-audit at its April meeting, together with feedback gathered from
families through follow-up calls. Questions about this summary can be sent to the Early Help quality lead.
"""
docs["corporate-parenting-board-minutes-2024.txt"] = f"""CORPORATE PARENTING BOARD
Minutes of the meeting held on Thursday 14{NB}November{NB}2024, Council Chamber

Present: Cllr A (Chair), Cllr B, Cllr C, Cllr D; Director of Children’s Services; Head of
Children in Care; Service Manager, Leaving Care
Apologies: Cllr E

1. Declarations of interest
None.

2. Minutes of the previous meeting
The minutes of 12{NB}September{NB}2024 were agreed as a correct record.

3. Audit of pathway plans for care leavers
The Service Manager, Leaving Care introduced the report. Forty-one plans had been audited in
October. She reported that 29 of the 41 pathway plans had been updated within six months, compared
with 22 of 38 in the spring. Young people had signed 31 of the 41 plans. Accommodation and
education were well recorded; health was not. 8 of the 41 plans had no contingency section.
Personal advisers’ contact with young people was judged good or better in three quarters of the
files. The Chair welcomed that no plan had been graded inadequate.
A member asked how many care leavers were not in education, employment or training. The Service
Manager would circulate the figure.
Members noted:
• the improvement in the timeliness of pathway plans
• that health needs were still too thinly recorded
• the positive feedback from young people about their personal advisers

4. Placement sufficiency update
The number of children in care had risen by 4% to 318 since April. Members were concerned that
12 children had moved home three or more times in the year.

5. Action log
No.   Action                                              Owner    Status
41    Circulate NEET figures for care leavers             SM LC    Open
38    Report on health assessments for children in care   HoS      Complete
36    Invite young people to the February meeting         Chair    Complete

6. Date of next meeting
Thursday 13{NB}February{NB}2025, 5.30pm, Council Chamber.

The meeting closed at 6.40pm.
"""
if __name__ == "__main__":
    import pathlib
    here = pathlib.Path(__file__).resolve().parent.parent
    for name, text in docs.items():
        (here / name).write_text(text, encoding="utf-8")
        print(name, len(text.split()))
