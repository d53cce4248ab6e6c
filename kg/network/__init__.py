"""The partnership network: built from the RDF graph (``build``, reading through ``sources``),
measured with networkx's own algorithms (``algorithms``), and analysed as a whole
(``analysis``). The pictures are drawn by ``kg.plot``.

The names users import are all here, as they were when this was one module.
"""
from .algorithms import DEFAULT_SEED
from .build import (
    COMENTION,
    EDGE_KINDS,
    NATIONAL_BODY,
    SYMMETRIC_RELATIONS,
    TYPE_ORDER,
    check_edge_kinds,
    network_for_export,
    partnership_network,
    partnership_simple_graph,
    paused_gc,
    simple_graph,
)
from .sources import (
    KNOWN_RELATIONS,
    ReportInfo,
    as_stores,
    load_store,
    load_stores,
    paragraph_texts,
    relation_properties,
    report_infos,
    select,
)

__all__ = [
    "COMENTION", "DEFAULT_SEED", "EDGE_KINDS", "KNOWN_RELATIONS", "NATIONAL_BODY",
    "SYMMETRIC_RELATIONS", "TYPE_ORDER", "ReportInfo", "as_stores", "check_edge_kinds",
    "load_store", "load_stores", "network_for_export", "paragraph_texts", "partnership_network",
    "partnership_simple_graph", "paused_gc", "relation_properties", "report_infos", "select",
    "simple_graph",
]
