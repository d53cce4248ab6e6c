"""A large N-Quads or TriG file read into several in-memory Oxigraph stores side by side.

Oxigraph parses and indexes a file on one core, without holding Python's lock, so two threads
each reading half a file into a store of its own take half the time. The file is cut between
two named graphs (N-Quads: where a line's graph is not the line's before; TriG: after a graph's
closing brace, the prefixes repeated), so that each store holds a run of whole graphs, as if the
file had been written as several files; the network code reads several stores as one corpus.

That reading is the file's own only where no statement needs another graph's to be read
rightly, and the cut is refused (``None``: the caller reads the file whole) wherever it could
be otherwise: blank node labels (one label names one node across the file's graphs), triples
in the default graph, a graph whose statements are not written together, a TriG file laid out
other than graph blocks one after the other (where a prefix could be declared between two
blocks), or a part Oxigraph cannot parse (the whole file's reading then says where). kg's own
datasets (``kg extract -o FILE.nq|.trig``) are written graph after graph, so they are cut.

pyoxigraph is imported where it is used, so importing this module costs nothing.
"""
from __future__ import annotations

import re
from pathlib import Path

from .rdfio import oxigraph_format

#: A file smaller than this is read whole: cutting it would save less than it costs.
SPLIT_MIN_BYTES = 64 << 20
#: A TriG line of its own at the top level (not indented with a tab, as Oxigraph indents a
#: block's statements), after the line's end before it.
_TOP_LEVEL_LINE = re.compile(rb"\n(?!\t)([^\n]*)")
_DIRECTIVES = (b"@prefix", b"@base", b"prefix", b"base")
#: A graph block's opening line: the graph's name (an IRI or a prefixed name, after "GRAPH" or
#: not) and its brace.
_BLOCK_OPENING = re.compile(rb"(?:GRAPH[ ]+)?(?:<[^<>\"{}|^`\\\s]*>|[A-Za-z][\w.-]*:(?:[\w.:%-]|\\[^\s])*)[ ]*\{")


class _Unsplittable(Exception):
    """A part of a file holds what only the whole file's reading gets right."""


def load_file_in_parts(path: Path | str, parts: int, *, min_bytes: int | None = None,
                       chunk_bytes: int = 32 << 20) -> list | None:
    """The N-Quads or TriG file ``path`` in ``parts`` in-memory stores, read side by side in
    threads (leniently: for reading only), each part in pieces of about ``chunk_bytes``; ``None``
    where the file is not worth cutting (smaller than ``min_bytes``, by default
    :data:`SPLIT_MIN_BYTES`) or cannot be cut safely (see the module's text)."""
    import mmap
    import pyoxigraph
    from concurrent.futures import ThreadPoolExecutor

    path = Path(path)
    fmt = oxigraph_format(path)
    if parts < 2 or fmt not in (pyoxigraph.RdfFormat.N_QUADS, pyoxigraph.RdfFormat.TRIG):
        return None
    trig = fmt == pyoxigraph.RdfFormat.TRIG
    size = path.stat().st_size
    if size < (SPLIT_MIN_BYTES if min_bytes is None else min_bytes):
        return None
    with open(path, "rb") as handle, mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) as data:
        header = _trig_header(data) if trig else b""
        cuts = _trig_cuts(data, parts, len(header)) if trig else _nquads_cuts(data, parts)
    if cuts is None:
        return None
    bounds = [len(header)] + cuts + [size]
    separator = b"\n}\n" if trig else b"\n"

    def load(span: tuple[int, int]):
        store = pyoxigraph.Store()
        with open(path, "rb") as handle:
            for piece in _pieces(handle, *span, separator, chunk_bytes):
                if b"_:" in piece or (trig and not _graph_blocks_only(piece)):
                    raise _Unsplittable
                store.load(header + piece if header else piece, format=fmt, lenient=True)
        return store

    try:
        with ThreadPoolExecutor(parts) as pool:
            stores = list(pool.map(load, zip(bounds, bounds[1:])))
    except (_Unsplittable, SyntaxError, ValueError, OSError):  # the whole file's reading says why
        return None
    seen: set = set()
    for store in stores:
        graphs = set(store.named_graphs())
        if seen & graphs or next(store.quads_for_pattern(None, None, None, pyoxigraph.DefaultGraph()), None):
            return None
        seen |= graphs
    return stores


