"""Teams (FINDINGS.md §5) by name, alias and acronym; non-team uses; a sentence with teams of
both polarities; a user's own team lexicon; themes (§6)."""
from __future__ import annotations

import pytest

import focusfive_nlp


def qualitative(findings):
    return [f for f in findings if f.value is None]


def one(findings):
    assert len(findings) == 1, [(f.polarity, f.teams, f.text) for f in findings]
    return findings[0]


@pytest.mark.parametrize(
    "sentence, team",
    [
        ("- The Youth Offending Team had poor plans.\n", "YOT"),
        ("- Plans in the YOT were poor.\n", "YOT"),
        ("- Plans for Children Looked After were not timely.\n", "LAC"),
        ("- CLA performed well on plans.\n", "LAC"),
        ("- Plans for children in care were of poor quality.\n", "LAC"),
        ("- Plans for looked after children were not SMART.\n", "LAC"),
        ("- Child protection conferences were not held on time.\n", "Child Protection"),
        ("- Plans for care leavers were not updated.\n", "Care Leavers"),
        ("- The SAT produced strong plans.\n", "SAT"),
        ("- Early Help plans were the strongest.\n", "Early Help"),
        ("- The MASH made timely decisions.\n", "MASH"),
        ("- Plans in the Fostering service were not SMART.\n", "Fostering"),
        ("- The Jigsaw team wrote clear plans.\n", "Jigsaw"),
        ("- Plans in PACT were often late.\n", "PACT"),
        ("- Plans for children in need were not SMART.\n", "Children in Need"),
        ("- Plans in the disabled children's team were not SMART.\n", "Disabled Children"),
        ("- Plans written by the Pathway team were not SMART.\n", "Pathway"),
        ("- Plans in the Statutory Teams were not SMART.\n", "Statutory Teams"),
        ("- Plans in the YOS were not SMART.\n", "YOS"),
    ],
)
def test_team_tagged_by_name_alias_or_acronym(run, report, sentence, team):
    f = one(run(report(sentence)))
    assert f.teams == [team]


def test_acronym_is_case_sensitive(run, report):
    # "sat" the verb is not the SAT team
    fs = run(report("- The worker sat with the family and plans were not SMART.\n"))
    f = one(fs)
    assert f.teams == []
    assert f.polarity == "improvement"


@pytest.mark.parametrize(
    "sentence",
    [
        "- CIN plans were not SMART.\n",
        "- CP Plans were not SMART.\n",
        "- Plans for children on CP plans were not SMART.\n",
        "- LAC cases were not SMART.\n",
    ],
)
def test_plans_of_children_are_not_teams(run, report, sentence):
    f = one(run(report(sentence)))
    assert f.teams == [], f.teams
    assert f.polarity == "improvement"


def test_mixed_team_sentence_gives_one_finding_per_polarity(run, report):
    sentence = "- PACT/LAC performed less well, in comparison to Jigsaw and AST where there was greater stability.\n"
    fs = qualitative(run(report(sentence, heading="SUPERVISION")))
    by_pol = {f.polarity: f for f in fs}
    assert sorted(by_pol) == ["improvement", "strength"], [(f.polarity, f.teams, f.text) for f in fs]
    assert len(fs) == 2
    assert sorted(by_pol["improvement"].teams) == ["LAC", "PACT"]
    assert sorted(by_pol["strength"].teams) == ["AST", "Jigsaw"]


def test_mixed_team_sentence_with_whereas(run, report):
    sentence = "- Early Help plans were clear and SMART, whereas plans in the YOT were poor.\n"
    fs = qualitative(run(report(sentence)))
    got = sorted((f.polarity, tuple(f.teams)) for f in fs)
    assert got == [("improvement", ("YOT",)), ("strength", ("Early Help",))], [(f.polarity, f.teams, f.text) for f in fs]


def test_team_on_a_figure(run, report):
    fs = [f for f in run(report("- Within PACT, 27% of plans were graded Good or Outstanding.\n")) if f.value is not None]
    f = one(fs)
    assert (f.value, f.teams) == (27.0, ["PACT"])


def test_user_team_lexicon(tmp_path, run, report):
    lexicon = tmp_path / "council_teams.yaml"
    lexicon.write_text("teams:\n  - name: Blue Team\n    aliases: [blue team]\n", encoding="utf-8")
    custom = focusfive_nlp.load_pipeline(teams=[lexicon])
    text = report("- Plans written by the blue team were not SMART.\n- Plans in the YOT were poor.\n")
    fs = focusfive_nlp.extract(text, nlp=custom)
    assert sorted(tuple(f.teams) for f in fs) == [("Blue Team",), ("YOT",)]
    # default teams still there, and the default pipeline does not know the new team
    default = run(text)
    assert sorted(tuple(f.teams) for f in default) == [(), ("YOT",)]


@pytest.mark.parametrize(
    "sentence, theme",
    [
        ("- Plans were not SMART.\n", "smart_planning"),
        ("- Plans were not timely.\n", "timeliness"),
        ("- Chronologies were out of date.\n", "timeliness"),
        ("- The voice of the child was not evident in plans.\n", "voice_of_child"),
        ("- Children's wishes and feelings were not recorded.\n", "voice_of_child"),
        ("- Management oversight was not evident on the file.\n", "management_oversight"),
        ("- There was drift and delay in implementing plans.\n", "drift_delay"),
        ("- The plan template was used inconsistently.\n", "template_use"),
        ("- Plans lacked analysis of risk.\n", "risk_analysis"),
        ("- Plans were not child centred.\n", "child_centred"),
        ("- High turnover of social workers affected plans.\n", "workforce_stability"),
        ("- Partner agencies were not involved in plans.\n", "multi_agency"),
        ("- Fathers were rarely engaged in plans.\n", "family_engagement"),
        ("- Virtual visits during lockdown limited plans.\n", "covid_impact"),
    ],
)
def test_theme_tagged(run, report, sentence, theme):
    fs = run(report(sentence))
    assert fs, "no finding"
    assert any(theme in f.themes for f in fs), [(f.themes, f.text) for f in fs]


def test_figure_theme(run, report):
    fs = run(report("- 52% had chronologies that were out of date.\n", heading="CHRONOLOGY"))
    f = one([f for f in fs if f.value is not None])
    assert f.themes == ["timeliness"]


def test_no_theme_for_a_plain_judgement(run, report):
    f = one(run(report("- CLA performed well on plans.\n")))
    assert f.themes == []


def test_user_theme_file(tmp_path, report):
    extra = tmp_path / "themes.yaml"
    extra.write_text("themes:\n  education:\n    phrases: [school attendance, education plan]\n", encoding="utf-8")
    custom = focusfive_nlp.load_pipeline(themes=[extra])
    fs = focusfive_nlp.extract(report("- School attendance was poorly recorded in plans.\n"), nlp=custom)
    assert any("education" in f.themes for f in fs), [(f.themes, f.text) for f in fs]


def test_praise_and_criticism_joined_by_and_split_into_two_findings(run, report):
    fs = [f for f in run(report("- Jigsaw performed well and PACT performed poorly.\n")) if f.value is None]
    assert sorted((f.polarity, tuple(f.teams)) for f in fs) == [("improvement", ("PACT",)), ("strength", ("Jigsaw",))]
