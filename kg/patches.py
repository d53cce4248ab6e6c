"""Patches to the libraries under us, kept apart (as pySHACL keeps its own in ``monkey/``), each
with why it is here and a guard that refuses to patch a library that changed.

- ``cached_sparql_parsing``: pySHACL hands rdflib's SPARQL processor the text of a SHACL-SPARQL
  constraint once per focus node, and rdflib parses and translates it every time (about 50 ms
  each), so the SPARQL cross-checks on bodies would cost seconds per report. While the context
  is open, translated queries are cached by their text, prefixes and base; the text is the same
  for every focus node because pySHACL passes ``$this`` as an initial binding.

The guard compares ``rdflib.plugins.sparql.processor.SPARQLProcessor.query`` with the signature
the patch was written against; ``tests/test_patches.py`` fails when rdflib changes it, and until
the patch is brought up to date validation runs unpatched (slower, never wrong).
"""
from __future__ import annotations

import contextlib
import functools
import inspect
import threading
from typing import Iterator

#: The parameters of ``SPARQLProcessor.query`` the patch wraps (rdflib 7).
SPARQL_QUERY_PARAMETERS = ("self", "strOrQuery", "initBindings", "initNs", "base", "DEBUG")

_patch_lock = threading.RLock()


def rdflib_patch_applies() -> bool:
    """Whether rdflib's SPARQL processor is still the one the patch was written for."""
    from rdflib.plugins.sparql import processor

    query = getattr(getattr(processor, "SPARQLProcessor", None), "query", None)
    if query is None or not all(hasattr(processor, name) for name in ("parseQuery", "translateQuery")):
        return False
    return tuple(inspect.signature(query).parameters) == SPARQL_QUERY_PARAMETERS


@functools.lru_cache(maxsize=256)
def _translated_query(text: str, base: str | None, namespaces: tuple):
    from rdflib.plugins.sparql import processor

    return processor.translateQuery(processor.parseQuery(text), base, dict(namespaces))


@contextlib.contextmanager
def cached_sparql_parsing() -> Iterator[None]:
    """rdflib's SPARQL processor with translated queries cached by their text, while open
    (nests; thread-safe; leaves rdflib untouched where the guard finds it changed)."""
    from rdflib.plugins.sparql import processor

    if not rdflib_patch_applies():
        yield
        return
    original = processor.SPARQLProcessor.query

    def query(self, strOrQuery, initBindings=None, initNs=None, base=None, DEBUG=False):  # noqa: N803
        if isinstance(strOrQuery, str):
            namespaces = tuple(sorted((str(k), str(v)) for k, v in (initNs or {}).items()))
            strOrQuery = _translated_query(strOrQuery, base, namespaces)
        return original(self, strOrQuery, initBindings, initNs, base, DEBUG)

    with _patch_lock:
        processor.SPARQLProcessor.query = query
        try:
            yield
        finally:
            processor.SPARQLProcessor.query = original
