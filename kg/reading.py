"""Reading a report into clean text: encodings (UTF-8 with or without BOM, cp1252), line endings,
PDFs (PDFium through pypdfium2), and the damage PDF conversion leaves (running headers and
footers, hard-wrapped lines, private-use bullet glyphs). Knows nothing of a report's structure."""
from __future__ import annotations

import os
import re
import stat
from collections import Counter
from pathlib import Path

from .errors import InputError

#: Bullet glyphs PDF fonts map to the Unicode private use area (Symbol, Wingdings), and others.
BULLET_GLYPHS = "\uf02d\uf06e\u25fc\uf0b7\uf0a7\uf0d8\uf076\uf0fc\uf0a8\u25aa\u25cf\u25e6\u2022\u2023\u2043\u25a0\u25a1\u27a2"
_BULLET_RE = re.compile(f"(?m)^([ \\t]*)[{BULLET_GLYPHS}][ \\t]*")


#: The largest report text read, in MB: real reports are under 1 MB of text, so this is ten
#: times the largest, and keeps a runaway input from taking the machine's memory.
MAX_TEXT_MB = 10
#: The largest PDF read, in MB: real reports are under 20 MB.
MAX_PDF_MB = 100
#: Environment variables that change the limits (a number of MB).
LIMIT_VARIABLES = {"text": "KG_MAX_TEXT_MB", "pdf": "KG_MAX_PDF_MB"}


def input_limit(kind: str) -> int:
    """The size limit in bytes for a report ``kind`` ("text" or "pdf"): the module's default, or
    the number of MB its environment variable gives."""
    variable = LIMIT_VARIABLES[kind]
    default = MAX_TEXT_MB if kind == "text" else MAX_PDF_MB
    raw = os.environ.get(variable, "").strip()
    if not raw:
        return int(default * 1024 * 1024)
    try:
        megabytes = float(raw)
    except ValueError:
        megabytes = -1.0
    if not megabytes > 0:
        raise InputError(f"{variable}={raw!r}: give the limit as a number of MB, more than 0")
    return int(megabytes * 1024 * 1024)


