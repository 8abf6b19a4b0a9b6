"""REFI-QDA export: the coded archive for NVivo, ATLAS.ti, MAXQDA and QualCoder.

``.qdpx``: a zip of ``project.qde`` (QDA-XML 1.0, namespace ``urn:QDA-XML:project:1.0``)
and ``sources/``, one plain-text file per report. The codebook has a code per theme
(with its description) under "Themes", the polarity level ("Strength", "Area for
improvement") under "Polarity", the practice areas under "Sections" and a "Figure" code;
every finding is a ``PlainTextSelection`` of its report at its character offsets, coded
with its themes, polarity, section and (for a figure) "Figure". Sources carry the
variables ``organisation`` and ``report year``, and organisations are cases.

``.qdc``: the same codebook alone (namespace ``urn:QDA-XML:codebook:1.0``).

GUIDs are UUID 5 of the thing they name (a theme key, a report's doc_id and source, a
finding's offsets), so exporting the same dataset twice gives the same identifiers.
Positions count Unicode characters of the text in ``sources/`` (the reader's text, the
text the findings' offsets refer to).
"""
from __future__ import annotations

import uuid
import xml.etree.ElementTree as ET
import zipfile
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pandas as pd

from .atomic import atomic_path
from .compare import REPORT_STATUSES
from .dataset import FindingsDataset
from .errors import FocusFiveError
from .labels import lexicon_keys, polarity_label, section_label, theme_description, theme_label
from .redact import redactor

PROJECT_NS = "urn:QDA-XML:project:1.0"
CODEBOOK_NS = "urn:QDA-XML:codebook:1.0"
QDA_SUFFIXES = (".qdpx", ".qdc")
_NAMESPACE = uuid.UUID("6f0c1a52-6c1e-4f44-9d0a-5f6b2f1e9a10")  # this project's GUID namespace
COLOURS = {"strength": "#1B7A3A", "improvement": "#B00020", "figure": "#2A6F97"}


class QdaExportError(FocusFiveError):
    """A REFI-QDA export that cannot be written (nothing to export, unknown format)."""


def guid(*parts: Any) -> str:
    """A stable GUID of the schema's form for the thing named by ``parts``."""
    return str(uuid.uuid5(_NAMESPACE, "\x1f".join(map(str, parts)))).upper()


@dataclass
class QdaSummary:
    sources: int = 0
    codes: int = 0
    selections: int = 0
    warnings: list[str] = field(default_factory=list)

    def describe(self) -> str:
        if not self.sources:
            return f"codebook of {self.codes} codes"
        return f"{self.sources} report(s), {self.codes} codes, {self.selections} coded selections"


def write_qda(ds: FindingsDataset, path: str | Path, *, redact=None) -> QdaSummary:
    """Write ``ds`` as a REFI-QDA project (.qdpx) or its codebook alone (.qdc), atomically.

    ``redact`` (True, or a list of extra names files; see redact.py) blacks out personal
    names in the source texts character for character, so a redacted dataset's coded
    selections still fall on their characters and no name leaves in the sources.
    """
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix not in QDA_SUFFIXES:
        raise QdaExportError(f"unknown export format {suffix or '(no extension)'}; use .qdpx (project) or .qdc (codebook)", path=target)
    codes = Codebook(ds)
    if suffix == ".qdc":
        root = codes.element(CODEBOOK_NS, "CodeBook", origin=_origin())
        with atomic_path(target) as tmp:
            _write_xml(root, tmp)
        return QdaSummary(codes=codes.count)
    if ds.n_reports == 0:
        raise QdaExportError("the dataset holds no reports to export", path=target)
    project, texts, summary = _project(ds, codes, name=target.stem, names=redactor(redact))
    with atomic_path(target) as tmp:
        with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            zf.writestr("project.qde", _xml_bytes(project))
            for name, text in texts.items():
                zf.writestr(f"sources/{name}", text.encode("utf-8"))
    summary.codes = codes.count
    return summary


def _origin() -> str:
    from . import __version__

    return f"focusfive_nlp {__version__}"


