"""The commands of ``kg``, one line each, loaded only when run.

Each line names a command, where it lives and its one-line summary, so that ``kg --help``
lists every command without importing rdflib, pySHACL, networkx or matplotlib (start-up in a
fraction of a second; ``benchmarks/startup_bench.py`` measures it). A module of ``kg.cli`` not
listed here still works: its ``COMMANDS`` are imported and registered when the command list is
needed, at the cost of importing it on every start."""
from __future__ import annotations

import importlib
import pkgutil
from dataclasses import dataclass

import click


@dataclass(frozen=True)
class CommandEntry:
    name: str
    #: ``module:attribute`` of the click command.
    target: str
    #: The summary ``kg --help`` shows (the command's ``short_help``).
    summary: str

    @property
    def module(self) -> str:
        return self.target.partition(":")[0]

    def load(self) -> click.Command:
        module, _, attribute = self.target.partition(":")
        command = getattr(importlib.import_module(module), attribute)
        command.short_help = self.summary
        return command


REGISTRY = (
    CommandEntry("analyse", "kg.cli.analyse:analyse_command",
                 "The partnership network: centrality, communities, pictures."),
    CommandEntry("councils", "kg.cli.councils:councils_command",
                 "The reference graph of English councils: codes and regions."),
    CommandEntry("export", "kg.cli.export:export_command",
                 "Graphs as Turtle, N-Triples, JSON-LD, TriG, GraphML or GEXF."),
    CommandEntry("extract", "kg.cli.extract:extract_command",
                 "Reports (.txt, .pdf, folders) → RDF, one graph per report."),
    CommandEntry("load", "kg.cli.store:load_command",
                 "Load graphs into an on-disk Oxigraph store."),
    CommandEntry("pipeline", "kg.cli.pipeline:pipeline_command",
                 "Extract, validate and analyse one report into a folder."),
    CommandEntry("push", "kg.cli.store:push_command",
                 "Send graphs to a SPARQL Graph Store Protocol endpoint."),
    CommandEntry("query", "kg.cli.query:query_command",
                 "SPARQL over graphs, reports or a store; bundled queries."),
    CommandEntry("serve", "kg.cli.store:serve_command_cli",
                 "Serve a store over the SPARQL 1.1 Protocol, guarded (Oxigraph)."),
    CommandEntry("survey", "kg.cli.survey:survey_command",
                 "What was read of each report: complete, incomplete or refused."),
    CommandEntry("table", "kg.cli.table:table_command",
                 "Tables of judgements, recommendations, bodies: CSV or XLSX."),
    CommandEntry("validate", "kg.cli.validate:validate_command",
                 "SHACL validation, report by report."),
)


class LazyGroup(click.Group):
    """A click group that imports a command's module only when the command runs."""

    def __init__(self, *args, entries=REGISTRY, package: str = "kg.cli", **kwargs):
        super().__init__(*args, **kwargs)
        self.entries = {entry.name: entry for entry in entries}
        self.package = package
        self._unlisted_loaded = False

    def _load_unlisted(self) -> None:
        """Commands of modules the registry does not name (added without a registry line)."""
        if self._unlisted_loaded:
            return
        self._unlisted_loaded = True
        listed = {entry.module for entry in self.entries.values()} | {f"{self.package}.registry"}
        package = importlib.import_module(self.package)
        for info in sorted(pkgutil.iter_modules(package.__path__), key=lambda m: m.name):
            name = f"{self.package}.{info.name}"
            if name in listed:
                continue
            for command in getattr(importlib.import_module(name), "COMMANDS", []):
                if command.name not in self.entries:
                    self.add_command(command)

    def resolve_command(self, ctx: click.Context, args: list[str]):
        """As click's, with every registered name offered when a command is mistyped."""
        name = args[0] if args else ""
        if args and not name.startswith("-") and self.get_command(ctx, name) is None and not ctx.resilient_parsing:
            raise click.exceptions.NoSuchCommand(name, possibilities=self.list_commands(ctx), ctx=ctx)
        return super().resolve_command(ctx, args)

    def list_commands(self, ctx: click.Context) -> list[str]:
        self._load_unlisted()
        return sorted(set(self.entries) | set(self.commands))

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.commands and cmd_name in self.entries:
            self.add_command(self.entries[cmd_name].load(), cmd_name)
        if cmd_name not in self.commands:
            self._load_unlisted()
        return self.commands.get(cmd_name)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """The command list from the registry's summaries, without importing the commands."""
        self._load_unlisted()
        rows = []
        for name in self.list_commands(ctx):
            if name in self.entries and name not in self.commands:
                rows.append((name, self.entries[name].summary))
                continue
            command = self.commands[name]
            if not command.hidden:
                rows.append((name, command.get_short_help_str(limit=formatter.width)))
        if rows:
            with formatter.section("Commands"):
                formatter.write_dl(rows)
