"""The on-disk corpus store: an Oxigraph store (``pyoxigraph.Store(path)``) holding one named
graph per report, named by the report's IRI, and in its default graph the merge of them all (a
set: a triple two reports state, such as a national body's label, is there once), so the named
queries work unchanged on a corpus and fast. (Oxigraph's union-default-graph mode would see such
a triple once per report, multiplying joins by the number of reports.) A store whose default
graph is empty (filled through a server's Graph Store Protocol, say) is queried as the union.

A load is all or nothing. The new store is built in a hidden sibling folder
(``.NAME.kg-load-PID``) and renamed into place only once complete: a new store by Oxigraph's
bulk loader straight from the files (a TriG or N-Quads file is read by the loader itself, then
read again for its triples' copies in the default graph), an existing one from a hard-linked backup
(``Store.backup``) into which each report's graph is replaced in one SPARQL UPDATE. A load
that fails, runs out of disk or is killed leaves the store as it was (or absent, if it was
new); the hidden folder of a killed load is removed by the next ``kg load``. Each council's
reports are then linked in time order (``ikg:previousReport``) by a SPARQL UPDATE over the
whole store.
"""
from __future__ import annotations

import errno
import os
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote

import pyoxigraph as ox

from .errors import InputError, StoreError

if TYPE_CHECKING:
    from .graphio import NamedGraph


@dataclass
class CorpusStore:
    """An open store: ``oxigraph`` is the ``pyoxigraph.Store``; ``run_query`` accepts either."""

    path: Path
    oxigraph: ox.Store
    read_only: bool

    def graph_names(self) -> list[str]:
        return sorted(node.value for node in self.oxigraph.named_graphs())

    def __len__(self) -> int:
        """Quads in the report graphs (the merged default graph is not counted)."""
        return len(self.oxigraph) - self.default_graph_size()

    def default_graph_size(self) -> int:
        solutions = self.oxigraph.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
        return int(next(iter(solutions))["n"].value)

    def close(self) -> None:
        if not self.read_only:
            self.oxigraph.flush()
        del self.oxigraph


def is_store_folder(path: Path) -> bool:
    """Whether ``path`` looks like an Oxigraph (RocksDB) store folder."""
    path = Path(path)
    return (path / "CURRENT").is_file() and any(path.glob("OPTIONS-*"))


def _check_folder(path: Path, *, create: bool) -> None:
    if not path.exists():
        if create:
            return
        raise StoreError(f"{path}: no such store (create one with kg load GRAPH… --store {path})")
    if not path.is_dir():
        raise StoreError(f"{path}: is a file, not a store folder")
    if is_store_folder(path):
        return
    if create and not any(path.iterdir()):
        return
    raise StoreError(
        f"{path}: not an Oxigraph store" + (" (and not empty, so kg will not make one here)" if create else "")
    )


def open_store(store_dir: Path | str, read_only: bool = True) -> CorpusStore:
    """Open an existing store. Read-only opening works while a server holds the store."""
    path = Path(store_dir)
    _check_folder(path, create=not read_only)
    try:
        store = ox.Store.read_only(str(path)) if read_only else ox.Store(str(path))
    except (OSError, RuntimeError) as error:  # RocksDB reports a damaged store as RuntimeError
        message = " ".join(str(error).split())
        if "corruption" in message.lower():
            raise StoreError(f"{path}: the store is damaged ({message[:200]}); rebuild it with kg load") from None
        if "lock" in message.lower():
            raise StoreError(
                f"{path}: the store is in use by another process (a running kg serve?); "
                "stop it first, or push to the server with kg push"
            ) from None
        raise StoreError(f"{path}: cannot open the store: {message[:200]}") from None
    return CorpusStore(path, store, read_only)


def graph_name_for(named: NamedGraph) -> str:
    """A report's graph is named by its report IRI; another RDF file (an ontology, say) by
    ``urn:x-kg:file:<file name>``."""
    from .graphio import report_iri_of

    report = report_iri_of(named.graph)
    if report is not None:
        return str(report)
    return f"urn:x-kg:file:{quote(named.name, safe='')}"


def _copy_to_default(name: str) -> str:
    """The SPARQL UPDATE copying the named graph ``name``'s triples into the default graph."""
    return f"INSERT {{ ?s ?p ?o }} WHERE {{ GRAPH <{name}> {{ ?s ?p ?o }} }}"


