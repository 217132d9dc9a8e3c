# Capturing groups, named groups, Match API, Pattern attributes and reprs.
import re

m = re.match(r'(\w+) (\w+)(?: (\w+))?', 'Isaac Newton, physicist')
print(m)
print(m.group(), m.group(0), m.group(1), m.group(2), m.group(3))
print(m.group(1, 2, 3), m.groups(), m.groups('-'))
print(m[0], m[1], m[2])
print(m.start(), m.end(), m.span(), m.start(1), m.end(2), m.span(3))
print(m.lastindex, m.lastgroup, m.pos, m.endpos, m.string)
print(m.re, m.regs)

m = re.match(r'(?P<first>\w+) (?P<last>\w+)', 'Malcolm Reynolds')
print(m.group('first'), m['last'], m.groupdict(), m.lastgroup, m.lastindex)
print(m.span('last'), m.start('first'), m.expand(r'\g<last>, \g<first> (\2/\1) \g<0>'))
print(m.re.groupindex, m.re.groups, m.re.pattern, m.re.flags)

m = re.match(r'(a)(b)?(?P<c>c)?', 'a')
print(m.groups(), m.groupdict(), m.groupdict(0), m.span(2), m.start(3), m.lastindex, m.lastgroup)
print(re.match(r'((a)b)', 'ab').lastindex, re.match(r'(a)(b)', 'ab').lastindex)
print(re.match(r'(a)|b', 'b').lastindex, re.match(r'(?:x)', 'x').lastindex)
print(re.match(r'(a)*', 'aaa').span(1), re.match(r'(a|b)*', 'abab').group(1))
print(re.match(r'((a)|b)+', 'ab').groups())
print(re.match(r'(a)+(b)*', 'aa').groups())
print(re.match(r'(?:(a)|(b))+', 'ab').groups())
print(re.search(r'(\d+)\.(\d+)?', 'v 3.').groups())

for bad in (4, -1, 'nope', 1.5, None):
    try:
        m.group(bad)
    except IndexError as e:
        print('IndexError', e)
try:
    m.start(9)
except IndexError as e:
    print('IndexError', e)
print(m.group(True))

p = re.compile(r'(?P<key>\w+)=(?P<val>\d+)', re.I | re.M)
print(p, p.flags, p.groups, p.groupindex, p.pattern)
print(repr(re.compile('abc')), repr(re.compile(b'ab', re.I)), repr(re.compile("it's")))
print(re.compile('x', re.A | re.S), re.compile('x', re.X), re.compile('(?i)x'))
print(re.compile('x').flags, re.compile(b'x').flags, re.compile('(?im)x').flags)
print(p == re.compile(r'(?P<key>\w+)=(?P<val>\d+)', re.I | re.M), p == re.compile('x'))
print(type(p).__name__, type(m).__name__)
print(re.compile(p) is p)
print(re.match(b'(a)(b)', b'ab'), re.match(b'(a)(b)', b'ab').groups())
print(re.search('(?P<y>\\d{4})-(?P<m>\\d\\d)', 'on 2024-05-06').groupdict())
m = re.search(r'(x)?y', 'y')
print(m.expand(r'[\1]'), repr(m.group(1)))
