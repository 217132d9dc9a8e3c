# re.error messages and positions for malformed patterns, and TypeErrors.
import re

bad = [
    '(abc', 'abc)', '*a', 'a**', '+', '?', 'a{2}{3}', 'x|*', '^*', r'\b+',
    '[abc', '[a-', '[z-a]', r'[\d-z]', r'[a-\w]', r'\q', r'[\q]', '\\', r'\x4',
    r'\u12', r'\9', r'(a)\2', r'(a\1)', r'\400', '(?<x>a)', '(?P<1a>x)', '(?P<a>x)(?P<a>y)',
    '(?P=nope)', '(?P=1)', '(?P', '(?Px)', '(?', '(?z)', '(?<', '(?<x', '(?#abc',
    '(?i', '(?i-', '(?-i)', '(?q:a)', '(?i-z:a)', '(?i-i:a)', 'a(?i)', '(?(1)a|b|c)', '(?(x)a)',
    '(?(0)a)', '(?(-1)a)', '(?(2)a)(b)', '(?P<a', '(?P<>a)', 'a{3,2}', '(?x)a b #c\n(',
    'ab\ncd(', '(?a)(?u)x', r'(?<=a*)x', '((((a', 'a)b)', r'[\A]', '(?P=a)(?P<a>x)',
]
for p in bad:
    try:
        re.compile(p)
        print('compiled', repr(p))
    except re.error as e:
        print(repr(p), '->', e, '|', e.msg, e.pos, e.lineno, e.colno)
    except (ValueError, OverflowError) as e:
        print(repr(p), '->', type(e).__name__, e)

for b in [b'(a', b'\\u1234', rb'[\x]']:
    try:
        re.compile(b)
    except re.error as e:
        print(b, e, e.pattern)

e = re.error('plain')
print(e, e.msg, e.pattern, e.pos)
print(issubclass(re.error, Exception), re.error.__name__)
for f, args in [(re.match, ('a', b'a')), (re.match, (b'a', 'a')), (re.search, ('a', 1)),
                (re.compile, (1,)), (re.compile, (re.compile('a'), re.I)),
                (re.findall, (b'a', 'abc')), (re.sub, ('a', 'b', b'a'))]:
    try:
        f(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
re.compile('a(b')
