"""Starter lexicons for a council's own names: ``focusfive init DIR``.

Each file is a valid user lexicon as written (the tests load all three into the pipeline),
with comments that say what to change. They add to the bundled lexicons; they replace nothing.
"""
from __future__ import annotations

from pathlib import Path

from .errors import FocusFiveError

TEAMS = """\
# Your teams, added to the bundled team lexicon (models/teams.yaml).
# Use with: focusfive build REPORTS --out DATASET --teams teams.yaml
#
# name      the canonical name: what the dataset, the report and the workbook show
# aliases   other ways the reports write it; any case, plurals included
# acronyms  abbreviations, matched in exact case only ("BLT" but not "blt")
# not_followed_by  words after an alias that mean it is not the team ("Blue team leader")
#
# Quote a value YAML could read as something else: `no`, `yes`, `on`, `off` are booleans
# to YAML, so write "no" with quotes.
teams:
  - name: Blue Locality Team
    aliases: [blue locality team, blue team]
    acronyms: [BLT]
  - name: Family Support Hub
    aliases: [family support hub, the hub]
    not_followed_by: [manager, managers]
"""

THEMES = """\
# Your theme phrases, added to the bundled themes (models/themes.yaml).
# Use with: focusfive build REPORTS --out DATASET --themes themes.yaml
#
# A key that exists already (timeliness, smart_planning, voice_of_child, ...) gets your
# phrases in addition to its own; a new key is a new theme. Phrases match as whole words,
# any case, with a final -s/-es plural added for you. `about` says what the theme means
# (shown as the code's description in a REFI-QDA export).
themes:
  timeliness:
    phrases: [within the statutory timeframe, past the review date]
  life_story_work:
    about: Life story work with children in care
    phrases: [life story work, life story book, later life letter]
"""

SECTIONS = """\
# Your report headings, added to the bundled practice areas (models/sections.yaml).
# Use with: focusfive build REPORTS --out DATASET --sections sections.yaml
#
# Each key is a practice area; its list holds words a heading must contain to belong to
# it (whole words, any case, plurals included). A heading maps to the first key, in file
# order, whose words it contains; headings of no key are section `other`.
sections:
  planning: [pathway planning, child in need plan]
  education: [education, personal education plan, virtual school]
"""

STARTERS = {"teams.yaml": TEAMS, "themes.yaml": THEMES, "sections.yaml": SECTIONS}


def write_starter_lexicons(folder: str | Path, *, force: bool = False) -> list[Path]:
    """Write teams.yaml, themes.yaml and sections.yaml into ``folder``; never overwrite unless ``force``."""
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise FocusFiveError("not a folder; give a folder to write the starter lexicons into", path=folder)
    targets = [folder / name for name in STARTERS]
    existing = [p for p in targets if p.exists()]
    if existing and not force:
        raise FocusFiveError(f"already there: {', '.join(p.name for p in existing)}; use --force to overwrite them", path=folder)
    folder.mkdir(parents=True, exist_ok=True)
    for path in targets:
        path.write_text(STARTERS[path.name], encoding="utf-8")
    return targets
