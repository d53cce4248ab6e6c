"""The main job end to end: one report → graph (Turtle) → SHACL validation report → partnership
analysis and picture, all written into one folder. The library face of ``kg pipeline``; with no
report it runs on the embedded sample."""
from __future__ import annotations

import importlib.resources
import os
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from .analysis import DEFAULT_SEED, Analysis, analyse
from .errors import OutputError
from .extract import parse_report_file
from .graphio import serialize, write_atomically
from .model import Report
from .plot import plot
from .rdf import report_to_graph
from .validation import ValidationResult, report_turtle, text_summary, validate_graph


def sample_report_path() -> Path:
    """The embedded sample report (Ofsted, 2012): the one report shipped in ``kg.samples``."""
    samples = importlib.resources.files("kg.samples")
    return Path(str(next(p for p in samples.iterdir() if p.name.endswith(".txt"))))


@dataclass
class PipelineResult:
    report: Report
    validation: ValidationResult
    analysis: Analysis
    files: dict[str, Path] = field(default_factory=dict)


def run_pipeline(
    report_path: Path | str | None = None,
    out_dir: Path | str = "out",
    picture: str = "png",
    seed: int = DEFAULT_SEED,
) -> PipelineResult:
    """Extract, validate and analyse one report, writing into ``out_dir``:
    ``NAME.ttl`` (the graph), ``NAME-validation.txt`` and ``NAME-validation.ttl`` (the SHACL
    report, for people and machines), ``NAME-analysis.json`` and ``NAME-partnership.PICTURE``."""
    path = Path(report_path) if report_path else sample_report_path()
    report = parse_report_file(path)
    graph = report_to_graph(report)
    validation = validate_graph(graph, name=path.name)
    analysis = analyse(graph, seed=seed, evidence_text=picture == "html")
    out = Path(out_dir)
    stem = path.stem
    names = {
        "graph": f"{stem}.ttl",
        "validation": f"{stem}-validation.txt",
        "validation-rdf": f"{stem}-validation.ttl",
        "analysis": f"{stem}-analysis.json",
        "picture": f"{stem}-partnership.{picture}",
    }
    title = f"Partnership network: {report.authority}, {report.inspection_start or report.published or ''}".rstrip(", ")

    def write_all(folder: Path) -> None:
        write_atomically(folder / names["graph"], serialize(graph, "turtle"))
        write_atomically(folder / names["validation"], text_summary([validation]) + "\n")
        write_atomically(folder / names["validation-rdf"], report_turtle([validation]))
        write_atomically(folder / names["analysis"], analysis.to_json() + "\n")
        plot(analysis, folder / names["picture"], title=title, seed=seed)

    files = write_together(out, names, write_all)
    return PipelineResult(report, validation, analysis, files)


def write_together(out: Path, names: dict[str, str], write_all) -> dict[str, Path]:
    """All of the files or none: ``write_all(folder)`` writes them into a hidden temporary folder
    inside ``out`` (same file system), and only once every one is complete are they moved into
    place, each by a rename (which takes no space, so a full disk cannot stop it half-way). On
    any failure the temporary folder goes, and so does ``out`` if this made it."""
    made = not out.exists()
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise OutputError(f"{out}: cannot create the output folder ({error.strerror})") from None
    staging = None
    try:
        try:
            staging = Path(tempfile.mkdtemp(prefix=".kg-pipeline-", dir=out))
        except OSError as error:
            raise OutputError(f"{out}: cannot write here ({error.strerror})") from None
        try:
            write_all(staging)
        except OutputError as error:  # name the file as the user will see it, not the staging one
            raise OutputError(str(error).replace(str(staging), str(out))) from None
        except OSError as error:  # a writer that let the system's error through
            reason = (error.strerror or str(error)).lower()
            raise OutputError(f"{out}: cannot write the results ({reason}); nothing was written") from None
        files = {kind: out / name for kind, name in names.items()}
        for kind, name in names.items():
            os.replace(staging / name, files[kind])
        return files
    except BaseException:
        if made:
            shutil.rmtree(out, ignore_errors=True)
        raise
    finally:
        if staging is not None:
            shutil.rmtree(staging, ignore_errors=True)
