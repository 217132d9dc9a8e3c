# sub/subn/split/findall/finditer, including Python 3.7+ empty-match rules.
import re

print(re.sub('x*', '-', 'abxd'))
print(re.sub('x*', '-', ''), re.sub('', '-', 'abc'), re.sub('a|', '-', 'bab'))
print(re.subn('x*', '-', 'abxd'), re.subn('a', 'b', 'aaa', 2), re.subn('q', 'b', 'aaa'))
print(re.sub('a', 'b', 'aaa', count=-1), re.sub('a', 'b', 'aaa', 0))
print(re.sub(r'(\w+) (\w+)', r'\2 \1', 'hello world, good day'))
print(re.sub(r'(?P<n>\d+)', r'<\g<n>|\g<1>|\g<0>>', 'a1b22'))
print(re.sub(r'(a)|b', r'[\1]', 'ab'))
print(re.sub('a', r'\n\t\\x', 'a'), repr(re.sub('a', r'\.', 'a')))
print(re.sub('a', r'\0', 'a') == '\x00', re.sub('a', r'\101', 'a'))
print(re.sub(r'\d', lambda m: str(int(m.group()) * 2), 'a1b2c9'))
print(re.sub(r'\d', lambda m: None, 'a1b2'))
print(re.sub(r'(\d)(\d)?', lambda m: m.group(2) or '_', '1 23'))
print(re.sub('(?i)B', 'x', 'abcB'), re.sub('b', 'x', 'abcB', flags=re.I))
print(re.sub(b'[aeiou]', b'_', b'education'), re.subn(b'(a)', rb'\1\1', b'banana'))
print(re.split(r'\W+', 'Words, words, words.'))
print(re.split(r'(\W+)', 'Words, words, words.'))
print(re.split(r'\W+', 'Words, words, words.', 1), re.split(r'\W+', 'a b c', maxsplit=-1))
print(re.split('x*', 'axbc'), re.split('(x*)', 'axbc'), re.split('', 'abc'))
print(re.split(r'\b', 'a b'), re.split(r'(?=b)', 'abab'), re.split('(a)|(b)', 'xaybz'))
print(re.split('[,;]', 'a,b;;c'), re.split(',', ''), re.split('a', 'a'))
print(re.split(b',', b'1,2,3'), re.split(r'\s*', ' a b '))
print(re.findall(r'\d+', 'a1b22c333'), re.findall(r'(\d)(\w)', 'a1b2c3d'))
print(re.findall(r'(\d)', 'a1b2'), re.findall(r'(\d)|x', 'x1'), re.findall(r'(a)(b)?', 'aab'))
print(re.findall('', 'ab'), re.findall('x*', 'axxb'), re.findall(r'\b', 'a b'))
print(re.findall(r'a*?', 'aa'), re.findall(r'(?:a|)', 'ab'), re.findall('$', 'a\n'))
print(re.findall(r'^\w', 'a\nb\nc', re.M), re.findall(b'\\d', b'a1b2'))
p = re.compile(r'\w+')
print(p.findall('ab cd ef', 3), p.findall('ab cd ef', 0, 4), p.findall('ab cd', 10))
print([m.group() for m in re.finditer(r'\w+', 'one two  three')])
print([m.span() for m in re.finditer(r'x*', 'axb')])
print([(m.start(), m.group(1)) for m in p.finditer('ab cd ef', 1, 7)] if False else
      [m.span() for m in p.finditer('ab cd ef', 1, 7)])
it = re.finditer('a', 'aa')
print(next(it), next(it), next(it, 'done'))
print(re.sub('', lambda m: '%d' % m.start(), 'abc'))
print(re.escape('a.b*c?d+e(f)g[h]i{j}k|l^m$n\\o p#q&r~s-t_u'), re.escape(b'1.2'))
print(re.escape('\t\n'), re.escape('héllo'))
print(re.sub('(?m)^', '> ', 'line1\nline2'))
print(re.sub(r'\s+', ' ', '  lots   of\n\tspace  ').strip())
for bad in (r'\g', r'\g<', r'\g<1', r'\g<>', r'\g<a-b>', r'\g<3>', r'\3', r'\q', '\\', r'\g<x>'):
    try:
        re.sub('(a)(b)', bad, 'ab')
    except (re.error, IndexError) as e:
        print(type(e).__name__, e)
for bad in [lambda m: 3, b'x']:
    try:
        re.sub('a', bad, 'abc')
    except TypeError as e:
        print('TypeError', e)
try:
    re.sub(b'a', 'x', b'abc')
except TypeError as e:
    print('TypeError', e)
# finditer is lazy and scans in batches: empty matches across batch edges.
for pat in ['x*', r'\b', 'a|', '(?=b)', 'x']:
    spans = [m.span() for m in re.finditer(pat, 'axxb' * 40)]
    print(pat, len(spans), spans[:3], spans[-3:], len(re.findall(pat, 'axxb' * 40)))
it = re.finditer(r'\d+', '1 22 333' * 1000)
print(next(it).group(), next(it).group(), sum(1 for _ in it))
print([m.span() for m in re.compile('x*').finditer('axxbxxxc' * 5, 3, 30)][-4:])
