"""The analyst's tables: one row per judgement (with the council's DfE LA code, ONS code and
region, the harmonised area and the grade on the common scale), one per recommendation, one per
body named in a report, as CSV or as an XLSX workbook (one sheet per table, frozen header,
typed columns).

Each table is a bundled SPARQL query (``kg/queries/table-*.rq``) run on Oxigraph over the graphs
with the shipped vocabulary (labels, harmonised areas) and the councils' reference graph (codes,
region) loaded beside them, so ``kg query --name table-judgements`` gives the same rows."""
from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pyoxigraph as ox
from rdflib import Literal

from .errors import OutputError
from .query import add_vocabulary, load_query_store, named_query, run_query


@dataclass(frozen=True)
class TableSpec:
    """One table: its name (the sheet's, and the CSV file's suffix), the bundled query that gives
    its rows, and the widths its columns open with in a spreadsheet."""

    name: str
    query: str
    description: str
    widths: dict[str, int] = field(default_factory=dict)


TABLES = (
    TableSpec("judgements", "table-judgements", "one row per graded judgement",
              {"council": 28, "section": 30, "area": 40, "harmonisedArea": 30, "grade": 18,
               "report": 30, "judgement": 30, "source": 24, "region": 18}),
    TableSpec("recommendations", "table-recommendations", "one row per recommendation",
              {"council": 28, "section": 30, "timescale": 18, "owner": 30, "text": 80,
               "report": 30, "recommendation": 30, "source": 24, "region": 18}),
    TableSpec("bodies", "table-bodies", "one row per body per report that names it",
              {"council": 28, "body": 40, "type": 18, "kind": 18, "acronyms": 20,
               "report": 30, "bodyIri": 30, "source": 24}),
)
TABLE_NAMES = tuple(spec.name for spec in TABLES)
#: The named graph the councils' reference graph goes into.
COUNCILS_GRAPH = "https://w3id.org/inspection-kg/id/councils"


@dataclass
class Table:
    """A table's column names and its rows of Python values (str, int, ``datetime.date``, or
    None for an empty cell)."""

    name: str
    columns: list[str]
    rows: list[tuple]


def tables_store(paths, failures: list | None = None, progress=None) -> ox.Store:
    """The GRAPH arguments in one in-memory store, with the vocabulary and the councils'
    reference graph beside them (see ``kg.query.load_query_store`` for ``failures``)."""
    store = load_query_store(paths, failures=failures, progress=progress)
    if len(store):
        add_councils(store)
    return store


def store_copy(corpus) -> ox.Store:
    """An on-disk store (``kg.store.open_store``) copied into memory with the vocabulary and the
    councils beside it: the report graphs (the merged default graph where the store keeps one)
    go into a named graph of their own, so queries read the union of everything."""
    disk = getattr(corpus, "oxigraph", corpus)
    store = ox.Store()
    merged = next(iter(disk.quads_for_pattern(None, None, None, ox.DefaultGraph())), None)
    if merged is not None:
        data = disk.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph())
        store.load(data, format=ox.RdfFormat.N_TRIPLES, to_graph=ox.NamedNode("urn:x-kg:store"))
    else:
        store.load(disk.dump(format=ox.RdfFormat.N_QUADS), format=ox.RdfFormat.N_QUADS)
    if len(store):
        add_vocabulary(store)
        add_councils(store)
    return store


