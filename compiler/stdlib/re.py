"""Regular expressions: CPython 3.11's `re` API (flags, Pattern, Match,
module-level functions with a compile cache, replacement templates) over
the native engine in `_sre`, which parses, compiles and matches."""

import enum
import _sre

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split",
    "findall", "finditer", "compile", "purge", "template", "escape",
    "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U",
    "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
    "UNICODE", "NOFLAG", "RegexFlag",
]

__version__ = "2.2.1"

_MAXSIZE = 9223372036854775807

# Flag names in CPython's definition order (the order of `repr`).
_FLAG_NAMES = (
    ("ASCII", 256), ("IGNORECASE", 2), ("LOCALE", 4), ("UNICODE", 32),
    ("MULTILINE", 8), ("DOTALL", 16), ("VERBOSE", 64), ("TEMPLATE", 1),
    ("DEBUG", 128),
)

# The order `Pattern.__repr__` lists flags in.
_PATTERN_FLAG_NAMES = (
    ("TEMPLATE", 1), ("IGNORECASE", 2), ("LOCALE", 4), ("MULTILINE", 8),
    ("DOTALL", 16), ("UNICODE", 32), ("VERBOSE", 64), ("DEBUG", 128),
    ("ASCII", 256),
)


class RegexFlag(enum.IntFlag):
    NOFLAG = 0
    ASCII = A = 256
    IGNORECASE = I = 2
    LOCALE = L = 4
    UNICODE = U = 32
    MULTILINE = M = 8
    DOTALL = S = 16
    VERBOSE = X = 64
    TEMPLATE = T = 1
    DEBUG = 128

    def __repr__(self):
        return _flag_names(int(self), _FLAG_NAMES)

    __str__ = __repr__


def _flag_names(value, table):
    if value == 0:
        return "re.NOFLAG"
    names = []
    for name, bit in table:
        if value & bit:
            names.append("re." + name)
            value &= ~bit
    if value:
        names.append(hex(value))
    return "|".join(names)


NOFLAG = RegexFlag.NOFLAG
ASCII = A = RegexFlag.ASCII
IGNORECASE = I = RegexFlag.IGNORECASE
LOCALE = L = RegexFlag.LOCALE
UNICODE = U = RegexFlag.UNICODE
MULTILINE = M = RegexFlag.MULTILINE
DOTALL = S = RegexFlag.DOTALL
VERBOSE = X = RegexFlag.VERBOSE
TEMPLATE = T = RegexFlag.TEMPLATE
DEBUG = RegexFlag.DEBUG


