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

- ``lean_pyshacl``: pySHACL redoes, for every report and for every focus node, work
  that depends on the shapes alone (measured on the real reports: about half of its time):
  it harvests the shapes graph again on every ``pyshacl.validate`` call; builds every constraint
  component again each time a shape is evaluated (an ``sh:or`` alternative once per value node,
  re-reading its ``sh:in`` list from the shapes graph); looks each of a shape's predicates up in a
  list of ~40 constraint parameters; and runs five regular expressions over a SHACL-SPARQL
  constraint's text for every focus node (``check_invalid_sparql``). While the context is open
  the shapes graph is harvested once per rdflib graph object (again if its size changed), each
  component is built once per
  shape (it keeps no state between evaluations), the shapes graph's reads are remembered, the
  parameters are looked up in a set, and the text check runs once per text. And pySHACL writes
  a text description of every result it makes, even of those an ``sh:or`` alternative makes and
  throws away (four per body for the body-class shape); ``kg`` reads the validation report graph
  only, so while the context is open the descriptions are left empty (pySHACL's third return
  value, the text report, then lists no results). What pySHACL evaluates, in which order, and
  the report graph it returns are unchanged.

Both guards compare the code they wrap with what the patches were written against (rdflib 7.6,
pySHACL 0.40); ``tests/test_patches.py`` and ``tests/test_validation_patches.py`` fail when either
library changes under a patch, and until the patch is brought up to date validation runs unpatched
(slower, never wrong).
"""
from __future__ import annotations

import contextlib
import functools
import inspect
import threading
from collections import OrderedDict
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


# --------------------------------------------------------------------------------------------
# pySHACL: work that depends on the shapes alone, done once

#: The parameters of ``SPARQLQueryHelper.check_invalid_sparql`` the patch wraps (pySHACL 0.40).
CHECK_INVALID_SPARQL_PARAMETERS = ("self", "sparql_text", "valuenode", "extravars")
#: What ``pyshacl.shape.Shape.validate`` must still contain for the component patch to hold.
_SHAPE_VALIDATE_CALLS = ("getattr(module, 'CONSTRAINT_PARAMS'", "constraint_component(self)",
                         "p in search_parameters", "done_constraints.add(constraint_component)")


@functools.lru_cache(maxsize=None)
def pyshacl_patch_applies() -> bool:
    """Whether pySHACL's shape evaluation is still the one ``lean_pyshacl`` was
    written for (read from its source once per process)."""
    try:
        from pyshacl import shape, validator
        from pyshacl.constraints.constraint_component import ConstraintComponent
        from pyshacl.helper.sparql_query_helper import SPARQLQueryHelper
    except ImportError:  # pragma: no cover - pySHACL is a dependency
        return False
    try:
        evaluation = inspect.getsource(shape.Shape.validate)
        result = inspect.getsource(ConstraintComponent.make_v_result)
        harvest = inspect.getsource(validator.Validator.__init__)
        check = tuple(inspect.signature(SPARQLQueryHelper.check_invalid_sparql).parameters)
    except (OSError, TypeError, ValueError, AttributeError):
        return False
    return (
        all(call in evaluation for call in _SHAPE_VALIDATE_CALLS)
        and "desc = self.make_v_result_description(" in result
        and "ShapesGraph(shacl_graph, self.debug, self.logger)" in harvest
        and check == CHECK_INVALID_SPARQL_PARAMETERS
    )


class _Parameters(list):
    """pySHACL's list of constraint parameters, with membership in a set (same order, same
    items: the list is what pySHACL copies and extends when SHACL-JS or SHACL-AF is on)."""

    def __init__(self, items) -> None:
        super().__init__(items)
        self._members = frozenset(items)

    def __contains__(self, item) -> bool:
        return item in self._members


class _BuiltOncePerShape:
    """Stands in for one constraint component class in pySHACL's parameter map: the component
    for a shape is built the first time and reused (components keep only what they read from
    the shapes graph). The cache lives on the shapes graph, so it goes when the shapes go."""

    def __init__(self, component: type) -> None:
        self.component = component

    def __call__(self, shape):
        built = shape.sg.__dict__.setdefault("_kg_built_components", {})
        key = (self.component, shape)
        found = built.get(key)
        if found is None:
            found = built[key] = self.component(shape)  # a load warning or error propagates
        return found


@functools.lru_cache(maxsize=None)
def _once_per_class(component: type) -> _BuiltOncePerShape:
    return _BuiltOncePerShape(component)


_HARVESTED: OrderedDict[int, tuple] = OrderedDict()  # id(rdflib graph) -> (graph, its size, ShapesGraph)
_HARVESTED_MAX = 8


def _remembered(read):
    """One of the shapes graph's reads, answered from memory after the first time (pySHACL reads
    a shape's predicates again on every evaluation of the shape)."""
    answers: dict = {}

    def remembered(*args):
        found = answers.get(args)
        if found is None:
            found = answers[args] = tuple(read(*args))
        return iter(found)

    return remembered


