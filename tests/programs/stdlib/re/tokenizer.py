# A realistic program: a tokenizer for a small expression language built
# from named alternatives, and an access-log parser with a verbose pattern.
import re
from collections import Counter

TOKEN_SPEC = [
    ('NUMBER', r'\d+(?:\.\d*)?'),
    ('ASSIGN', r':='),
    ('END', r';'),
    ('ID', r'[A-Za-z_]\w*'),
    ('OP', r'[+\-*/()]'),
    ('STRING', r'"(?:[^"\\]|\\.)*"'),
    ('NEWLINE', r'\n'),
    ('SKIP', r'[ \t]+'),
    ('MISMATCH', r'.'),
]
TOK = re.compile('|'.join('(?P<%s>%s)' % pair for pair in TOKEN_SPEC))
KEYWORDS = {'IF', 'THEN', 'ENDIF', 'FOR', 'NEXT', 'GOSUB', 'RETURN'}


def tokenize(code):
    line = 1
    line_start = 0
    for mo in TOK.finditer(code):
        kind = mo.lastgroup
        value = mo.group()
        column = mo.start() - line_start
        if kind == 'NUMBER':
            value = float(value) if '.' in value else int(value)
        elif kind == 'ID' and value in KEYWORDS:
            kind = value
        elif kind == 'NEWLINE':
            line_start = mo.end()
            line += 1
            continue
        elif kind == 'SKIP':
            continue
        yield kind, value, line, column


program = '''IF quantity THEN
    total := total + price * quantity;
    tax := price * 0.05;
    msg := "say \\"hi\\"";
ENDIF;
x := 3 $ 4
'''
for tok in tokenize(program):
    print(tok)

LOG = re.compile(r'''
    (?P<ip>\d{1,3}(?:\.\d{1,3}){3}) \s+ - \s+ (?P<user>\S+) \s+
    \[(?P<day>\d{2})/(?P<mon>[A-Z][a-z]{2})/(?P<year>\d{4}):(?P<time>[\d:]+)\s[+-]\d{4}\] \s+
    "(?P<method>GET|POST|PUT|DELETE) \s (?P<path>[^\s"]+) \s HTTP/(?P<ver>[\d.]+)" \s+
    (?P<status>\d{3}) \s+ (?P<size>\d+|-)
''', re.VERBOSE)

lines = []
for i in range(40):
    ip = '10.0.%d.%d' % (i % 3, i * 7 % 255)
    method = ('GET', 'POST', 'PUT', 'DELETE')[i % 4]
    status = (200, 404, 500, 301)[i * 3 % 4]
    size = '-' if i % 5 == 0 else str(i * 123)
    lines.append('%s - user%d [%02d/Mar/2024:12:%02d:00 +0000] "%s /api/v1/item/%d?q=%d HTTP/1.1" %d %s'
                 % (ip, i % 4, i % 28 + 1, i, method, i, i * i, status, size))
lines.append('garbage line')

by_status = Counter()
by_method = Counter()
total = 0
for ln in lines:
    m = LOG.match(ln)
    if not m:
        print('unparsed:', ln)
        continue
    d = m.groupdict()
    by_status[d['status']] += 1
    by_method[m.group('method')] += 1
    if d['size'] != '-':
        total += int(d['size'])
print(sorted(by_status.items()), sorted(by_method.items()), total)
m = LOG.match(lines[7])
print(m.group('ip', 'path'), m.span('path'), m.lastgroup)
ids = [int(x) for x in re.findall(r'/item/(\d+)\?', '\n'.join(lines))]
print(sum(ids), len(ids))
print(re.sub(r'(?P<a>\d+)\.(?P<b>\d+)\.(\d+)\.(\d+)', r'\g<a>.\g<b>.x.x', lines[3]))
words = re.findall(r"[a-z']+", "It's a truth universally acknowledged, that a single man".lower())
print(Counter(words).most_common(3))
print(re.split(r'\s*[,;]\s*', 'a , b;c ;  d'))
print([s for s in re.split(r'(\d+)', 'file10part2end') if s])
date = re.compile(r'(\d{4})-(\d{2})-(\d{2})')
print(date.sub(lambda m: '%s/%s/%s' % (m.group(3), m.group(2), m.group(1)), 'from 2024-01-05 to 2024-02-10'))
camel = re.compile(r'(?<!^)(?=[A-Z])')
print(camel.sub('_', 'camelCaseStringHTTP').lower())
print(re.findall(r'<(\w+)[^>]*>(.*?)</\1>', '<b>bold</b> and <i class="x">it</i>'))
