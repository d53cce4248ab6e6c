"""The on-disk corpus store: an Oxigraph store (``pyoxigraph.Store(path)``) holding one named
graph per report, named by the report's IRI.

Loading a report again replaces its graph (never duplicates it): the old graph is dropped and
the new one inserted in one SPARQL UPDATE, which Oxigraph runs as one transaction. Every input
is read and parsed before the store is touched, so a bad input leaves the store as it was.

Loading into an empty (or new) store takes the fast path: every graph is serialised as
N-Quads (its named graph and its copy in the default graph) and handed to Oxigraph's bulk
loader in batches, about 30× faster than one UPDATE per report (1,000 reports: ~25 s instead of
~110 s). The bulk loader is not transactional, so if it fails the store is emptied again
(it was empty before), which is "as it was".
The default graph is kept as the merge of all report graphs (a set: a triple two reports
state, such as a national body's label, is there once), so the named queries work unchanged
on a corpus and fast. Oxigraph's own union-default-graph mode would see such a triple once per
report, multiplying joins by the number of reports. A store whose default graph is empty
(filled through a server's Graph Store Protocol, say) is queried as the union instead.
"""
from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

import pyoxigraph as ox
from rdflib import Graph, URIRef

from .errors import StoreError
from .graphio import NamedGraph, load_named_graphs, report_iri_of


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
        return sum(1 for _ in self.oxigraph.quads_for_pattern(None, None, None, None)) - self.default_graph_size()

    def default_graph_size(self) -> int:
        return sum(1 for _ in self.oxigraph.quads_for_pattern(None, None, None, ox.DefaultGraph()))

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
    report = report_iri_of(named.graph)
    if report is not None:
        return str(report)
    return f"urn:x-kg:file:{quote(named.name, safe='')}"


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
        f"INSERT {{ ?s ?p ?o }} WHERE {{ GRAPH <{name}> {{ ?s ?p ?o }} }}"
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


def _is_empty(store: ox.Store) -> bool:
    return next(iter(store.quads_for_pattern(None, None, None, None)), None) is None


def _nquads(name: str, ntriples: bytes) -> bytes:
    """The triples twice: in the named graph ``name`` and in the default graph (the store's
    merged view; the same triple twice there is stored once)."""
    if ntriples and not ntriples.endswith(b" .\n"):  # rdflib writes "s p o .\n" per line
        raise StoreError(f"could not store graph <{name}>: unexpected N-Triples from rdflib")
    return ntriples + ntriples.replace(b" .\n", f" <{name}> .\n".encode("utf-8"))


def _bulk_load(store: ox.Store, batches: list[tuple[str, bytes]], progress=None) -> None:
    pending: list[bytes] = []
    size = 0

    def flush():
        nonlocal pending, size
        if pending:
            store.bulk_load(b"".join(pending), format=ox.RdfFormat.N_QUADS)
        pending, size = [], 0

    for name, ntriples in batches:
        data = _nquads(name, ntriples)
        pending.append(data)
        size += len(data)
        if size >= BULK_BATCH_BYTES:
            flush()
        if progress:
            progress(name)
    flush()


def load_named_graphs_into_store(
    graphs: list[NamedGraph], store_dir: Path | str, progress=None
) -> list[tuple[str, int]]:
    """Store already-loaded graphs, one named graph each; returns (graph name, triples) pairs.
    Two inputs for the same report: the later wins, as if loaded one after the other.
    ``progress(name)`` is called after each graph is stored."""
    return _store_ntriples(
        [(graph_name_for(named), named.graph.serialize(format="nt", encoding="utf-8"), len(named.graph)) for named in graphs],
        store_dir,
        progress,
    )


def _store_ntriples(
    graphs: list[tuple[str, bytes, int]], store_dir: Path | str, progress=None
) -> list[tuple[str, int]]:
    names: dict[str, tuple[bytes, int]] = {}
    for name, ntriples, triples in graphs:
        if any(c in name for c in '<>"{}|^`\\ '):
            raise StoreError(f"cannot name a graph {name!r}")
        names.pop(name, None)  # the later input wins, in its own place in the order
        names[name] = (ntriples, triples)
    chosen = [(name, data) for name, (data, _) in names.items()]
    path = Path(store_dir)
    created = not path.exists()
    corpus = open_store(path, read_only=False)
    try:
        if _is_empty(corpus.oxigraph):
            try:
                _bulk_load(corpus.oxigraph, chosen, progress)
                corpus.oxigraph.optimize()  # compacts the bulk loader's files: queries ~1.7× faster
            except (SyntaxError, OSError, ValueError) as error:
                corpus.oxigraph.clear()  # it was empty: leave it empty
                raise StoreError(f"could not load the store: {' '.join(str(error).split())[:200]}") from None
        else:
            for name, ntriples in chosen:
                replace_graph(corpus.oxigraph, name, ntriples)
                if progress:
                    progress(name)
        return [(name, triples) for name, (_, triples) in names.items()]
    except BaseException:
        if created:
            corpus.close()
            shutil.rmtree(path, ignore_errors=True)
        raise
    finally:
        if hasattr(corpus, "oxigraph"):
            corpus.close()


def load_into_store(
    paths: list[Path | str], store_dir: Path | str, failures: list | None = None, progress=None
) -> list[tuple[str, int]]:
    """Read every input (RDF files, reports extracted on the fly, TriG datasets, folders) and
    store one named graph per report in the store at ``store_dir`` (created if missing or
    empty). Reports are extracted in worker processes straight to N-Triples, so a corpus never
    sits in memory as rdflib graphs. With a ``failures`` list, reports that cannot be read are
    recorded there (``kg.corpus.Failure``) and skipped; without one, the first failure is raised."""
    from .corpus import expand_inputs, extract_graphs_as_ntriples
    from .errors import InputError
    from .graphio import is_report_path

    _check_folder(Path(store_dir), create=True)  # before the (maybe slow) reading
    files = expand_inputs(paths)
    reports = [f for f in files if is_report_path(f)]
    extracted, failed = extract_graphs_as_ntriples(reports, progress=progress) if reports else ([], [])
    if failed:
        if failures is None:
            raise InputError(failed[0].message)
        failures.extend(failed)
    from_reports = {item.path: (item.report_iri, item.ntriples, item.triples) for item in extracted}
    graphs: list[tuple[str, bytes, int]] = []
    for path in files:
        if path in from_reports:
            graphs.append(from_reports[path])
        elif not is_report_path(path):
            for named in load_named_graphs([path]):
                graphs.append((graph_name_for(named), named.graph.serialize(format="nt", encoding="utf-8"), len(named.graph)))
    if not graphs:
        return []
    return _store_ntriples(graphs, store_dir)
