"""Runs the README's examples, so the README cannot drift from the program (the cram/prysk
idea over Markdown).

- A ```console block is a terminal session: each ``$ `` line is a command (a line ending in
  ``\\`` goes on), the lines after it its expected output, stdout and stderr together.
- An expected line ending in `` (re)`` is a regular expression, one ending in `` (glob)`` a
  shell pattern (``*``, ``?``); a line holding only ``…`` stands for any number of lines. Use
  them where output legitimately varies (timings, byte sizes, temporary paths).
- A ```python block is run as a script.
- Every block runs in order in one sandbox folder, so a file one example writes is there for
  the next; the sandbox sees the repository's ``kg/``, ``tests/``, ``docs/``, ``ontology/`` and
  ``shapes/`` folders and ``../shared`` beside it, and ``kg`` on the PATH is this checkout's.

After an intended change of output, rewrite the README's expected output with

    .venv/bin/python tests/readme_runner.py [--check]

which keeps the (re)/(glob)/… lines that still match and prints what changed (``--check``:
only report, exit 1 on a difference).
"""
from __future__ import annotations

import argparse
import difflib
import fnmatch
import os
import re
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
LINKED = ("kg", "tests", "docs", "ontology", "shapes", "benchmarks")
ANY_LINES = ("…", "...")
_FENCE = re.compile(r"^```(\w*)[^\n]*$")


@dataclass
class Command:
    text: str
    expected: list[str] = field(default_factory=list)


@dataclass
class Block:
    kind: str  # "console" or "python"
    start: int  # line index of the first line inside the fence
    end: int  # line index of the closing fence
    lines: list[str]

    @property
    def title(self) -> str:
        first = next((line for line in self.lines if line.strip()), "")
        return f"README.md:{self.start} {first[:60]}"

    def commands(self) -> list[Command]:
        commands: list[Command] = []
        continuing = False
        for line in self.lines:
            if continuing:
                commands[-1].text += "\n" + line
                continuing = line.endswith("\\")
            elif line.startswith("$ "):
                commands.append(Command(line[2:]))
                continuing = line.endswith("\\")
            elif commands:
                commands[-1].expected.append(line)
        return commands


def blocks(text: str) -> list[Block]:
    lines = text.splitlines()
    found, index = [], 0
    while index < len(lines):
        match = _FENCE.match(lines[index])
        if match and match.group(1) in ("console", "python"):
            end = index + 1
            while end < len(lines) and lines[end] != "```":
                end += 1
            found.append(Block(match.group(1), index + 1, end, lines[index + 1:end]))
            index = end
        elif match:  # another language's fence: skip to its end
            index += 1
            while index < len(lines) and lines[index] != "```":
                index += 1
        index += 1
    return found


def make_sandbox(folder: Path) -> Path:
    """A working folder that sees the repository's folders and ``../shared`` like a checkout."""
    work = folder / "work"
    work.mkdir(parents=True, exist_ok=True)
    for name in LINKED:
        if (ROOT / name).exists() and not (work / name).exists():
            (work / name).symlink_to(ROOT / name)
    shared = ROOT.parent / "shared"
    if shared.exists() and not (folder / "shared").exists():
        (folder / "shared").symlink_to(shared)
    return work


def environment() -> dict[str, str]:
    env = dict(os.environ)
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    env["PYTHONUNBUFFERED"] = "1"  # stdout and stderr in the order they are written
    env["COLUMNS"] = "80"
    env.pop("KG_DEBUG", None)
    env.pop("KG_JOBS", None)
    return env


def run_console(block: Block, work: Path) -> list[list[str]]:
    """Each command's output lines, the commands run in one shell in order."""
    script = ["set +e", "__status=0"]
    for index, command in enumerate(block.commands()):
        script.append(f"printf '\\n@@kg-readme {index}@@\\n'")
        script.append("( exit $__status )")  # so that `echo $?` sees the command before
        script.append(f"{command.text}\n__status=$?")
    done = subprocess.run(["bash", "-c", "\n".join(script)], cwd=work, env=environment(),
                          stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, timeout=600)
    outputs: list[list[str]] = []
    for part in re.split(r"\n?@@kg-readme \d+@@\n", done.stdout)[1:]:
        outputs.append(part.splitlines())
    return outputs


def run_python(block: Block, work: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", "\n".join(block.lines)], cwd=work, env=environment(),
                          capture_output=True, text=True, timeout=600)


def line_matches(expected: str, actual: str) -> bool:
    if expected.endswith(" (re)"):
        return re.fullmatch(expected[:-5], actual) is not None
    if expected.endswith(" (glob)"):
        return fnmatch.fnmatchcase(actual, expected[:-7])
    return expected.rstrip() == actual.rstrip()


def output_matches(expected: list[str], actual: list[str]) -> bool:
    """Whether ``actual`` fits ``expected``, where a ``…`` line stands for any lines."""
    if not expected:
        return not actual
    head = expected[0]
    if head.strip() in ANY_LINES:
        return any(output_matches(expected[1:], actual[skip:]) for skip in range(len(actual) + 1))
    return bool(actual) and line_matches(head, actual[0]) and output_matches(expected[1:], actual[1:])


def _trim(lines: list[str]) -> list[str]:
    lines = list(lines)
    while lines and not lines[-1].strip():
        lines.pop()
    return lines


def rewritten(expected: list[str], actual: list[str]) -> list[str]:
    """The expected lines updated to ``actual``, keeping the marked lines that still match."""
    if output_matches(expected, actual):
        return expected
    kept = [line for line in expected if line.endswith((" (re)", " (glob)"))]
    out = []
    for line in actual:
        marked = next((k for k in kept if line_matches(k, line)), None)
        out.append(marked if marked is not None else line)
    return out


def update(check: bool = False) -> int:
    """Run every example; print each difference; rewrite the README (unless ``check``)."""
    text = README.read_text(encoding="utf-8")
    lines = text.splitlines()
    changed = False
    replacements: list[tuple[Block, list[str]]] = []
    with tempfile.TemporaryDirectory() as folder:
        work = make_sandbox(Path(folder))
        for block in blocks(text):  # in README order: examples use files earlier ones wrote
            if block.kind == "python":
                done = run_python(block, work)
                if done.returncode != 0:
                    print(f"{block.title}: the Python example fails:\n{done.stderr[-1500:]}")
                    changed = True
                continue
            new_lines: list[str] = []
            for command, actual in zip(block.commands(), run_console(block, work)):
                expected = _trim(command.expected)
                fresh = rewritten(expected, _trim(actual))
                if fresh != expected:
                    changed = True
                    print(f"{block.title}: $ {command.text}")
                    sys.stdout.writelines(f"  {d}\n" for d in difflib.unified_diff(expected, fresh, lineterm="", n=1))
                new_lines += [f"$ {command.text}", *fresh]
            replacements.append((block, new_lines))
    if check:
        return 1 if changed else 0
    for block, new_lines in reversed(replacements):  # from the end: earlier line numbers stay right
        lines[block.start:block.end] = new_lines
    README.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("README.md rewritten" if changed else "README.md already up to date")
    return 0


def main() -> None:
    parser = argparse.ArgumentParser(description="Run the README's examples and rewrite their output.")
    parser.add_argument("--check", action="store_true", help="Only report differences (exit 1 on any).")
    options = parser.parse_args()
    sys.exit(update(check=options.check))


if __name__ == "__main__":
    main()