def _replace_graph_update(name: str, ntriples_bytes: bytes) -> str:
    """One UPDATE request (one transaction): take the report's old triples out of the merged
    default graph unless another report also states them, replace the named graph, and add
    the new triples to the default graph."""
    ntriples = ntriples_bytes.decode("utf-8")
    return (
        f"DELETE {{ ?s ?p ?o }} WHERE {{ GRAPH <{name}> {{ ?s ?p ?o }}\n"
        f"  FILTER NOT EXISTS {{ GRAPH ?other {{ ?s ?p ?o }} FILTER(?other != <{name}>) }} }} ;\n"
        f"DROP SILENT GRAPH <{name}> ;\n"
        f"INSERT DATA {{ GRAPH <{name}> {{\n{ntriples}\n}} }} ;\n"
        + _copy_to_default(name)
    )


def replace_graph(store: ox.Store, name: str, ntriples: bytes) -> None:
    """Make the named graph ``name`` hold exactly these N-Triples, in one transaction."""
    if any(c in name for c in '<>"{}|^`\\ '):
        raise StoreError(f"cannot name a graph {name!r}")
    try:
        store.update(_replace_graph_update(name, ntriples))
    except (SyntaxError, OSError) as error:
        raise StoreError(f"could not store graph <{name}>: {' '.join(str(error).split())[:200]}") from None


#: Bytes of N-Quads handed to the bulk loader at once: bounds the memory a load takes.
BULK_BATCH_BYTES = 64 * 1024 * 1024
_BAD_IRI_CHARS = '<>"{}|^`\\ '
_IKG = "https://w3id.org/inspection-kg/def#"


def _nquads(name: str, ntriples: bytes) -> bytes:
    """The triples twice: in the named graph ``name`` and in the default graph (the store's
    merged view; the same triple twice there is stored once)."""
    if ntriples and not ntriples.endswith(b" .\n"):  # rdflib writes "s p o .\n" per line
        raise StoreError(f"could not store graph <{name}>: unexpected N-Triples from rdflib")
    return ntriples + ntriples.replace(b" .\n", f" <{name}> .\n".encode("utf-8"))


#: Copies into the default graph of the triples that hold a blank node, from the named graphs
#: ``%s`` lists (``VALUES ?g { … }``: the file's graphs holding one; empty: every graph). The
#: bulk loader gives a file's blank nodes new identities on every call, so a copy it loaded
#: separately would not be the same node: these are copied inside the store instead.
_COPY_BLANK_TRIPLES = ("INSERT { ?s ?p ?o } WHERE { %s GRAPH ?g { ?s ?p ?o } "
                       "FILTER(isBlank(?s) || isBlank(?o)) }")


def _load_dataset(store: ox.Store, path: Path, names: set[str] | None, work: Path) -> None:
    """A TriG or N-Quads file into ``store``: its quads by the bulk loader straight from the
    file (the store's own speed), in a thread; meanwhile Oxigraph's parser reads the file again
    and writes the triples of its named graphs as N-Triples to a file in ``work`` (both are
    Oxigraph's own code, which lets the other run), and the bulk loader then puts that file
    into the default graph. Triples with a blank node are copied by SPARQL in the store
    (``_COPY_BLANK_TRIPLES``); the file's own default-graph triples are loaded as they are.
    The names of the graphs the file holds are added to ``names`` unless it is ``None``.

    Both bulk loads skip Oxigraph's checks of IRIs and language tags (``lenient``, a fifth of
    their time): the parser reading the file for the copies checks every statement, and an
    error there fails the whole load, which is then never put in place."""
    import threading

    from .rdfio import oxigraph_format, syntax_message

    file_format = oxigraph_format(path)
    blank = ox.BlankNode
    blank_graphs: set = set()  # the named graphs holding a triple with a blank node

    def copies():
        for quad in ox.parse(path=str(path), format=file_format):
            graph = quad.graph_name
            if isinstance(graph, ox.DefaultGraph):
                continue
            if names is not None:
                names.add(graph.value if isinstance(graph, ox.NamedNode) else str(graph))
            if type(quad.subject) is blank or type(quad.object) is blank:
                blank_graphs.add(graph)
                continue
            yield quad.triple

    failed: list[BaseException] = []

    def load_file():
        try:
            store.bulk_load(path=str(path), format=file_format, lenient=True)
        except BaseException as error:  # raised again below, in the caller's thread
            failed.append(error)

    copied = work / f"{path.name}.default.nt"
    loader = threading.Thread(target=load_file, name="kg-bulk-load")
    try:
        loader.start()
        try:
            with open(copied, "wb") as out:
                ox.serialize(copies(), out, format=ox.RdfFormat.N_TRIPLES)
        finally:
            loader.join()
        if failed:
            raise failed[0]
        store.bulk_load(path=str(copied), format=ox.RdfFormat.N_TRIPLES, to_graph=ox.DefaultGraph(),
                        lenient=True)
    except (SyntaxError, ValueError) as error:
        raise InputError(syntax_message(path, error)) from None
    finally:
        copied.unlink(missing_ok=True)
    if blank_graphs:  # only the file's graphs holding blank nodes are read again, where named
        named = all(type(g) is ox.NamedNode for g in blank_graphs)  # a blank graph name is renamed too
        only = f"VALUES ?g {{ {' '.join(sorted(map(str, blank_graphs)))} }}" if named else ""
        store.update(_COPY_BLANK_TRIPLES % only)


