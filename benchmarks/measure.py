"""What the benchmarks share: running a command the way a user does, in its own process, and
measuring it; and the floors they compare ``kg`` with.

``run_measured(command)`` gives the wall seconds, the CPU seconds (user + system of the process
and every child it waited for), the peak memory in MB (the largest process's maximum resident
set, from ``os.wait4``) and the standard output of one command, and stops the script if the
command fails (exit 0 or 1 count as done: 1 is ``kg``'s "some inputs skipped")."""
from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from typing import NamedTuple

#: ``kg`` as a user runs it, from this interpreter's environment.
KG = [sys.executable, "-c", "import sys; from kg.cli import main; sys.exit(main())"]

#: PDFium's text of every page of the PDFs given, in one process; prints the number of pages.
PDFIUM_FLOOR = """
import sys, pypdfium2
pages = 0
for name in sys.argv[1:]:
    pdf = pypdfium2.PdfDocument(name)
    for page in pdf:
        page.get_textpage().get_text_range()
        pages += 1
    pdf.close()
print(pages)
"""


class Measured(NamedTuple):
    wall: float
    cpu: float
    peak_mb: float
    stdout: str


def run_measured(command: list[str]) -> Measured:
    start = time.perf_counter()
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        process = subprocess.Popen(command, stdout=out, stderr=err)
        _pid, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - start
        code = os.waitstatus_to_exitcode(status)
        if code not in (0, 1):
            err.seek(0)
            sys.exit(f"{' '.join(map(str, command[-4:]))} failed ({code}):\n{err.read().decode()[-2000:]}")
        out.seek(0)
        return Measured(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, out.read().decode())