def add_councils(store: ox.Store) -> ox.Store:
    """Each inspected council's DfE LA code, ONS code, ONS region code and region name from the
    shipped reference list, as a named graph: found by the council's IRI, or else by the name
    the report gives it (as extraction finds councils), so graphs made elsewhere get codes too."""
    from .councils import council_iri
    from .gazetteer import council_for, councils

    by_iri = {str(council_iri(c)): c for c in councils()}
    answer = store.query(
        "SELECT DISTINCT ?authority ?label WHERE { ?report <https://w3id.org/inspection-kg/def#inspectedAuthority> "
        "?authority OPTIONAL { ?authority <http://www.w3.org/2004/02/skos/core#prefLabel> ?label } }",
        use_default_graph_as_union=True,
    )
    facts = []
    for solution in answer:
        authority, label = solution["authority"], solution["label"]
        if not isinstance(authority, ox.NamedNode):
            continue
        council = by_iri.get(authority.value) or (council_for(label.value) if label is not None else None)
        if council is None:
            continue
        for name, value in (("laCode", council.la_code), ("onsCode", council.ons_code),
                            ("region", council.region), ("regionCode", council.region_code)):
            if value:
                facts.append(ox.Quad(authority, ox.NamedNode(f"https://w3id.org/inspection-kg/def#{name}"),
                                     ox.Literal(value), ox.NamedNode(COUNCILS_GRAPH)))
    store.extend(facts)
    return store


def analyst_tables(store, names=TABLE_NAMES) -> list[Table]:
    """The tables called ``names`` over ``store`` (from ``tables_store`` or ``store_copy``)."""
    found = []
    for spec in TABLES:
        if spec.name not in names:
            continue
        result = run_query(store, named_query(spec.query).text)
        rows = [tuple(_python_value(term) for term in row) for row in result.rows]
        found.append(Table(spec.name, list(result.variables), rows))
    return found


def _python_value(term):
    if term is None:
        return None
    if isinstance(term, Literal):
        value = term.toPython()
        if isinstance(value, (int, date)) and not isinstance(value, bool):
            return value
        return str(term)
    return str(term)


def csv_bytes(table: Table) -> bytes:
    """The table as CSV (UTF-8 with a byte-order mark, which spreadsheets need to read accents;
    dates as YYYY-MM-DD)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(table.columns)
    for row in table.rows:
        writer.writerow(["" if v is None else v.isoformat() if isinstance(v, date) else v for v in row])
    return out.getvalue().encode("utf-8-sig")


def xlsx_bytes(tables: list[Table]) -> bytes:
    """The tables as an XLSX workbook written by openpyxl: one sheet per table, the header row
    bold and frozen, a filter on every column, dates as dates and numbers as numbers."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    workbook = Workbook()
    workbook.remove(workbook.active)
    widths = {spec.name: spec.widths for spec in TABLES}
    for table in tables:
        sheet = workbook.create_sheet(table.name)
        sheet.append(table.columns)
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for row in table.rows:
            sheet.append(list(row))
        for index, column in enumerate(table.columns, start=1):
            letter = get_column_letter(index)
            sheet.column_dimensions[letter].width = widths.get(table.name, {}).get(column, max(10, len(column) + 2))
            if any(isinstance(row[index - 1], date) for row in table.rows):
                for cell in sheet[letter][1:]:
                    cell.number_format = "yyyy-mm-dd"
        sheet.freeze_panes = "A2"
        if table.rows:
            sheet.auto_filter.ref = f"A1:{get_column_letter(len(table.columns))}{len(table.rows) + 1}"
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


TABLE_FORMATS = (".csv", ".xlsx")


def table_paths(output: Path, names) -> list[Path]:
    """The files ``kg table -o OUTPUT`` writes for the tables ``names``: an .xlsx holds every
    table as a sheet; a .csv holds one table, or, for several, one file each named
    STEM-TABLE.csv beside it. An unknown suffix is an ``OutputError``."""
    output = Path(output)
    suffix = output.suffix.lower()
    if suffix not in TABLE_FORMATS:
        raise OutputError(f"{output}: cannot tell the table format from the suffix {output.suffix!r} "
                          "(use .csv or .xlsx)")
    if suffix == ".xlsx" or len(names) == 1:
        return [output]
    return [output.with_name(f"{output.stem}-{name}.csv") for name in names]


def table_files(tables: list[Table], output: Path) -> dict[Path, bytes]:
    """The bytes of each file ``table_paths`` names."""
    paths = table_paths(output, [t.name for t in tables])
    if Path(output).suffix.lower() == ".xlsx":
        return {paths[0]: xlsx_bytes(tables)}
    return {path: csv_bytes(table) for path, table in zip(paths, tables)}
