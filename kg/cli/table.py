"""``kg table``: the analyst's tables (judgements, recommendations, bodies) as CSV or XLSX."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from ..errors import InputError
from ..tables import TABLE_NAMES  # kg.cli.table is imported only when `kg table` runs
from .common import exit_if_skipped, jobs_option, quiet_option, report_progress, report_skipped, say


@click.command("table")
@click.argument("graphs", nargs=-1, metavar="GRAPH…")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="FILE.xlsx (a sheet per table) or FILE.csv (with several tables: "
                   "FILE-judgements.csv, FILE-recommendations.csv, FILE-bodies.csv).")
@click.option("--table", "table_names", type=click.Choice(TABLE_NAMES), multiple=True,
              help="Only this table (repeat for several). Default: every table with -o, "
                   "judgements on stdout.")
@click.option("--store", "store_dir", type=click.Path(path_type=Path),
              help="Read an on-disk store made by `kg load` instead of graph files.")
@quiet_option
@jobs_option
def table_command(graphs, output, table_names, store_dir, quiet):
    """Write the tables analysts open in a spreadsheet, labels not IRIs.

    \b
    judgements       one row per graded judgement: the council's DfE LA code,
                     ONS code, ONS region code and name, framework, inspection
                     and publication dates, section, area as printed, harmonised
                     area (lined up across frameworks), grade as printed, grade
                     on the common scale (1 Outstanding … 4 Inadequate), report
                     IRI, source file
    recommendations  one row per recommendation: codes, section, timescale,
                     owner, text, paragraph
    bodies           one row per body per report that names it: type, kind,
                     acronyms, how many paragraphs name it

    GRAPH is an RDF file, a report (.txt/.pdf, extracted on the fly) or a folder of
    either; a file that cannot be used is named on stderr and skipped (exit 1; 2 when
    none could be used). Without -o the judgements table (or the one --table names)
    goes to stdout as CSV. The harmonised areas and the mapping of each framework's
    sections onto them are in the shipped vocabulary (harmonised-areas.ttl).

    \b
    Examples:
      kg table reports/ -o grades.xlsx
      kg table corpus.trig -o tables.csv      # tables-judgements.csv, …
      kg table corpus.trig --table recommendations -o recommendations.csv
      kg table --store corpus/ -o grades.xlsx
    """
    from ..graphio import check_output_path
    from ..tables import analyst_tables, csv_bytes, store_copy, table_files, table_paths, tables_store

    names = table_names or (TABLE_NAMES if output else ("judgements",))
    if output is not None:
        for path in table_paths(output, names):  # a bad suffix or folder fails before the work
            check_output_path(path)
    failures: list = []
    if store_dir is not None:
        if graphs:
            raise InputError("give graph files or --store DIR, not both")
        from ..store import open_store

        store = store_copy(open_store(store_dir, read_only=True))
    elif not graphs:
        raise InputError("no graph given (GRAPH files, reports, folders, or --store DIR)")
    else:
        with report_progress(graphs, "extracting", quiet) as progress:
            store = tables_store(graphs, failures=failures, progress=progress)
        report_skipped(failures, len(store))
    tables = analyst_tables(store, names)
    if output is None:
        sys.stdout.buffer.write(csv_bytes(tables[0]).removeprefix(b"\xef\xbb\xbf"))
    else:
        from ..graphio import write_atomically

        files = table_files(tables, output)
        for path, data in files.items():
            write_atomically(path, data)
        for table in tables:
            say(f"{table.name}: {len(table.rows)} rows", quiet)
        say("written: " + ", ".join(str(p) for p in files), quiet)
    exit_if_skipped(failures)


COMMANDS = [table_command]