def _harvested_shapes_graph(original):
    def shapes_graph(graph, debug=False, logger=None):
        found = _HARVESTED.get(id(graph))
        if found is not None and found[0] is graph and found[1] == len(graph) and found[2].debug == debug:
            _HARVESTED.move_to_end(id(graph))
            return found[2]
        harvested = original(graph, debug, logger)  # adds pySHACL's system triples to the graph
        for name in ("objects", "subjects", "predicate_objects"):
            setattr(harvested, name, _remembered(getattr(harvested, name)))
        _HARVESTED[id(graph)] = (graph, len(graph), harvested)
        while len(_HARVESTED) > _HARVESTED_MAX:
            _HARVESTED.popitem(last=False)
        return harvested

    return shapes_graph


@functools.lru_cache(maxsize=512)
def _checked_sparql(check, helper: type, text: str, has_value: bool, extravars: tuple):
    # the check reads only the text, which variables may be pre-bound and the helper class's
    # regular expressions; it raises on a text it refuses, and a raise is not cached
    return check(helper, text, valuenode=True if has_value else None, extravars=list(extravars) or None)


def _no_description(self, *args, **kwargs) -> str:
    return ""


@contextlib.contextmanager
def lean_pyshacl() -> Iterator[None]:
    """pySHACL with the work that depends on the shapes alone done once (see the module
    docstring), while open; nests; leaves pySHACL untouched where the guard finds it changed.
    A shapes graph's harvest is reused by later contexts too, until the graph's size changes: a
    shapes graph must not be edited in place between validations (kg never does; the bundled
    shapes are parsed once and left alone). Contexts in several threads are serialised by a
    lock, and while one is open every thread of the process sees the patched pySHACL."""
    if not pyshacl_patch_applies():
        yield
        return
    from pyshacl import shape, validator
    from pyshacl.constraints import ALL_CONSTRAINT_PARAMETERS, CONSTRAINT_PARAMETERS_MAP
    from pyshacl.constraints.constraint_component import ConstraintComponent
    from pyshacl.helper.sparql_query_helper import SPARQLQueryHelper

    original_check = SPARQLQueryHelper.check_invalid_sparql

    def check_invalid_sparql(self, sparql_text, valuenode=None, extravars=None):
        return _checked_sparql(original_check, type(self), sparql_text, valuenode is not None,
                               tuple(sorted(extravars or ())))

    with _patch_lock:
        saved = (getattr(shape, "CONSTRAINT_PARAMS", None), validator.ShapesGraph,
                 SPARQLQueryHelper.__dict__["check_invalid_sparql"],
                 ConstraintComponent.__dict__["make_v_result_description"])
        if isinstance(saved[0], tuple) and isinstance(saved[0][0], _Parameters):  # nested
            yield
            return
        shape.CONSTRAINT_PARAMS = (
            _Parameters(ALL_CONSTRAINT_PARAMETERS),
            {p: _once_per_class(c) for p, c in CONSTRAINT_PARAMETERS_MAP.items()},
        )
        validator.ShapesGraph = _harvested_shapes_graph(saved[1])
        SPARQLQueryHelper.check_invalid_sparql = check_invalid_sparql
        ConstraintComponent.make_v_result_description = _no_description
        try:
            yield
        finally:
            if saved[0] is None:
                del shape.CONSTRAINT_PARAMS
            else:
                shape.CONSTRAINT_PARAMS = saved[0]
            validator.ShapesGraph = saved[1]
            SPARQLQueryHelper.check_invalid_sparql = saved[2]
            ConstraintComponent.make_v_result_description = saved[3]
