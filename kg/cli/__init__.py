"""The ``kg`` command line: argument handling only. Each sub-module of ``kg.cli`` defines its
commands, listed one line each in ``kg.cli.registry`` (imported only when run); this module maps
errors to exit codes in one place, so no command ever ends in a traceback."""
from __future__ import annotations

import errno
import os
import sys
import warnings

import click

from ..errors import KgError, KgWarning
from .registry import LazyGroup

#: Exit code for a bug of ours (the message says so and how to see the traceback).
INTERNAL_ERROR = 70
#: Exit code for input or an environment the user can fix (KgError's default, and click's).
USER_ERROR = 2
#: Operating-system errors the user's machine or input causes, not our code: a full disk or
#: quota, a file they may not read or write, a read-only or failing device, too many open files.
USER_OS_ERRORS = {
    errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EACCES, errno.EPERM, errno.EROFS, errno.ENOENT,
    errno.EISDIR, errno.ENOTDIR, errno.ENAMETOOLONG, errno.ELOOP, errno.EIO, errno.ENXIO,
    errno.EMFILE, errno.ENFILE, errno.ETXTBSY, errno.EEXIST, errno.ENOTEMPTY, errno.EXDEV,
    errno.ENOMEM, errno.ESTALE,
}


def os_error_message(error: OSError) -> str:
    """"out.ttl: no space left on device": the file (where known) and the system's reason."""
    reason = error.strerror or str(error)
    reason = reason[:1].lower() + reason[1:]
    if error.errno in (errno.ENOSPC, errno.EDQUOT) and not error.filename:
        reason += " (while writing the output)"
    return f"{error.filename}: {reason}" if error.filename else reason


class KgGroup(LazyGroup):
    """A group whose commands report ``KgError`` as one line on stderr with its exit code; click's
    own usage errors are one line too."""

    def main(self, args=None, prog_name=None, complete_var=None, standalone_mode=True, **extra):
        show_warnings_as_lines()
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        try:
            result = super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        except click.UsageError as error:
            command = error.ctx.command_path if error.ctx is not None else "kg"
            fail(f"{' '.join(error.format_message().split())} (see {command} --help)", error.exit_code)
        except click.ClickException as error:
            fail(" ".join(error.format_message().split()), error.exit_code)
        except click.exceptions.Abort:
            fail("interrupted", 130)
        sys.exit(result if isinstance(result, int) else 0)

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
        except OSError as error:
            if error.errno not in USER_OS_ERRORS or os.environ.get("KG_DEBUG"):
                report_bug(error)
            fail(os_error_message(error), USER_ERROR)
        except MemoryError:
            fail("out of memory: the input is too large for this machine", USER_ERROR)
        except Exception as error:
            report_bug(error)


_python_showwarning = warnings.showwarning


def _show_warning(message, category, filename, lineno, file=None, line=None):
    if issubclass(category, KgWarning):
        click.echo(f"kg: warning: {message}", err=True)
    else:
        _python_showwarning(message, category, filename, lineno, file, line)


def show_warnings_as_lines() -> None:
    """Our warnings (``KgWarning``) as one ``kg: warning: …`` line each, every time."""
    warnings.showwarning = _show_warning
    warnings.simplefilter("always", KgWarning)


def report_bug(error: BaseException) -> None:
    """A bug of ours: one line saying so, the traceback with KG_DEBUG=1."""
    if os.environ.get("KG_DEBUG"):
        raise error
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
