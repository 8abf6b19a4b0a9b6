"""By hand, as root: builds onto a nearly full disk, in every dataset format.

Mounts a small tmpfs, builds the bundled corpus into it, fills the disk up to ROOM kilobytes
of free space, then builds a larger archive onto the same dataset. Each line says whether the
build failed cleanly (non-zero exit, the old dataset intact, nothing left beside it) or
succeeded completely; anything else is a bug.

    sudo .venv/bin/python scripts/check_full_disk.py --rooms 8,100,300,700,1400,3000
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from focusfive_nlp.dataset import FindingsDataset  # noqa: E402


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "focusfive_nlp", *args], capture_output=True, text=True)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--formats", default="ds,ds.csv,ds.xlsx,ds.sqlite,ds.duckdb")
    ap.add_argument("--rooms", default="8,100,300,700,1400,3000", help="free kilobytes left before the second build")
    ap.add_argument("--size", default="24m", help="size of the tmpfs")
    ap.add_argument("--reports", type=int, default=60, help="reports in the second build")
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="fulldisk-"))
    archive = work / "archive"
    archive.mkdir()
    texts = sorted((ROOT / "corpus").glob("*.txt"))
    for i in range(args.reports):
        src = texts[i % len(texts)]
        (archive / f"r{i:03d}-{src.name}").write_text(src.read_text(encoding="utf-8") + f"\nNote {i}.\n", encoding="utf-8")
    mnt = work / "mnt"
    mnt.mkdir()
    bad = 0
    try:
        for name in args.formats.split(","):
            for room in (int(x) for x in args.rooms.split(",")):
                subprocess.run(["umount", str(mnt)], capture_output=True)
                subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={args.size}", "tmpfs", str(mnt)], check=True)
                out = mnt / name
                first = run("build", str(ROOT / "corpus"), "--out", str(out), "--jobs", "1", "--no-progress")
                assert first.returncode == 0, first.stderr
                before = FindingsDataset.load(out)
                st = os.statvfs(mnt)
                with open(mnt / "filler", "wb") as fh:
                    fh.write(b"\0" * max(0, st.f_bavail * st.f_frsize - room * 1024))
                second = run("build", str(archive), "--out", str(out), "--jobs", "2", "--no-progress")
                os.unlink(mnt / "filler")
                after = FindingsDataset.load(out)
                left = sorted(p.name for p in mnt.iterdir() if p.name != name)
                intact = after.findings.equals(before.findings) and after.documents.equals(before.documents)
                complete = set(after.documents["source"]) >= {str(p) for p in archive.iterdir()}
                ok = not left and "Traceback" not in second.stderr and "internal error" not in second.stderr and (
                    (second.returncode != 0 and intact) or (second.returncode == 0 and complete))
                bad += not ok
                last = (second.stderr.strip().splitlines() or [""])[-1]
                print(f"{'ok ' if ok else 'BAD'} {name:10} room={room:5}k exit={second.returncode} "
                      f"old intact={intact} new complete={complete} leftovers={left}\n      {last[:200]}", flush=True)
    finally:
        subprocess.run(["umount", str(mnt)], capture_output=True)
        shutil.rmtree(work, ignore_errors=True)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
