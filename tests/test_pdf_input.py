"""PDF input: a real report reads the same as its text; a corrupt PDF, a file calling itself
.pdf that is not one, and a PDF with no text layer each give one clear line and exit 2."""
from __future__ import annotations

import io
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import pytest  # noqa: E402
from click.testing import CliRunner  # noqa: E402

from kg.cli import main  # noqa: E402

SHARED = Path(__file__).parents[2] / "shared" / "reports"


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def image_only_pdf() -> bytes:
    figure = plt.figure(figsize=(8.27, 11.69))
    figure.add_artist(plt.Rectangle((0.1, 0.1), 0.8, 0.8, color="grey"))  # a scan: no text
    buffer = io.BytesIO()
    figure.savefig(buffer, format="pdf")
    plt.close(figure)
    return buffer.getvalue()


@pytest.mark.parametrize(
    "content,message",
    [
        (b"%PDF-1.4\n1 0 obj << /Type /Catalog >>\ngarbage", "a corrupt or unreadable PDF"),
        (b"just some text pretending", "not a PDF (it does not start with %PDF)"),
        (None, "the PDF has no text layer (a scanned image?); run OCR first"),
    ],
)
def test_bad_pdfs(tmp_path, content, message):
    path = tmp_path / "report.pdf"
    path.write_bytes(content if content is not None else image_only_pdf())
    out = tmp_path / "out.ttl"
    result = run("extract", path, "-o", out)
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0]
    assert not out.exists()


def test_a_real_pdf(tmp_path):
    pdf = SHARED / "kent-2013-lac.pdf"
    if not pdf.exists():
        pytest.skip("the shared reports are not beside this checkout")
    result = run("extract", pdf, "-o", tmp_path / "kent.ttl")
    assert result.exit_code == 0
    assert "Kent County Council (2013-07-15): 72 paragraphs, 5 judgements, 12 recommendations" in result.stderr
