# Flags: IGNORECASE, MULTILINE, DOTALL, VERBOSE, ASCII, inline and scoped flags.
import re

print(re.I, re.IGNORECASE, repr(re.M), re.S | re.X, re.A | re.I, int(re.I), re.I == 2)
print(re.I | re.M | re.S, re.U, re.NOFLAG, re.I & re.M, type(re.I).__name__)
print(re.match('abc', 'ABC', re.I), re.match('[a-z]+', 'HeLLo', re.I))
print(re.match('[^a-z]+', 'ABC1', re.I), re.match(r'\w+', 'ÀÉÎ', re.I))
print(re.match('straße', 'STRASSE', re.I), re.match('é', 'É', re.I), re.match('σ', 'Σ', re.I))
print(re.match('привет', 'ПРИВЕТ', re.I), re.match('[а-я]+', 'ПРИВЕТ', re.I))
print(re.match('k', '\u212a', re.I), re.match('s', '\u017f', re.I))
print(re.match('é', 'É', re.I | re.A), re.match('e', 'E', re.I | re.A))
print(re.match(r'(a)\1', 'aA', re.I), re.match(r'(a)\1', 'aA'))
print(re.findall('^x', 'x\nx\nx'), re.findall('^x', 'x\nx\nx', re.M))
print(re.findall('x$', 'x\nx\nx'), re.findall('x$', 'x\nx\nx', re.M))
print(re.search('a.b', 'a\nb'), re.search('a.b', 'a\nb', re.S))
pat = re.compile(r'''
    (?P<int>\d+)    # integer part
    \.              # the point
    (?P<frac>\d*)   # fraction
    [ ]x \# y
''', re.X)
print(pat.match('12.5 x# y'), pat.groups)
print(re.match(r'(?x) a b c # comment', 'abc'), re.match(r'(?x)[ ]a', ' a'))
print(re.match(r'\w+', 'héllo'), re.match(r'\w+', 'héllo', re.A), re.match(r'(?a)\w+', 'héllo'))
print(re.match(r'\d+', '١٢٣'), re.match(r'\d+', '١٢٣', re.A), re.match(r'\s+', '\u3000\x1c'))
print(re.match(rb'\w+', b'h\xe9llo'), re.match(rb'(?i)HELLO', b'hello'))
print(re.match('(?i:a)b', 'Ab'), re.match('(?i:a)b', 'AB'), re.match('a(?-i:b)', 'AB', re.I))
print(re.match('(?i)a(?-i:b)c', 'AbC'), re.match('(?s:.)(.)', '\n\n'))
print(re.match('(?m:^b)', 'b'), re.search('(?m:^b$)', 'a\nb\nc'))
print(re.findall(r'(?i)\bthe\b', 'The cat saw THE other'))
print(re.compile('(?i)a').flags, re.compile('(?x)a').flags, re.compile('(?a)a').flags)
print(re.compile(b'(?i)a').flags, re.compile('(?s)a', re.M).flags)
print(re.compile('(?i)x'), re.compile(b'x'), re.compile(b'x', re.L))
for args in [('a', re.L), ('a', re.A | re.U), (b'a', re.U), (b'(?u)a', 0), ('(?L)a', 0), ('(?au)a', 0)]:
    try:
        re.compile(*args)
    except (ValueError, re.error) as e:
        print(type(e).__name__, e)
