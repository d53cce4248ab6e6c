"""Rewrites tests/golden/*.ttl: the extraction of the sample and of every fixture report, pinned
so that any change to what is extracted shows in review as a diff of these files.

Run `.venv/bin/python tests/golden/update.py` after a deliberate change to the extraction, and
read the diff before committing it."""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from kg.extract import extract_report  # noqa: E402
from kg.graphio import serialize  # noqa: E402

HERE = Path(__file__).parent


def golden_inputs() -> list[Path]:
    return [ROOT / "kg" / "samples" / "barnet-2012-slac.txt", *sorted((ROOT / "tests" / "fixtures" / "reports").glob("*.txt"))]


def golden_bytes(path: Path) -> bytes:
    return serialize(extract_report(path), "turtle")


if __name__ == "__main__":
    for path in golden_inputs():
        (HERE / f"{path.stem}.ttl").write_bytes(golden_bytes(path))
        print(f"wrote tests/golden/{path.stem}.ttl")