@dataclass
class _Item:
    """One input to load: a file Oxigraph reads, or a graph already as N-Triples."""

    label: str  # what messages call it
    path: Path | None = None
    name: str | None = None  # the graph name, where known before loading
    ntriples: bytes | None = None


def _bulk_load_items(store: ox.Store, items: list[_Item], work: Path, progress=None) -> list[str]:
    """Every item into ``store`` with the bulk loader, each triple also in the default graph;
    the graph names loaded, in input order. Two items holding one graph: the later wins where
    both name it beforehand, and is an error where a dataset file holds it (it cannot be told
    apart once loaded)."""
    from .rdfio import format_of, load_file

    order: dict[str, str] = {}  # graph name → the input that holds it
    pending: list[bytes] = []
    size = 0

    def flush():
        nonlocal pending, size
        if pending:
            store.bulk_load(b"".join(pending), format=ox.RdfFormat.N_QUADS)
        pending, size = [], 0

    def claim(name: str, label: str, replace: bool) -> None:
        if name in order and not replace:
            raise StoreError(f"{order[name]} and {label} both hold the graph <{name}>; load them "
                             "one at a time (the later replaces the earlier)")
        order.pop(name, None)
        order[name] = label

    later = {}
    for index, item in enumerate(items):  # the last item naming a graph is the one loaded
        if item.name is not None:
            later[item.name] = index
    for index, item in enumerate(items):
        if item.ntriples is not None:
            if later[item.name] != index:
                continue
            claim(item.name, item.label, replace=True)
            data = _nquads(item.name, item.ntriples)
            pending.append(data)
            size += len(data)
            if size >= BULK_BATCH_BYTES:
                flush()
        elif format_of(item.path).quads:
            flush()
            # the graphs this file holds: those new in the store, unless an earlier input of this
            # load may share one, when every quad's graph is read to tell
            names: set[str] | None = set() if order else None
            before = set() if order else {g.value for g in store.named_graphs()}
            _load_dataset(store, item.path, names, work)
            if names is None:
                names = {g.value for g in store.named_graphs()} - before
            for name in sorted(names):
                claim(name, item.label, replace=False)
        else:  # one triple file: its report names its graph (read by a first pass), else the file
            if later.get(item.name, index) != index:
                continue
            claim(item.name, item.label, replace=True)
            flush()
            load_file(store, item.path, bulk=True, to_graph=ox.NamedNode(item.name))
            # its copy in the default graph by SPARQL in the store: one triple file is one
            # report (or an ontology), small, and its blank nodes stay the same nodes
            store.update(_copy_to_default(item.name))
        if progress:
            progress(item.label)
    flush()
    return list(order)


def _triple_file_graph_name(path: Path) -> str:
    """The graph a triple file is stored under: its one report's IRI, else the file's name."""
    from .rdfio import check_readable, oxigraph_format, syntax_message

    check_readable(path)
    rdf_type = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
    reports = set()
    try:
        for triple in ox.parse(path=str(path), format=oxigraph_format(path)):
            if triple.predicate.value == rdf_type and triple.object.value == _IKG + "InspectionReport" \
                    and isinstance(triple.subject, ox.NamedNode):
                reports.add(triple.subject.value)
    except (SyntaxError, ValueError) as error:
        raise InputError(syntax_message(path, error)) from None
    if len(reports) == 1:
        return reports.pop()
    return f"urn:x-kg:file:{quote(path.name, safe='')}"


