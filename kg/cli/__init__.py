"""The ``kg`` command line: argument handling only. Each sub-module of ``kg.cli`` defines its
commands, listed one line each in ``kg.cli.registry`` (imported only when run); this module maps
errors to exit codes in one place, so no command ever ends in a traceback."""
from __future__ import annotations

import os
import sys

import click

from ..errors import KgError
from .registry import LazyGroup

#: Exit code for a bug of ours (the message says so and how to see the traceback).
INTERNAL_ERROR = 70


class KgGroup(LazyGroup):
    """A group whose commands report ``KgError`` as one line on stderr with its exit code."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except KgError as error:
            fail(str(error), error.exit_code)
        except (click.exceptions.Exit, click.exceptions.Abort, click.ClickException):
            raise
        except KeyboardInterrupt:
            fail("interrupted", 130)
        except BrokenPipeError:
            sys.stderr.close()
            sys.exit(1)
        except Exception as error:  # a bug: say so in one line, traceback on request
            if os.environ.get("KG_DEBUG"):
                raise
            fail(
                f"internal error: {type(error).__name__}: {error} "
                "(run again with KG_DEBUG=1 to see the traceback)",
                INTERNAL_ERROR,
            )


def fail(message: str, code: int) -> None:
    click.echo(f"kg: error: {message}", err=True)
    sys.exit(code)


@click.group(cls=KgGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="inspection-kg", prog_name="kg")
def main() -> None:
    """Knowledge graphs from inspection reports on English children's services.

    \b
    Example:
      kg extract report.txt -o report.ttl
      kg validate report.ttl
      kg analyse report.ttl --plot partnership.png
      kg table reports/ -o grades.xlsx

    \b
    Every command over a folder: a file that cannot be used is named on stderr
    and skipped, the rest is done, and the exit status is 1 (2 when nothing was
    usable). Errors are one line on stderr; KG_DEBUG=1 in the environment shows
    the traceback of an internal error instead.
    """
