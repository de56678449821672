"""Wrapping, filling, shortening, dedenting and indenting of plain text.

Written for weft; the results match CPython 3.11's module of the same name.
"""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent',
           'shorten']

# Only the ASCII blanks separate words: a no-break space (U+00A0) and its
# Unicode relatives must keep the words around them together.
_BLANKS = '\t\n\x0b\x0c\r '
_TO_SPACE = {ord(c): ' ' for c in _BLANKS}


# --- character classes used when cutting text into chunks -----------------

def _is_word(c):
    return c.isalnum() or c == '_'


def _is_letter(c):
    # A word character that is not a decimal digit.
    return _is_word(c) and not c.isdecimal()


def _is_word_end(c):
    # Characters that may close a word right before an em-dash ("--").
    return _is_word(c) or c in '!"\'&.,?'


# --- cutting text into chunks ----------------------------------------------

def _blank_run_end(text, i):
    n = len(text)
    while i < n and text[i] in _BLANKS:
        i += 1
    return i


def _dash_run_end(text, i):
    n = len(text)
    while i < n and text[i] == '-':
        i += 1
    return i


def _em_dash_at(text, i):
    """Whether text[i:] starts with two or more hyphens and then a word
    character; returns the end of the hyphens, or -1."""
    end = _dash_run_end(text, i)
    if end - i >= 2 and end < len(text) and _is_word(text[end]):
        return end
    return -1


def _letter_at(text, i):
    return 0 <= i < len(text) and _is_letter(text[i])


def _breakable_hyphen(text, h):
    """Whether a line may break after the hyphen text[h]: it must follow two
    letters ("ab-") or a lone hyphenated letter ("a-b-"), and be followed by
    two letters, possibly hyphenated themselves ("cd", "c-d")."""
    before = (_letter_at(text, h - 2) and _letter_at(text, h - 1)) or (
        _letter_at(text, h - 3) and text[h - 2] == '-'
        and _letter_at(text, h - 1))
    if not before or not _letter_at(text, h + 1):
        return False
    if _letter_at(text, h + 2):
        return True
    return (h + 2 < len(text) and text[h + 2] == '-'
            and _letter_at(text, h + 3))


def _word_piece_end(text, start):
    """End of the shortest piece of non-blank text from start that closes
    a word: before a blank or the end, after a breakable hyphen, or before
    an em-dash."""
    n = len(text)
    k = start + 1
    while True:
        if k == n or text[k] in _BLANKS:
            return k
        if text[k] == '-':
            if _breakable_hyphen(text, k):
                return k + 1
            if _is_word_end(text[k - 1]) and _em_dash_at(text, k) >= 0:
                return k
        k += 1


def _chunks_at_hyphens(text):
    """Blank runs, em-dashes, and words cut after their inner hyphens."""
    chunks = []
    i, n = 0, len(text)
    while i < n:
        if text[i] in _BLANKS:
            end = _blank_run_end(text, i)
        else:
            # An em-dash stands alone when it follows the end of a word.
            end = -1
            if text[i] == '-' and i > 0 and _is_word_end(text[i - 1]):
                end = _em_dash_at(text, i)
            if end < 0:
                end = _word_piece_end(text, i)
        chunks.append(text[i:end])
        i = end
    return chunks


def _chunks_at_blanks(text):
    """Alternating runs of blank and non-blank characters."""
    chunks = []
    i, n = 0, len(text)
    while i < n:
        if text[i] in _BLANKS:
            end = _blank_run_end(text, i)
        else:
            end = i
            while end < n and text[end] not in _BLANKS:
                end += 1
        chunks.append(text[i:end])
        i = end
    return chunks


def _ends_sentence(chunk):
    # A lowercase ASCII letter, then . ! or ?, then maybe one quote.
    if chunk[-1:] in ('"', "'"):
        chunk = chunk[:-1]
    return (len(chunk) >= 2 and chunk[-1] in '.!?'
            and 'a' <= chunk[-2] <= 'z')


def _is_blank(s):
    return s.strip() == ''


# --- the wrapper -------------------------------------------------------------

