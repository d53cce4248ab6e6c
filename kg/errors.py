"""The errors users see: one hierarchy, each with a message written for a person and an exit code.

The CLI maps these to exit codes in one place (``kg.cli.KgGroup.invoke``); library callers catch
``KgError``.
"""
from __future__ import annotations


class KgError(Exception):
    """Base class. ``str(error)`` is the one line shown on stderr."""

    exit_code = 2


class InputError(KgError):
    """Input that cannot be used: missing, empty, binary, not a report, malformed RDF or SPARQL."""

    exit_code = 2


class NotAReportError(InputError):
    """A readable text that is not an inspection report."""


class QueryError(InputError):
    """A malformed SPARQL query, or an unknown query name."""


class StoreError(KgError):
    """A store folder that is not a store, or a store that cannot be opened."""

    exit_code = 2


class EndpointError(KgError):
    """A SPARQL endpoint that does not answer or refuses a request."""

    exit_code = 3


class AnalysisError(KgError):
    """An analysis that cannot be done on this graph (unknown body, no path, empty graph)."""

    exit_code = 1


class OutputError(KgError):
    """An output file that cannot be written."""

    exit_code = 2


class KgWarning(UserWarning):
    """Something users should know that does not stop the work; the CLI shows it as one
    ``kg: warning: …`` line."""


class DuplicateReportWarning(KgWarning):
    """The same report given twice (a copied file, its .txt and its .pdf): read once."""
