"""The main job end to end: one report → graph (Turtle) → SHACL validation report → partnership
analysis and picture, all written into one folder. The library face of ``kg pipeline``; with no
report it runs on the embedded sample."""
from __future__ import annotations

import importlib.resources
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
    out = Path(out_dir)  # created only once there is something to write
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise OutputError(f"{out}: cannot create the output folder ({error.strerror})") from None
    stem = path.stem
    files = {
        "graph": out / f"{stem}.ttl",
        "validation": out / f"{stem}-validation.txt",
        "validation-rdf": out / f"{stem}-validation.ttl",
        "analysis": out / f"{stem}-analysis.json",
        "picture": out / f"{stem}-partnership.{picture}",
    }
    write_atomically(files["graph"], serialize(graph, "turtle"))
    write_atomically(files["validation"], text_summary([validation]) + "\n")
    write_atomically(files["validation-rdf"], report_turtle([validation]))
    write_atomically(files["analysis"], analysis.to_json() + "\n")
    title = f"Partnership network: {report.authority}, {report.inspection_start or report.published or ''}".rstrip(", ")
    plot(analysis, files["picture"], title=title, seed=seed)
    return PipelineResult(report, validation, analysis, files)
