"""Open an HTML report in headless Chromium: take a screenshot and check the page's DOM.

Usage: python scripts/screenshot_report.py REPORT.html [--out shot.png] [--chromium PATH]

Checks, from ``--dump-dom`` (the DOM after scripts ran): the three plotly charts were
drawn (each chart div holds an ``svg.main-svg``), evidence anchors resolve to elements
of the page, and no injected ``<script>`` from report text became an element. Exits 1
with the problems listed, else 0. Not part of the test suite (needs Chromium:
``apt-get install -y chromium``).
"""
from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--no-first-run", "--hide-scrollbars",
]


def chromium_binary(explicit: str | None) -> str:
    for cand in (explicit, "/usr/bin/chromium", shutil.which("chromium"), shutil.which("chromium-browser"), shutil.which("google-chrome")):
        if cand and Path(cand).exists():
            return cand
    sys.exit("chromium not found: apt-get install -y chromium (or pass --chromium PATH)")


def run_chromium(binary: str, url: str, extra: list[str], timeout: int = 120) -> subprocess.CompletedProcess:
    with tempfile.TemporaryDirectory(prefix="ff-chromium-") as profile:
        cmd = [binary, *FLAGS, f"--user-data-dir={profile}", "--virtual-time-budget=15000", *extra, url]
        return subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)


def check_dom(dom: str) -> list[str]:
    problems = []
    for chart in ("chart-heatmap", "chart-grades", "chart-teams"):
        m = re.search(rf'<div id="{chart}"[^>]*>(.*?)</div>\s*<script', dom, re.S)
        if not m and f'id="{chart}"' not in dom:
            problems.append(f"{chart}: missing")
        elif 'class="main-svg"' not in dom.split(f'id="{chart}"', 1)[1][:200000]:
            problems.append(f"{chart}: not drawn (no svg)")
    hrefs = set(re.findall(r'href="#(ev-\d+)"', dom))
    ids = set(re.findall(r'id="(ev-\d+)"', dom))
    if not hrefs:
        problems.append("no evidence links")
    if hrefs - ids:
        problems.append(f"evidence links without target: {sorted(hrefs - ids)[:5]}")
    if re.search(r"<script>alert", dom):
        problems.append("report text became a <script> element")
    return problems


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("report", type=Path)
    ap.add_argument("--out", type=Path, default=Path("report.png"))
    ap.add_argument("--chromium")
    ap.add_argument("--size", default="1400,2400")
    args = ap.parse_args()
    binary = chromium_binary(args.chromium)
    url = args.report.resolve().as_uri()
    shot = run_chromium(binary, url, [f"--screenshot={args.out.resolve()}", f"--window-size={args.size}"])
    if not args.out.exists():
        print(shot.stderr[-2000:], file=sys.stderr)
        print("screenshot failed", file=sys.stderr)
        return 1
    dom = run_chromium(binary, url, ["--dump-dom"])
    problems = check_dom(dom.stdout)
    console_errors = [l for l in dom.stderr.splitlines() if "Uncaught" in l or "CONSOLE" in l and "error" in l.lower()]
    problems += [f"console: {l.strip()}" for l in console_errors]
    print(f"screenshot: {args.out} ({args.out.stat().st_size} bytes); DOM {len(dom.stdout)} chars")
    for p in problems:
        print("problem:", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
