"""The README's examples, run: every ```console block's commands with their output compared
(see tests/readme_runner.py for the markers of output that varies, and the script that rewrites
the README after an intended change) and every ```python block run as a script."""
from __future__ import annotations

from pathlib import Path

import pytest

from readme_runner import README, _trim, blocks, make_sandbox, output_matches, run_console, run_python

BLOCKS = blocks(README.read_text(encoding="utf-8"))
SHARED = Path(__file__).resolve().parents[2] / "shared"


@pytest.fixture(scope="module")
def sandbox(tmp_path_factory) -> Path:
    return make_sandbox(tmp_path_factory.mktemp("readme"))


#: What each block gave, by its index in the README: every block runs once, in README order,
#: whatever order the tests are run in (pytest-xdist does not keep a module's order).
_RESULTS: dict[int, object] = {}


def _result(block, sandbox):
    index = BLOCKS.index(block)
    for earlier in range(index + 1):
        if earlier not in _RESULTS:
            b = BLOCKS[earlier]
            if "../shared/" in "\n".join(b.lines) and not SHARED.is_dir():
                _RESULTS[earlier] = None
            elif b.kind == "python":
                _RESULTS[earlier] = run_python(b, sandbox)
            else:
                _RESULTS[earlier] = run_console(b, sandbox)
    return _RESULTS[index]


def test_the_readme_has_runnable_examples():
    kinds = [b.kind for b in BLOCKS]
    assert kinds.count("console") >= 10 and kinds.count("python") >= 2


@pytest.mark.parametrize("block", BLOCKS, ids=[b.title for b in BLOCKS])
def test_readme_example(block, sandbox):
    """Run in README order in one sandbox: later examples use the files earlier ones wrote."""
    if "../shared/" in "\n".join(block.lines) and not SHARED.is_dir():
        pytest.skip("needs ../shared beside the repository")
    if block.kind == "python":
        done = _result(block, sandbox)
        assert done.returncode == 0, done.stderr[-2000:]
        return
    for command, actual in zip(block.commands(), _result(block, sandbox)):
        expected, actual = _trim(command.expected), _trim(actual)
        assert output_matches(expected, actual), (
            f"$ {command.text}\n--- README says\n" + "\n".join(expected)
            + "\n--- kg printed\n" + "\n".join(actual)
            + "\n(after an intended change: .venv/bin/python tests/readme_runner.py)")


def test_the_turtle_excerpt_is_what_the_sample_gives():
    """The README's Turtle excerpt: every triple in it is in the sample's graph (kg extract
    writes barnet.ttl in an example above; rewrite the excerpt by hand after a change)."""
    from rdflib import Graph

    from kg.extract import extract_report
    from kg.namespaces import sparql_prologue

    text = README.read_text(encoding="utf-8")
    excerpts = [part.split("```", 1)[0] for part in text.split("```turtle\n")[1:]]
    assert excerpts
    graph = extract_report(str(Path(__file__).resolve().parents[1] / "kg" / "samples" / "barnet-2012-slac.txt"))
    prefixes = sparql_prologue().replace("PREFIX ", "@prefix ").replace(">\n", "> .\n")
    for excerpt in excerpts:
        shown = Graph().parse(data=prefixes + excerpt, format="turtle")
        missing = [t for t in shown if t not in graph]
        assert not missing, f"the README's Turtle excerpt is out of date: {missing[:3]}"


def test_the_runner_markers_and_rewrite():
    from readme_runner import rewritten

    actual = ["kg: error: x (skipped)", "a: 12 bodies", "b: 7 bodies", "3 of 3 done", "took 0.42 s"]
    assert output_matches(["kg: error: x (skipped)", "…", "3 of 3 done", r"took \d+\.\d+ s (re)"], actual)
    assert output_matches(["…", "a: * bodies (glob)", "…", "took * s (glob)"], actual)
    assert not output_matches(["kg: error: x (skipped)", "3 of 3 done", "…"], actual)  # lines cannot vanish
    assert not output_matches(["…", "4 of 4 done", "…"], actual)
    # a rewrite keeps the marked lines that still match and takes the rest from the output
    assert rewritten([r"took \d+\.\d+ s (re)", "old"], ["took 0.50 s", "new"]) == [r"took \d+\.\d+ s (re)", "new"]
    assert rewritten(["…", "3 of 3 done", "…"], actual) == ["…", "3 of 3 done", "…"]


def test_the_runner_reads_blocks_and_continued_commands():
    text = "intro\n```console\n$ kg a \\\n  --b\nout 1\n$ echo $?\n0\n```\n```sh\n$ not run\n```\n```python\nx = 1\n```\n"
    found = blocks(text)
    assert [b.kind for b in found] == ["console", "python"]
    commands = found[0].commands()
    assert [c.text for c in commands] == ["kg a \\\n  --b", "echo $?"]
    assert [c.expected for c in commands] == [["out 1"], ["0"]]
