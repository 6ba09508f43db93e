"""Lines and columns of the reader's files, counted as the editor counts them.

A place is {"file", "line", "col", "endLine", "endCol"}: lines 1-based, columns 1-based in
UTF-16 code units (the editor's), the end exclusive, never empty (an empty range would draw no
squiggle). Python gives columns in two other units: UTF-8 byte offsets (code positions,
tracebacks, `ast` nodes) and code-point offsets (SyntaxError); the functions say which they take.
"""

import re

_LINE_BREAKS = re.compile(r"\r\n|\r|\n")


def lines_of(text):
    """A file's lines as Python numbers them (only \\n, \\r\\n and \\r end a line)."""
    return _LINE_BREAKS.split(text or "")


def utf16_len(text):
    """Length as the editor counts it: characters beyond U+FFFF take two UTF-16 code units."""
    if text.isascii():
        return len(text)
    return len(text) + sum(1 for ch in text if ord(ch) > 0xFFFF)


def _line(lines, number):
    return lines[number - 1] if 0 < number <= len(lines) else ""


def column_of_bytes(line_text, byte_offset):
    """The editor's column of a 0-based UTF-8 byte offset into a line."""
    if line_text.isascii():
        return byte_offset + 1
    prefix = line_text.encode("utf-8", "surrogatepass")[:byte_offset].decode("utf-8", "replace")
    return utf16_len(prefix) + 1


def column_of_chars(line_text, char_offset):
    """The editor's column of a 0-based code-point offset into a line."""
    return utf16_len(line_text[:char_offset]) + 1


def place(file, line, col, end_line, end_col):
    """A place from editor columns; an empty or reversed range becomes one character wide."""
    if (end_line, end_col) <= (line, col):
        end_line, end_col = line, col + 1
    return {"file": file, "line": line, "col": col, "endLine": end_line, "endCol": end_col}


def place_of_bytes(file, lines, line, col, end_line, end_col):
    """A place from 1-based lines and 0-based UTF-8 byte columns (as `ast` nodes and code carry them)."""
    return place(file, line, column_of_bytes(_line(lines, line), col), end_line, column_of_bytes(_line(lines, end_line), end_col))


def place_of_chars(file, lines, line, col, end_line, end_col):
    """A place from 1-based lines and 0-based code-point columns (as SyntaxError carries them)."""
    return place(file, line, column_of_chars(_line(lines, line), col), end_line, column_of_chars(_line(lines, end_line), end_col))


def place_of_node(file, lines, node):
    """The place of an `ast` node."""
    return place_of_bytes(file, lines, node.lineno, node.col_offset, node.end_lineno, node.end_col_offset)


def place_of_line(file, lines, line):
    """A whole line, without its indentation and trailing blanks."""
    text = _line(lines, line)
    start = utf16_len(text[: len(text) - len(text.lstrip())]) + 1
    return place(file, line, start, line, start + utf16_len(text.strip()))


def end_of_file(file, lines):
    """The empty place just after a file's last character (where an edit appends)."""
    last = len(lines)
    end = utf16_len(lines[-1]) + 1
    return {"file": file, "line": last, "col": end, "endLine": last, "endCol": end}