Q_REPORT_DATES = f"""
SELECT ?report ?authority ?start ?issued WHERE {{
  GRAPH ?report {{ ?report a <{_IKG}InspectionReport> ; <{_IKG}inspectedAuthority> ?authority .
    OPTIONAL {{ ?report <{_IKG}inspectionStart> ?start }}
    OPTIONAL {{ ?report <http://purl.org/dc/terms/issued> ?issued }} }}
}}"""


def link_reports_in_time(store: ox.Store) -> int:
    """Link each council's reports in the store to the one before (``ikg:previousReport``, in
    the later report's graph and the default graph), in order of inspection start (or
    publication) date, replacing any links there were: one SELECT of one row per report and
    one UPDATE. Returns the number of links."""
    from .corpus import in_time_order

    rows = {}
    for solution in store.query(Q_REPORT_DATES):
        report = solution["report"].value
        when = solution["start"] or solution["issued"]
        entry = (solution["authority"].value, when.value if when is not None else None, report, report)
        rows[report] = min(rows.get(report, entry), entry, key=lambda e: (str(e[1]), e[0]))
    pairs = in_time_order(list(rows.values()))
    previous = f"<{_IKG}previousReport>"
    inserts = "\n".join(f"GRAPH <{later}> {{ <{later}> {previous} <{earlier}> }} "
                        f"<{later}> {previous} <{earlier}> ." for earlier, later in pairs)
    store.update(
        f"DELETE {{ GRAPH ?g {{ ?a {previous} ?b }} ?a {previous} ?b }} "
        f"WHERE {{ GRAPH ?g {{ ?a {previous} ?b }} }} ;\n"
        f"DELETE WHERE {{ ?a {previous} ?b }} ;\n"
        f"INSERT DATA {{ {inserts} }}")
    return len(pairs)


def _graph_sizes(store: ox.Store) -> dict[str, int]:
    query = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"
    return {row["g"].value: int(row["n"].value) for row in store.query(query)}


def _sibling(path: Path, kind: str) -> Path:
    """A new hidden folder name beside ``path``: ``.NAME.kg-KIND-PID.TOKEN`` (the token keeps
    two loads of one process apart: a failed one may keep its store open until collected)."""
    import secrets

    return path.parent / f".{path.name}.kg-{kind}-{os.getpid()}.{secrets.token_hex(4)}"


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def recover(path: Path) -> None:
    """Tidy what a killed ``kg load`` left beside the store ``path``: its unfinished new store
    is removed; a store moved aside for the swap is put back if the new one never took its
    place. Folders of a load still running are left alone."""
    path = Path(path)
    parent = path.parent if str(path.parent) else Path(".")
    if not parent.is_dir():
        return
    for kind in ("old", "load", "work"):
        for sibling in sorted(parent.glob(f".{path.name}.kg-{kind}-*")):
            try:
                pid = int(sibling.name.rsplit("-", 1)[1].split(".")[0])
            except ValueError:
                continue
            if pid == os.getpid() or _pid_alive(pid):
                continue
            if kind == "old" and not path.exists():
                os.rename(sibling, path)
            else:
                shutil.rmtree(sibling, ignore_errors=True)


def _store_error(error: OSError, path: Path) -> StoreError:
    text = " ".join(str(error).split())
    if error.errno == errno.ENOSPC or "No space left" in text:
        return StoreError(f"{path}: could not load the store: no space left on the device "
                          f"({text[:160]}); the store is as it was")
    return StoreError(f"{path}: could not load the store: {text[:200]}; the store is as it was")


def _load_items(items: list[_Item], store_dir: Path | str, progress=None,
                summary: dict | None = None) -> list[tuple[str, int]]:
    """Load ``items`` into the store at ``store_dir``, all or nothing; (graph name, triples)
    for each graph loaded, in input order. Refused at once while ``kg serve`` serves the store
    (``kg.endpoint.serving_lock``): a read-only server would go on answering from deleted files."""
    from .endpoint import serving_lock

    with serving_lock(store_dir, writer=True):
        return _load_items_unlocked(items, store_dir, progress, summary)