class TextWrapper:
    """Wraps paragraphs of text into lines of at most `width` characters.

    The public attributes (width, initial_indent, subsequent_indent,
    expand_tabs, replace_whitespace, fix_sentence_endings,
    break_long_words, drop_whitespace, break_on_hyphens, tabsize,
    max_lines, placeholder) may be changed between calls.
    """

    def __init__(self, width=70, initial_indent="", subsequent_indent="",
                 expand_tabs=True, replace_whitespace=True,
                 fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8,
                 *, max_lines=None, placeholder=' [...]'):
        # Line geometry.
        self.width, self.max_lines, self.placeholder = (
            width, max_lines, placeholder)
        self.initial_indent, self.subsequent_indent = (
            initial_indent, subsequent_indent)
        # Treatment of blanks.
        self.expand_tabs, self.tabsize, self.replace_whitespace = (
            expand_tabs, tabsize, replace_whitespace)
        self.drop_whitespace, self.fix_sentence_endings = (
            drop_whitespace, fix_sentence_endings)
        # Where words may be cut.
        self.break_long_words, self.break_on_hyphens = (
            break_long_words, break_on_hyphens)

    # Preparing the text.

    def _normalize_blanks(self, text):
        spaced = text.expandtabs(self.tabsize) if self.expand_tabs else text
        if self.replace_whitespace:
            return spaced.translate(_TO_SPACE)
        return spaced

    def _chunk(self, text):
        # Only a real True turns hyphen breaking on, as in CPython.
        cutter = (_chunks_at_hyphens if self.break_on_hyphens is True
                  else _chunks_at_blanks)
        return cutter(text)

    def _double_space_sentences(self, chunks):
        # A single space after a sentence end becomes two.
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == ' ' and _ends_sentence(chunks[i]):
                chunks[i + 1] = '  '
                i += 2
            else:
                i += 1

    # Filling lines.

    def _split_long_chunk(self, pending, line, line_len, room):
        """Put (part of) the chunk pending[-1], longer than a whole line,
        into line."""
        space = room - line_len if room >= 1 else 1
        chunk = pending[-1]
        if self.break_long_words:
            cut = space
            if self.break_on_hyphens and len(chunk) > space:
                # Prefer to cut right after the last hyphen that fits,
                # unless only hyphens precede it.
                h = chunk.rfind('-', 0, space)
                if h > 0 and chunk[:h].strip('-'):
                    cut = h + 1
            line.append(chunk[:cut])
            pending[-1] = chunk[cut:]
        elif not line:
            # Unbreakable: it gets a line of its own, overflowing.
            line.append(pending.pop())

    def _check_widths(self):
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            first = (self.subsequent_indent if self.max_lines > 1
                     else self.initial_indent)
            if len(first) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")

    def _end_with_placeholder(self, lines, line, line_len, prefix, room):
        """Finish the output on this line, cut back so the placeholder
        fits after a non-blank chunk."""
        marker = self.placeholder
        while line:
            if not _is_blank(line[-1]) and line_len + len(marker) <= room:
                lines.append(prefix + ''.join(line) + marker)
                return
            line_len -= len(line.pop())
        # Nothing of this line can stay: append to the previous line if it
        # has room, else the placeholder stands alone.
        if lines:
            previous = lines[-1].rstrip()
            if len(previous) + len(marker) <= self.width:
                lines[-1] = previous + marker
                return
        lines.append(prefix + marker.lstrip())

    def _fill_lines(self, chunks):
        self._check_widths()
        lines = []
        pending = chunks[::-1]      # next chunk at the end
        while pending:
            prefix = self.subsequent_indent if lines else self.initial_indent
            room = self.width - len(prefix)
            # Lines after the first never start with blanks.
            if self.drop_whitespace and lines and _is_blank(pending[-1]):
                pending.pop()
            line, line_len = [], 0
            while pending and line_len + len(pending[-1]) <= room:
                line_len += len(pending[-1])
                line.append(pending.pop())
            if pending and len(pending[-1]) > room:
                self._split_long_chunk(pending, line, line_len, room)
                line_len = sum(len(c) for c in line)
            if self.drop_whitespace and line and _is_blank(line[-1]):
                line_len -= len(line.pop())
            if not line:
                continue
            rest_is_blank = not pending or (
                self.drop_whitespace and len(pending) == 1
                and _is_blank(pending[0]))
            if (self.max_lines is None or len(lines) + 1 < self.max_lines
                    or (rest_is_blank and line_len <= room)):
                lines.append(prefix + ''.join(line))
            else:
                self._end_with_placeholder(lines, line, line_len, prefix, room)
                break
        return lines

    # Public interface.

    def wrap(self, text):
        """The paragraph `text` as a list of lines without final newlines."""
        chunks = self._chunk(self._normalize_blanks(text))
        if self.fix_sentence_endings:
            self._double_space_sentences(chunks)
        return self._fill_lines(chunks)

    def fill(self, text):
        """The paragraph `text` wrapped, as one string."""
        return '\n'.join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Wrap one paragraph into lines of at most `width` characters; the
    keyword arguments are TextWrapper's."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """Like wrap(), but the lines are joined with newlines."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Collapse the blanks of `text` and fit it on one line of `width`
    characters, replacing what does not fit by the placeholder."""
    squeezed = ' '.join(text.strip().split())
    return TextWrapper(width=width, max_lines=1, **kwargs).fill(squeezed)


# --- dedent and indent -------------------------------------------------------

def _leading_blanks(line):
    return line[:len(line) - len(line.lstrip(' \t'))]


def dedent(text):
    """Remove the longest run of spaces and tabs that starts every
    non-blank line.  Lines holding only spaces and tabs become empty."""
    lines = text.split('\n')
    lines = ['' if not line.strip(' \t') else line for line in lines]
    margin = None
    for line in lines:
        if not line:
            continue
        lead = _leading_blanks(line)
        if margin is None:
            margin = lead
        else:
            same = 0
            while (same < len(margin) and same < len(lead)
                   and margin[same] == lead[same]):
                same += 1
            margin = margin[:same]
    if margin:
        lines = [line[len(margin):] for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """Put `prefix` before each line for which `predicate` holds; by
    default, before each line that is not only whitespace."""
    if predicate is None:
        def predicate(line):
            return line.strip()
    return ''.join(prefix + line if predicate(line) else line
                   for line in text.splitlines(True))