class Codebook:
    """The code tree: themes, polarity, sections, figure; GUIDs by key."""

    def __init__(self, ds: FindingsDataset) -> None:
        used_themes = sorted({t for ts in ds.findings["themes"] for t in ts})
        used_sections = [str(s) for s in ds.findings["section"].dropna().unique()]
        keys = lexicon_keys()
        self.themes = list(dict.fromkeys([*keys["theme"], *used_themes]))
        self.sections = list(dict.fromkeys([*keys["section"], *used_sections]))
        self.polarities = ["strength", "improvement"]
        self.theme_guid = {t: guid("theme", t) for t in self.themes}
        self.section_guid = {s: guid("section", s) for s in self.sections}
        self.polarity_guid = {p: guid("polarity", p) for p in self.polarities}
        self.figure_guid = guid("figure")
        self.count = len(self.themes) + len(self.sections) + len(self.polarities) + 1 + 3

    def element(self, ns: str, tag: str, **attrs: str) -> ET.Element:
        root = ET.Element(f"{{{ns}}}{tag}", attrs)
        codes = ET.SubElement(root, f"{{{ns}}}Codes")

        def code(parent: ET.Element, gid: str, name: str, description: str, codable: bool = True, colour: str | None = None) -> ET.Element:
            attrs = {"guid": gid, "name": name, "isCodable": "true" if codable else "false"}
            if colour:
                attrs["color"] = colour
            el = ET.SubElement(parent, f"{{{ns}}}Code", attrs)
            if description:
                ET.SubElement(el, f"{{{ns}}}Description").text = description
            return el

        themes = code(codes, guid("group", "themes"), "Themes", "Recurring subjects of practice quality (theme keys of the lexicon).", False)
        for t in self.themes:
            code(themes, self.theme_guid[t], theme_label(t), theme_description(t) or f"Theme key {t}.")
        polarity = code(codes, guid("group", "polarity"), "Polarity", "What a finding says: a strength or an area for improvement.", False)
        for p in self.polarities:
            code(polarity, self.polarity_guid[p], polarity_label(p),
                 "A stated strength or good practice." if p == "strength" else
                 "A weakness, a recommendation or a concern carried over.", colour=COLOURS[p])
        sections = code(codes, guid("group", "sections"), "Sections", "Practice areas of the report (section keys).", False)
        for s in self.sections:
            code(sections, self.section_guid[s], section_label(s), f"Section key {s}.")
        code(codes, self.figure_guid, "Figure", "A quantitative finding: a percentage or a count out of a total.", colour=COLOURS["figure"])
        return root