def read_input_bytes(path: Path, limit_for, what: str = "report") -> bytes:
    """The bytes of a regular file. ``limit_for(first_bytes)`` gives the size limit (a PDF may be
    larger than a text), and a larger file is refused before it is read. A FIFO, socket or
    device (``/dev/zero``) is refused before it is opened (it could block or never end); an
    unreadable file is one clear error."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except OSError as error:
        raise InputError(f"{path}: cannot read it ({(error.strerror or str(error)).lower()})") from None
    if stat.S_ISDIR(info.st_mode):
        raise InputError(f"{path}: is a folder, not a {what} file")
    if not stat.S_ISREG(info.st_mode):
        raise InputError(f"{path}: not a regular file (a FIFO, socket or device); give a {what} file")
    try:
        with open(path, "rb") as handle:
            head = handle.read(8)
            limit = limit_for(head)
            if info.st_size > limit:
                raise InputError(f"{path}: {_megabytes(info.st_size)} is over the {_megabytes(limit)} limit "
                                 f"for a {what} (real reports are far smaller; raise KG_MAX_TEXT_MB or "
                                 "KG_MAX_PDF_MB to read it)")
            data = head + handle.read(limit + 1 - len(head))
    except OSError as error:
        raise InputError(f"{path}: cannot read it ({(error.strerror or str(error)).lower()})") from None
    if len(data) > limit:  # it grew while being read
        raise InputError(f"{path}: over the {_megabytes(limit)} limit for a {what}")
    return data


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.3g} MB"


#: Characters another PDF reader or a browser may give for a space, a hyphen or an apostrophe.
_FOLDED = {
    **{c: " " for c in "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"},
    **{c: "-" for c in "\u2010\u2011\u2012\u2212"},
    **{c: "'" for c in "\u2019\u2018\u02bc\u2032\u00b4"},
}


def read_report_text(path: Path | str) -> str:
    """The text of a report file (.pdf through PDFium, anything else as text), cleaned. Files
    over the size limits (``input_limit``), FIFOs and devices are refused."""
    path = Path(path)
    data = read_input_bytes(path, lambda head: input_limit("pdf" if head.startswith(b"%PDF") else "text"))
    if not data.strip():
        raise InputError(f"{path}: the file is empty")
    if data.startswith(b"%PDF"):
        text = pdf_text(path, data)
        if len(text) > input_limit("text"):
            raise InputError(f"{path}: its text is over the {_megabytes(input_limit('text'))} limit for a "
                             "report (raise KG_MAX_TEXT_MB to read it)")
        return clean_text(text)
    if path.suffix.lower() == ".pdf":
        raise InputError(f"{path}: not a PDF (it does not start with %PDF)")
    return clean_text(decode_text(data, path))


def decode_text(data: bytes, path: Path | str = "<input>") -> str:
    """UTF-8 (a BOM is dropped), else cp1252; binary data is refused."""
    sample = data[:8192]
    if b"\x00" in sample:
        raise InputError(f"{path}: a binary file, not a report text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            raise InputError(f"{path}: neither UTF-8 nor Windows-1252 text") from None
    controls = sum(1 for ch in text[:8192] if ord(ch) < 32 and ch not in "\n\r\t\f")
    if controls > 0.01 * min(len(text), 8192):
        raise InputError(f"{path}: a binary file, not a report text")
    return text


def pdf_text(path: Path, data: bytes) -> str:
    """Text of every page through PDFium, pages separated by form feeds."""
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        message = str(error).lower()
        if "password" in message:
            raise InputError(f"{path}: the PDF is encrypted; decrypt it first") from None
        raise InputError(f"{path}: a corrupt or unreadable PDF ({error})") from None
    try:
        pages = []
        for index in range(len(document)):
            try:
                page = document[index]
                textpage = page.get_textpage()
                pages.append(textpage.get_text_range())
                textpage.close()
                page.close()
            except (pdfium.PdfiumError, ValueError, OSError) as error:
                raise InputError(f"{path}: page {index + 1} of the PDF cannot be read "
                                 f"({' '.join(str(error).split()) or type(error).__name__})") from None
    finally:
        document.close()
    if not _has_text(pages):
        raise InputError(f"{path}: the PDF has no text layer (a scanned image?); run OCR first")
    return "\f".join(pages)


def _has_text(pages: list[str], least: int = 200) -> bool:
    """Whether the pages hold at least ``least`` characters other than white space, counted page
    by page until there are enough (most first pages have them: the rest need not be split)."""
    seen = 0
    for page in pages:
        seen += sum(map(len, page.split()))
        if seen >= least:
            return True
    return False


def fold_characters(text: str) -> str:
    """The text with its odd spaces, hyphens and curly apostrophes the plain ones, one character
    for one (so offsets into the text hold)."""
    for char, folded in _FOLDED.items():  # str.replace per character present: far faster than
        if char in text:                     # str.translate with a table of non-ASCII characters
            text = text.replace(char, folded)
    return text


def clean_text(text: str) -> str:
    """Normalise line endings and spaces, drop running headers/footers, rejoin hard-wrapped lines
    and turn bullet glyphs into '•'. Paragraph structure is left to the parser."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "").replace("\ufffe", "-").replace("\u00ad", "")
    text = fold_characters(text)
    pages = text.split("\f")
    if len(pages) > 2:
        pages = _drop_running_lines(pages)
    else:  # text without page breaks (pypdf, a browser): running lines found by how often they recur
        pages = [_drop_recurring_lines(pages[0])] + pages[1:]
    joined = "\n".join(pages)
    if "-\n" in joined or "\u2013\n" in joined:  # "multi–" at a line's end, "systemic" on the next
        joined = _BROKEN_COMPOUND.sub(r"\1", joined)
    lines = _BULLET_RE.sub(lambda m: m.group(1) + "• ", joined).split("\n")
    if _looks_hard_wrapped(lines):
        lines = _unwrap(lines)
    elif _wrapped_at_a_margin(lines):
        lines = _unwrap_at_margin([line.rstrip() for line in lines])
    return "\n".join(line.rstrip() for line in lines).strip("\n") + "\n"


_DIGITS = re.compile(r"\d+")
#: A compound broken at a hard line end after its hyphen or dash ("multi–" then "systemic
#: therapy"): the line ends in a letter and the dash, the next opens with a lower-case letter.
#: Joined as one word, as the writer printed it; "0–" before "5 years", "local authority –" and
#: a dash before a lettered item of a list ("a) …", a new block for ``_unwrap`` too) stay as
#: they are.
_BROKEN_COMPOUND = re.compile(r"(?<=[A-Za-z0-9])([-\u2013])\n(?=[a-z])(?![a-z]\)\s)")


def _running_key(line: str) -> str:
    return _DIGITS.sub("#", line.strip().lower())


def _running_keys(page: str) -> list[str]:
    """``_running_key`` of every line of a page, in one pass over the page (digit runs and
    case never span lines, so this is the same as line by line)."""
    return [key.strip() for key in _DIGITS.sub("#", page.lower()).split("\n")]