class error(Exception):
    """Exception raised for invalid regular expressions."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = "%s at position %d" % (msg, pos)
            newline = "\n" if isinstance(pattern, str) else b"\n"
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = "%s (line %d, column %d)" % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


error.__module__ = "re"
PatternError = error


class Pattern:
    """A compiled regular expression."""

    __class_getitem__ = classmethod(_sre.class_getitem)

    def __init__(self, pattern, handle, groups, flags, names):
        self.pattern = pattern
        self._handle = handle
        self.groups = groups
        self.flags = flags
        self._names = dict(names)

    @property
    def groupindex(self):
        return dict(self._names)

    # `match`, `fullmatch`, `search` and `findall` are native methods
    # (installed below the class by `_sre.pattern_methods`).

    def finditer(self, string, pos=0, endpos=_MAXSIZE):
        return _sre.finditer(self, self._handle, string, pos, endpos)

    def scanner(self, string, pos=0, endpos=_MAXSIZE):
        raise NotImplementedError("Pattern.scanner")

    def split(self, string, maxsplit=0):
        if maxsplit < 0:
            return [string]
        return _sre.split(self._handle, string, maxsplit)

    def _subx(self, repl, string, count):
        if callable(repl):
            kind = 2
        else:
            repl = _compile_template(self, repl)
            kind = 1 if type(repl) is list else 0
        if count < 0:
            return string, 0
        return _sre.sub(self, self._handle, repl, string, count, kind)

    def sub(self, repl, string, count=0):
        return self._subx(repl, string, count)[0]

    def subn(self, repl, string, count=0):
        return self._subx(repl, string, count)

    def __repr__(self):
        flags = int(self.flags)
        if isinstance(self.pattern, str) and flags & (4 | 32 | 256) == 32:
            flags &= ~32
        text = repr(self.pattern)[:200]
        if flags:
            return "re.compile(%s, %s)" % (text, _flag_names(flags, _PATTERN_FLAG_NAMES))
        return "re.compile(%s)" % text

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, int(self.flags)))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


for _name, _method in _sre.pattern_methods(Pattern).items():
    setattr(Pattern, _name, _method)
del _name, _method


# The native match object (`_sre`'s `re.Match`).
Match = _sre.Match


_ESCAPES = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t",
            "v": "\v", "\\": "\\"}
_template_cache = {}


def _compile_template(pattern, repl):
    """A replacement template: the literal itself when it has no escapes,
    else a list of literal chunks and group numbers."""
    key = (pattern._handle, type(repl), repl)
    t = _template_cache.get(key)
    if t is None:
        t = _parse_template(pattern, repl)
        if len(_template_cache) >= 512:
            _template_cache.clear()
        _template_cache[key] = t
    return t


def _parse_template(pattern, repl):
    is_bytes = not isinstance(repl, str)
    if is_bytes:
        if not isinstance(repl, (bytes, bytearray)):
            raise TypeError("decoding to str: need a bytes-like object, %s found"
                            % type(repl).__name__)
        text = repl.decode("latin-1")
    else:
        text = repl
    if "\\" not in text:
        return repl
    items = []
    lit = []
    i = 0
    n = len(text)

    def fail(msg, pos):
        raise error(msg, repl, pos)

    def flush():
        if lit:
            s = "".join(lit)
            items.append(s.encode("latin-1") if is_bytes else s)
            lit.clear()

    def addgroup(index, pos):
        if index > pattern.groups:
            fail("invalid group reference %d" % index, pos)
        flush()
        items.append(index)

    while i < n:
        c = text[i]
        i += 1
        if c != "\\":
            lit.append(c)
            continue
        if i >= n:
            fail("bad escape (end of pattern)", n - 1)
        c = text[i]
        i += 1
        if c == "g":
            if i >= n or text[i] != "<":
                fail("missing <", i)
            i += 1
            j = text.find(">", i)
            if j < 0:
                name = text[i:]
                if not name:
                    fail("missing group name", n)
                fail("missing >, unterminated name", i)
            name = text[i:j]
            if not name:
                fail("missing group name", j)
            i = j + 1
            if name.isidentifier():
                index = pattern._names.get(name)
                if index is None:
                    raise IndexError("unknown group name '%s'" % name)
            else:
                if not (name.isascii() and name.isdigit()):
                    fail("bad character in group name '%s'" % name, i - len(name) - 1)
                index = int(name)
                if index >= 100:
                    fail("invalid group reference %d" % index, i - len(name) - 1)
            addgroup(index, i - len(name) - 1)
        elif c == "0":
            digits = "0"
            while len(digits) < 3 and i < n and text[i] in "01234567":
                digits += text[i]
                i += 1
            lit.append(chr(int(digits, 8) & 0xff))
        elif c in "0123456789":
            start = i - 1
            digits = c
            if i < n and text[i] in "0123456789":
                digits += text[i]
                i += 1
                if (c in "01234567" and digits[1] in "01234567"
                        and i < n and text[i] in "01234567"):
                    digits += text[i]
                    i += 1
                    v = int(digits, 8)
                    if v > 0o377:
                        fail("octal escape value \\%s outside of range 0-0o377" % digits,
                             start - 1)
                    lit.append(chr(v))
                    continue
            addgroup(int(digits), start)
        elif c in _ESCAPES:
            lit.append(_ESCAPES[c])
        elif c.isascii() and c.isalpha():
            fail("bad escape \\%s" % c, i - 2)
        else:
            lit.append("\\" + c)
    flush()
    return items


def _match_expand(m, template):
    """`Match.expand` (called by `_sre`)."""
    t = _compile_template(m.re, template)
    if type(t) is not list:
        return t
    out = []
    for item in t:
        if type(item) is int:
            g = m.group(item)
            if g is not None:
                out.append(g)
        else:
            out.append(item)
    return m.group(0)[0:0].join(out)


_sre.set_expand(_match_expand)


_cache = {}
_MAXCACHE = 512


# The flagless str patterns of `_cache`, keyed by the pattern alone (the
# common case of the module-level functions, without building a key tuple).
_plain_cache = {}


def _compile(pattern, flags):
    if type(pattern) is str and type(flags) is int and flags == 0:
        p = _plain_cache.get(pattern)
        if p is not None:
            return p
    if type(flags) is not int:
        flags = int(flags)
    if type(pattern) is Pattern:
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    key = (type(pattern), pattern, flags)
    p = _cache.get(key)
    if p is not None:
        return p
    if not isinstance(pattern, (str, bytes)):
        raise TypeError("first argument must be string or compiled pattern")
    r = _sre.compile(pattern, flags)
    if len(r) == 3:
        kind, msg, pos = r
        if kind == "value":
            raise ValueError(msg)
        if kind == "overflow":
            raise OverflowError(msg)
        if kind == "recursion":
            raise RecursionError(msg)
        if pos is None:
            raise error(msg)
        raise error(msg, pattern, pos)
    p = Pattern(pattern, r[0], r[1], r[2], r[3])
    if len(_cache) >= _MAXCACHE:
        _cache.clear()
        _plain_cache.clear()
    _cache[key] = p
    if type(pattern) is str and flags == 0:
        _plain_cache[pattern] = p
    return p


def compile(pattern, flags=0):
    "Compile a regular expression pattern, returning a Pattern object."
    return _compile(pattern, flags)


# `match`, `fullmatch` and `search` are native: a flagless str pattern is
# looked up in `_plain_cache`, anything else goes through `_compile`.
_functions = _sre.set_compile(_compile, _plain_cache)
match = _functions["match"]
fullmatch = _functions["fullmatch"]
search = _functions["search"]
del _functions


def sub(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return _compile(pattern, flags).finditer(string)


def purge():
    "Clear the regular expression caches."
    _cache.clear()
    _plain_cache.clear()
    _template_cache.clear()


def template(pattern, flags=0):
    return _compile(pattern, flags | 1)


_SPECIAL = frozenset("()[]{}?*+-|^$\\.&~# \t\n\r\v\f")


def escape(pattern):
    "Escape special characters in a string."
    if isinstance(pattern, str):
        return "".join("\\" + c if c in _SPECIAL else c for c in pattern)
    text = str(pattern, "latin-1")
    return "".join("\\" + c if c in _SPECIAL else c for c in text).encode("latin-1")