def _project(ds: FindingsDataset, codes: Codebook, *, name: str, names=None) -> tuple[ET.Element, dict[str, str], QdaSummary]:
    from . import readers

    ns = PROJECT_NS
    now = datetime.now(timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")
    user = guid("user", "focusfive_nlp")
    project = ET.Element(f"{{{ns}}}Project", {"name": name, "origin": _origin(), "creatingUserGUID": user, "creationDateTime": now})
    users = ET.SubElement(project, f"{{{ns}}}Users")
    ET.SubElement(users, f"{{{ns}}}User", {"guid": user, "name": "focusfive_nlp"})
    codebook = codes.element(ns, "CodeBook")
    project.append(codebook)
    variables = ET.SubElement(project, f"{{{ns}}}Variables")
    var_org, var_year = guid("variable", "organisation"), guid("variable", "report year")
    for gid, vname, kind, desc in ((var_org, "organisation", "Text", "Whose report it is."),
                                   (var_year, "report year", "Integer", "The year the report covers.")):
        v = ET.SubElement(variables, f"{{{ns}}}Variable", {"guid": gid, "name": vname, "typeOfVariable": kind})
        ET.SubElement(v, f"{{{ns}}}Description").text = desc
    summary = QdaSummary()
    texts: dict[str, str] = {}
    sources_el = ET.Element(f"{{{ns}}}Sources")
    by_org: dict[str, list[str]] = {}
    docs = ds.documents[ds.documents["status"].isin(REPORT_STATUSES)]
    findings = ds.findings
    for doc in docs.to_dict("records"):
        source = str(doc["source"])
        mine = findings[(findings["source"] == source) & (findings["doc_id"] == doc["doc_id"])]
        text, rebuilt = _source_text(source, mine, readers)
        if rebuilt:
            summary.warnings.append(f"{source}: report not readable here; its source text is rebuilt from the findings' evidence")
        elif names is not None:
            text = names.mask(text)
        sid = guid("source", doc["doc_id"], source)
        file_name = f"{sid}.txt"
        texts[file_name] = text
        el = ET.SubElement(sources_el, f"{{{ns}}}TextSource", {
            "guid": sid, "name": Path(source).name or str(doc["doc_id"]), "plainTextPath": f"internal://{file_name}",
            "creatingUser": user, "creationDateTime": now})
        organisation = doc.get("organisation") if isinstance(doc.get("organisation"), str) else None
        year = None if pd.isna(doc.get("report_year")) else int(doc["report_year"])
        ET.SubElement(el, f"{{{ns}}}Description").text = "; ".join(
            x for x in (organisation, f"report year {year}" if year else "report year unknown", f"source: {source}") if x)
        for f in mine.sort_values("start_char", na_position="last").to_dict("records"):
            span = _locate(text, f, by_offsets=names is not None and not rebuilt)
            if span is None:
                summary.warnings.append(f"{source}: finding {f['finding_id']} not found in the report text; left out")
                continue
            start, end = span
            sel = ET.SubElement(el, f"{{{ns}}}PlainTextSelection", {
                "guid": guid("selection", sid, f["finding_id"], start, end), "name": _short(f["text"]),
                "startPosition": str(start), "endPosition": str(end), "creatingUser": user, "creationDateTime": now})
            ET.SubElement(sel, f"{{{ns}}}Description").text = _finding_description(f)
            for gid in _code_refs(codes, f):
                coding = ET.SubElement(sel, f"{{{ns}}}Coding", {"guid": guid("coding", sid, f["finding_id"], gid),
                                                                 "creatingUser": user, "creationDateTime": now})
                ET.SubElement(coding, f"{{{ns}}}CodeRef", {"targetGUID": gid})
            summary.selections += 1
        for var, value in ((var_org, organisation), (var_year, year)):
            if value is None:
                continue
            vv = ET.SubElement(el, f"{{{ns}}}VariableValue")
            ET.SubElement(vv, f"{{{ns}}}VariableRef", {"targetGUID": var})
            ET.SubElement(vv, f"{{{ns}}}{'TextValue' if var == var_org else 'IntegerValue'}").text = str(value)
        if organisation:
            by_org.setdefault(organisation, []).append(sid)
        summary.sources += 1
    if by_org:
        cases = ET.SubElement(project, f"{{{ns}}}Cases")
        for org, sids in sorted(by_org.items()):
            case = ET.SubElement(cases, f"{{{ns}}}Case", {"guid": guid("case", org), "name": org})
            for sid in sids:
                ET.SubElement(case, f"{{{ns}}}SourceRef", {"targetGUID": sid})
    project.append(sources_el)
    return project, texts, summary


def _source_text(source: str, findings: pd.DataFrame, readers) -> tuple[str, bool]:
    """The report's text as the reader gives it (the findings' offsets refer to it), or, when
    the file is gone, a text of the evidence sentences (offsets then found in it)."""
    path = Path(source)
    if path.is_file():
        try:
            return readers.read_document(path).text, False
        except FocusFiveError:
            pass
    return "\n\n".join(dict.fromkeys(str(t) for t in findings.sort_values("start_char", na_position="last")["text"])), True


def _locate(text: str, f: dict, *, by_offsets: bool = False) -> tuple[int, int] | None:
    """Where the finding's evidence is in ``text``: at its offsets, else where the evidence text is found
    (``by_offsets``: trust valid offsets alone, for redacted evidence in a masked text)."""
    evidence = str(f["text"])
    start, end = f.get("start_char"), f.get("end_char")
    if by_offsets and start is not None and end is not None and not pd.isna(start) and not pd.isna(end) \
            and 0 <= int(start) < int(end) <= len(text):
        return int(start), int(end)
    if start is not None and not pd.isna(start):
        start = int(start)
        if text[start:start + len(evidence)] == evidence:
            return start, start + len(evidence)
    hits = []
    at = text.find(evidence)
    while at >= 0 and evidence:
        hits.append(at)
        at = text.find(evidence, at + 1)
    if not hits:
        return None
    near = min(hits, key=lambda h: abs(h - (int(start) if start is not None and not pd.isna(start) else 0)))
    return near, near + len(evidence)


def _code_refs(codes: Codebook, f: dict) -> list[str]:
    refs = [codes.theme_guid[t] for t in f["themes"] if t in codes.theme_guid]
    if f["polarity"] in codes.polarity_guid:
        refs.append(codes.polarity_guid[f["polarity"]])
    if isinstance(f["section"], str) and f["section"] in codes.section_guid:
        refs.append(codes.section_guid[f["section"]])
    if f["value"] is not None and not pd.isna(f["value"]):
        refs.append(codes.figure_guid)
    return refs


def _short(text: Any, n: int = 80) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= n else text[: n - 1] + "…"


def _finding_description(f: dict) -> str:
    from .labels import grade_label

    parts = [f"{polarity_label(f['polarity'])}", f"section {section_label(f['section'])}"]
    if f["value"] is not None and not pd.isna(f["value"]):
        parts.append(f"figure {f['value']:g}%" + (f" ({grade_label(f['grade'], f['grade_qualifier'])})" if isinstance(f["grade"], str) else ""))
    if f["themes"]:
        parts.append("themes " + ", ".join(theme_label(t) for t in f["themes"]))
    if f["teams"]:
        parts.append("teams " + ", ".join(f["teams"]))
    if isinstance(f.get("audit_activity"), str):
        parts.append(f"activity {f['audit_activity']}")
    parts.append(f"rule {f['rule']}")
    return "; ".join(parts)


def _xml_bytes(root: ET.Element) -> bytes:
    ET.register_namespace("", root.tag[1:].split("}")[0])
    return b'<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(root, encoding="utf-8", xml_declaration=False)


def _write_xml(root: ET.Element, path: Path) -> None:
    path.write_bytes(_xml_bytes(root))