def _drop_running_lines(pages: list[str]) -> list[str]:
    """A line that starts or ends most pages (digits ignored) is a running header or footer.
    PDFium sometimes glues the header to the last line of the page before; split it off too."""
    counts: Counter[str] = Counter()
    split = [(page.split("\n"), _running_keys(page)) for page in pages]
    for lines, keys in split:
        ends = [(line, key) for line, key in zip(lines, keys) if line.strip()]
        for key in dict(ends[:2] + ends[-2:]).values():  # each line once
            counts[key] += 1
    threshold = max(3, len(pages) // 2)
    running = {key for key, n in counts.items() if n >= threshold and len(key) > 1}
    cleaned = []
    for lines, keys in split:
        # a running line, or a page number alone
        kept = [line for line, key in zip(lines, keys) if key not in running and key != "#"]
        cleaned.append("\n".join(kept))
    return cleaned


def _drop_recurring_lines(text: str) -> str:
    """Running headers and footers of a text with no page breaks: short lines that recur at least
    five times with their page number changing ("Inspection of X 12") or word for word, and
    page numbers alone."""
    lines = text.split("\n")
    numbers: dict[str, set[str]] = {}
    for line in lines:
        if 0 < len(line.strip()) < 120 and re.search(r"\d", line):
            numbers.setdefault(_running_key(line), set()).add(re.sub(r"\D+", " ", line).strip())
    running = {key for key, seen in numbers.items() if len(seen) >= 5 and len(key) > 1}
    # and long lines repeated word for word ("Inspection of X local authority children's services")
    repeated = Counter(line.strip() for line in lines if 40 <= len(line.strip()) < 120)
    running |= {_running_key(line) for line, n in repeated.items() if n >= 5}
    kept, seen = [], set()
    for line in lines:
        key = _running_key(line)
        if key == "#" or key in seen:
            continue
        if key in running:  # the first is kept: on the first page it is the title, not a header
            seen.add(key)
        kept.append(line)
    return "\n".join(kept)


def _looks_hard_wrapped(lines: list[str]) -> bool:
    """PDFium ends a wrapped line with a space and a line that ends a paragraph or heading
    without one: the trailing space is a signal only where some lines have it and others not
    (pypdf puts one at the end of every line; a converted text keeps a paragraph on one line)."""
    text_lines = [line for line in lines if line.strip()]
    if len(text_lines) < 20:
        return False
    trailing = sum(1 for line in text_lines if line.endswith(" "))
    return 0.2 * len(text_lines) < trailing < 0.9 * len(text_lines)


def _margin(lines: list[str]) -> int:
    lengths = sorted(len(line.rstrip()) for line in lines if line.strip())
    return lengths[int(0.9 * (len(lengths) - 1))] if lengths else 0


def _wrapped_at_a_margin(lines: list[str]) -> bool:
    """Text wrapped at a right margin with no other signal (pypdf, pdftotext, a browser's copy):
    most lines are short of about a hundred characters, and many end near the margin."""
    text_lines = [line.rstrip() for line in lines if line.strip()]
    if len(text_lines) < 20:
        return False
    margin = _margin(text_lines)
    near = sum(1 for line in text_lines if len(line) >= 0.75 * margin)
    return 40 <= margin <= 160 and near > 0.3 * len(text_lines)


def _unwrap_at_margin(lines: list[str]) -> list[str]:
    """Join each line that reaches the margin with the next (a word split by a hyphen at the
    margin is rejoined), on the rules of ``_unwrap``."""
    margin = _margin(lines)
    return _unwrap(lines, wrapped=lambda line: len(line) >= 0.75 * margin, rejoin_hyphen=True)


_NEW_BLOCK = re.compile(r"^\s*(?:•|-\s|\d{1,3}\.(?:\s|(?=[A-Z]))|\(?[a-z]\)\s|Grade \d)")


def _looks_like_heading(line: str) -> bool:
    stripped = line.strip()
    return len(stripped) < 80 and stripped[:1].isupper() and not stripped.endswith((".", ",", ";"))


def _unwrap(lines: list[str], wrapped=lambda line: line.endswith(" "), rejoin_hyphen: bool = False) -> list[str]:
    """Join each wrapped line (by default one ending in a space, as PDFium marks a soft line
    break) with the one after it, unless that one opens a new block (bullet, numbered
    paragraph, grade) or the line ends a sentence before a heading."""
    out: list[str] = []
    joining = False
    for line in lines:
        if (
            joining
            and line.strip()
            and not _NEW_BLOCK.match(line)
            and not (out[-1].rstrip().endswith((".", "?", "!", ":")) and _looks_like_heading(line))
        ):
            glue = "" if rejoin_hyphen and out[-1].endswith("-") and line.strip()[:1].islower() else " "
            out[-1] = out[-1].rstrip() + glue + line.strip()
        else:
            out.append(line)
        joining = bool(line.strip()) and wrapped(line)
    return out