def _load_items_unlocked(items: list[_Item], store_dir: Path | str, progress=None,
                         summary: dict | None = None) -> list[tuple[str, int]]:
    path = Path(store_dir)
    recover(path)
    _check_folder(path, create=True)
    existing = path.exists() and is_store_folder(path)
    new = _sibling(path, "load")
    work = _sibling(path, "work")
    try:
        work.mkdir()
        if existing:
            current = open_store(path, read_only=False)  # fails clearly if a server holds it
            try:
                current.oxigraph.backup(str(new))  # hard links: cheap
            finally:
                current.close()
            target = ox.Store(str(new))
            staging = ox.Store(str(work / "staging"))
            names = _bulk_load_items(staging, items, work, progress)
            for name in names:
                data = staging.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.NamedNode(name))
                replace_graph(target, name, data)
            del staging
        else:
            target = ox.Store(str(new))
            names = _bulk_load_items(target, items, work, progress)
        if not names:
            del target
            return []
        link_reports_in_time(target)
        sizes = _graph_sizes(target)
        if summary is not None:  # the whole store, counted once here rather than again by a caller
            summary.update(graphs=len(sizes), quads=sum(sizes.values()))
        target.flush()
        del target
        if existing:
            aside = _sibling(path, "old")
            os.rename(path, aside)
            try:
                os.rename(new, path)
            except OSError:
                os.rename(aside, path)  # the store as it was
                raise
            shutil.rmtree(aside, ignore_errors=True)
        else:
            os.rename(new, path)  # onto a missing or empty folder
        return [(name, sizes.get(name, 0)) for name in names]
    except OSError as error:
        raise _store_error(error, path) from None
    finally:
        shutil.rmtree(work, ignore_errors=True)
        shutil.rmtree(new, ignore_errors=True)


def _items_from_graphs(graphs: list[tuple[str, bytes]], label_of=None) -> list[_Item]:
    items = []
    for name, ntriples in graphs:
        if any(c in name for c in _BAD_IRI_CHARS):
            raise StoreError(f"cannot name a graph {name!r}")
        items.append(_Item(label=(label_of or {}).get(name, name), name=name, ntriples=ntriples))
    return items


def load_named_graphs_into_store(
    graphs: list[NamedGraph], store_dir: Path | str, progress=None
) -> list[tuple[str, int]]:
    """Store already-loaded graphs, one named graph each; returns (graph name, triples) pairs.
    Two inputs for the same report: the later wins, as if loaded one after the other.
    ``progress(name)`` is called after each graph is stored."""
    from .rdfio import ntriples

    pairs = [(graph_name_for(named), ntriples(named.graph)) for named in graphs]
    return _load_items(_items_from_graphs(pairs), store_dir, progress)


def load_into_store(
    paths: list[Path | str], store_dir: Path | str, failures: list | None = None, progress=None,
    summary: dict | None = None,
) -> list[tuple[str, int]]:
    """Read every input (RDF files, reports extracted on the fly, TriG datasets, folders) and
    store one named graph per report in the store at ``store_dir`` (created if missing or
    empty), all or nothing. RDF files Oxigraph reads are bulk-loaded straight from disk;
    reports are extracted in worker processes straight to N-Triples, so a corpus never sits in
    memory as rdflib graphs. With a ``failures`` list, reports that cannot be read are recorded
    there (``kg.corpus.Failure``) and skipped; without one, the first failure is raised. A
    ``summary`` dict is given the store's totals after the load: ``graphs`` and ``quads`` (in
    the report graphs), as ``CorpusStore`` would count them, without reading the store again."""
    from .corpus import expand_inputs, extract_graphs_as_ntriples
    from .errors import InputError
    from .graphio import is_report_path, load_named_graphs
    from .rdfio import check_readable, is_oxigraph_readable, ntriples

    _check_folder(Path(store_dir), create=True)  # before the (maybe slow) reading
    files = expand_inputs(paths)
    for path in files:  # every file checked before the slow work
        if is_oxigraph_readable(path):
            check_readable(path)
    reports = [f for f in files if is_report_path(f)]
    extracted, failed = extract_graphs_as_ntriples(reports, progress=progress) if reports else ([], [])
    if failed:
        if failures is None:
            raise InputError(failed[0].message)
        failures.extend(failed)
    from_reports = {item.path: item for item in extracted}
    items: list[_Item] = []
    for path in files:
        if path in from_reports:
            item = from_reports[path]
            items += _items_from_graphs([(item.report_iri, item.ntriples)], {item.report_iri: str(path)})
        elif is_report_path(path):
            continue
        elif is_oxigraph_readable(path):
            from .rdfio import format_of

            name = None if format_of(path).quads else _triple_file_graph_name(path)
            items.append(_Item(label=str(path), path=path, name=name))
        else:  # JSON-LD: through rdflib, which resolves its contexts
            for named in load_named_graphs([path]):
                items += _items_from_graphs([(graph_name_for(named), ntriples(named.graph))])
    if not items:
        return []
    return _load_items(items, store_dir, summary=summary)
