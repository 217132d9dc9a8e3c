"""Common string constants, capwords() and Template (cranepy's own version)."""

__all__ = ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'capwords',
           'digits', 'hexdigits', 'octdigits', 'printable', 'punctuation',
           'whitespace', 'Formatter', 'Template']

whitespace = ' \t\n\r\x0b\x0c'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


def _is_ident_start(c):
    return c == '_' or ('a' <= c <= 'z') or ('A' <= c <= 'Z')


def _is_ident_char(c):
    return _is_ident_start(c) or ('0' <= c <= '9')


class Template:
    """A string class for supporting $-substitutions."""
    delimiter = '$'

    def __init__(self, template):
        self.template = template

    def _parse(self):
        """Yields ('text', s) and ('name', name, start) pieces, or raises
        for an invalid placeholder."""
        t = self.template
        d = self.delimiter
        i = 0
        n = len(t)
        text = []
        while i < n:
            if t.startswith(d, i):
                j = i + len(d)
                if t.startswith(d, j):
                    text.append(d)
                    i = j + len(d)
                    continue
                if j < n and t[j] == '{':
                    k = j + 1
                    if k < n and _is_ident_start(t[k]):
                        m = k + 1
                        while m < n and _is_ident_char(t[m]):
                            m += 1
                        if m < n and t[m] == '}':
                            yield ('text', ''.join(text))
                            text = []
                            yield ('name', t[k:m], i, m + 1)
                            i = m + 1
                            continue
                    yield ('text', ''.join(text))
                    text = []
                    yield ('invalid', None, j, j)
                    i = j
                    continue
                if j < n and _is_ident_start(t[j]):
                    m = j + 1
                    while m < n and _is_ident_char(t[m]):
                        m += 1
                    yield ('text', ''.join(text))
                    text = []
                    yield ('name', t[j:m], i, m)
                    i = m
                    continue
                yield ('text', ''.join(text))
                text = []
                yield ('invalid', None, j, j)
                i = j
                continue
            text.append(t[i])
            i += 1
        yield ('text', ''.join(text))

    def _invalid(self, i):
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    def substitute(self, mapping=None, /, **kws):
        if mapping is None:
            mapping = kws
        elif kws:
            mapping = _Chain(kws, mapping)
        out = []
        for piece in self._parse():
            if piece[0] == 'text':
                out.append(piece[1])
            elif piece[0] == 'name':
                out.append('%s' % (mapping[piece[1]],))
            else:
                self._invalid(piece[2])
        return ''.join(out)

    def safe_substitute(self, mapping=None, /, **kws):
        if mapping is None:
            mapping = kws
        elif kws:
            mapping = _Chain(kws, mapping)
        out = []
        for piece in self._parse():
            if piece[0] == 'text':
                out.append(piece[1])
            elif piece[0] == 'name':
                try:
                    out.append('%s' % (mapping[piece[1]],))
                except KeyError:
                    out.append(self.template[piece[2]:piece[3]])
            else:
                out.append(self.delimiter)
        return ''.join(out)

    def get_identifiers(self):
        ids = []
        for piece in self._parse():
            if piece[0] == 'name' and piece[1] not in ids:
                ids.append(piece[1])
            elif piece[0] == 'invalid':
                pass
        return ids

    def is_valid(self):
        for piece in self._parse():
            if piece[0] == 'invalid':
                return False
        return True


class _Chain:
    def __init__(self, first, second):
        self.first = first
        self.second = second

    def __getitem__(self, key):
        try:
            return self.first[key]
        except KeyError:
            return self.second[key]


class Formatter:
    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        return format_string.format(*args, **kwargs)