def _pieces(handle, start: int, end: int, separator: bytes, size: int):
    """The bytes ``start:end`` of an open file in pieces of about ``size``, each ending just
    after a ``separator`` (a line's end, a graph's closing brace) or at ``end``."""
    handle.seek(start)
    left, carry = end - start, b""
    while left > 0:
        block = handle.read(min(size, left))
        if not block:
            break
        left -= len(block)
        block = carry + block
        last = block.rfind(separator)
        if last == -1 or left <= 0:
            carry = block
            continue
        yield block[:last + len(separator)]
        carry = block[last + len(separator):]
    if carry.strip():
        yield carry


# ---------------------------------------------------------------- N-Quads
def _graph_of(line: bytes) -> bytes:
    """An N-Quads line's last term before its full stop: the graph, for a quad."""
    line = line.rstrip()
    return line[line.rfind(b" ", 0, len(line) - 2) + 1:-1].rstrip()


def _nquads_cuts(data, parts: int, reach: int = 16 << 20) -> list[int] | None:
    """Where to cut an N-Quads file into ``parts``: the first line, after each even share of its
    bytes, whose graph is not the line's before it (looked for within ``reach`` bytes); ``None``
    if a cut is not found, or if lines sampled across the parts name one graph in two (a file
    sorted by subject, whose graphs interleave)."""
    size, cuts = len(data), []
    for share in range(1, parts):
        start = data.find(b"\n", size * share // parts)
        if start == -1:
            return None
        start += 1
        end = data.find(b"\n", start)
        last = _graph_of(data[data.rfind(b"\n", 0, start - 1) + 1:start])
        while end != -1 and end - start < reach:
            if _graph_of(data[start:end]) != last:
                break
            start, end = end + 1, data.find(b"\n", end + 1)
        else:
            return None
        if cuts and start <= cuts[-1]:
            return None
        cuts.append(start)
    bounds = [0] + cuts + [size]
    samples = [_sampled_graphs(data, a, b) for a, b in zip(bounds, bounds[1:])]
    if any(samples[i] & samples[j] for i in range(parts) for j in range(i + 1, parts)):
        return None
    return cuts


def _sampled_graphs(data, start: int, end: int, count: int = 64) -> set[bytes]:
    """The graphs of ``count`` lines spread over ``start:end`` of an N-Quads file."""
    found = set()
    for k in range(count):
        at = data.find(b"\n", start + (end - start) * k // count, end)
        if at == -1 or at + 1 >= end:
            continue
        stop = data.find(b"\n", at + 1, end)
        found.add(_graph_of(data[at + 1:stop if stop != -1 else end]))
    return found


# ---------------------------------------------------------------- TriG
def _trig_header(data) -> bytes:
    """A TriG file's leading prefix, base, comment and blank lines, which each part repeats."""
    at = 0
    while at < len(data):
        stop = data.find(b"\n", at)
        stop = len(data) if stop == -1 else stop + 1
        line = data[at:stop].strip()
        if line and not line.startswith(b"#") and not line.lower().startswith(_DIRECTIVES):
            break
        at = stop
    return data[:at]


def _trig_cuts(data, parts: int, start: int) -> list[int] | None:
    """Where to cut a TriG file into ``parts``: after the first line that is a lone closing
    brace, past each even share of its bytes."""
    size, cuts = len(data), []
    for share in range(1, parts):
        found = data.find(b"\n}\n", max(start, size * share // parts))
        if found == -1 or (cuts and found + 3 <= cuts[-1]) or found + 3 >= size:
            return None
        cuts.append(found + 3)
    return cuts


def _graph_blocks_only(piece: bytes) -> bool:
    """Whether a TriG piece is graph blocks one after the other, as Oxigraph writes them: every
    line not indented with a tab is in turn a block's opening (a graph's name and "{", nothing
    else) and its lone closing brace, a closing brace is followed by the next opening, and these
    are the piece's only braces (so every indented line is inside a block). TriG allows a prefix
    or base only outside blocks, where such a piece has no room for one; inside, one fails."""
    if b"\n}\n\t" in piece or b"\r" in piece:
        return False
    first = piece[:piece.find(b"\n") + 1 or len(piece)]
    lines = [first.rstrip(b"\n")] + [match.group(1) for match in _TOP_LEVEL_LINE.finditer(piece, len(first) - 1)]
    if lines[-1] == b"" and piece.endswith(b"\n"):
        lines.pop()  # the piece's own last line end
    if len(lines) % 2 or piece.count(b"{") * 2 != len(lines) or piece.count(b"}") * 2 != len(lines):
        return False
    return all(line == b"}" if number % 2 else _BLOCK_OPENING.fullmatch(line) is not None
               for number, line in enumerate(lines))
