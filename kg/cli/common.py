"""What every command shares: the rule for inputs that cannot be used, progress on stderr,
``-q``/``-j`` options and "did you mean" for unknown names. Imports nothing heavy."""
from __future__ import annotations

import difflib
import os
import sys
from contextlib import contextmanager

import click

from ..errors import InputError, KgError

quiet_option = click.option("-q", "--quiet", is_flag=True, help="No progress or summary on stderr.")
def _set_jobs(_ctx, _param, value):
    if value:  # read by kg.corpus wherever reports are extracted in parallel, worker processes too
        os.environ["KG_JOBS"] = str(value)
    return value


jobs_option = click.option("-j", "--jobs", type=click.IntRange(min=1), callback=_set_jobs,
                           expose_value=False,
                           help="Reports extracted at once (default: every core; or KG_JOBS).")


def did_you_mean(name: str, known) -> str:
    """" (did you mean 'x'?)" naming the closest known names, or an empty string."""
    close = difflib.get_close_matches(name, list(known), n=3, cutoff=0.6)
    if not close:
        lowered = {str(k).lower(): k for k in known}
        close = [lowered[k] for k in difflib.get_close_matches(name.lower(), list(lowered), n=3, cutoff=0.6)]
    if not close:
        return ""
    return " (did you mean " + " or ".join(repr(c) for c in close) + "?)"


def report_skipped(failures, usable: int) -> None:
    """The rule for inputs that cannot be used, part one: each is named on stderr and skipped;
    when none was usable the command stops with exit 2 (one input: its own message)."""
    if failures and not usable:
        if len(failures) == 1:
            raise InputError(failures[0].message)
        for failure in failures:
            click.echo(f"kg: error: {failure.message} (skipped)", err=True)
        raise InputError(f"none of the {len(failures)} inputs could be used")
    for failure in failures:
        click.echo(f"kg: error: {failure.message} (skipped)", err=True)


def exit_if_skipped(failures) -> None:
    """Part two, once the output is written: exit 1 when some input was skipped."""
    if failures:
        sys.exit(1)


@contextmanager
def report_progress(inputs, label: str, quiet: bool = False):
    """A progress callback for reading reports: a bar on stderr when stderr is a terminal, none
    with ``quiet`` or for fewer than two reports."""
    if quiet or not sys.stderr.isatty():
        yield None
        return
    from ..corpus import REPORT_SUFFIXES, expand_inputs

    try:
        total = sum(1 for p in expand_inputs(inputs) if p.suffix.lower() in REPORT_SUFFIXES)
    except KgError:
        total = 0
    if total < 2:
        yield None
        return
    with click.progressbar(length=total, label=label, file=sys.stderr) as bar:
        yield lambda _path: bar.update(1)


@contextmanager
def progress_bar(total: int, label: str, quiet: bool = False):
    """A callback advancing a bar of ``total`` steps on stderr (a terminal only; none with
    ``quiet`` or for fewer than two steps)."""
    if quiet or total < 2 or not sys.stderr.isatty():
        yield lambda *_args: None
        return
    with click.progressbar(length=total, label=label, file=sys.stderr) as bar:
        yield lambda *_args: bar.update(1)


def progress_note(message: str, quiet: bool = False) -> None:
    """A stage of a long command ("reading 41 files…") on stderr, where stderr is a terminal."""
    if not quiet and sys.stderr.isatty():
        click.echo(f"{message}…", err=True)


def say(message: str, quiet: bool = False) -> None:
    """A progress line on stderr (never on stdout, which carries the result)."""
    if not quiet:
        click.echo(message, err=True)


@contextmanager
def progress_counter(label: str, quiet: bool = False):
    """A callback counting finished steps on one line of stderr ("validated 12 reports") where
    stderr is a terminal and not ``quiet``; for work whose length is not known beforehand (a
    TriG file holds any number of reports)."""
    if quiet or not sys.stderr.isatty():
        yield lambda *_args: None
        return
    count = 0

    def advance(*_args) -> None:
        nonlocal count
        count += 1
        click.echo(f"\r{label} {count} report{'s' if count != 1 else ''}", err=True, nl=False)

    try:
        yield advance
    finally:
        if count:
            click.echo("", err=True)
