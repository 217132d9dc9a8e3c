# More API surface: RegexFlag as an IntFlag, bytearray subjects (slices are
# bytes), str subclasses, Pattern hashing, purge, common validation patterns.
import re
print(re.I.name, re.I.value, re.RegexFlag.IGNORECASE, re.RegexFlag(2), re.I in (re.I | re.M), bool(re.NOFLAG))
print(isinstance(re.I, int), re.I + 0, '%s %r %d' % (re.M, re.M, re.M), f'{re.S}')
ba = bytearray(b'hello world')
m = re.search(rb'o (w)', ba)
print(m, m.group(1), m.span())
class S(str): pass
print(re.findall(r'\w+', S('ab cd')), re.match('a', S('a')).group())
print(re.compile(b'x').pattern, re.compile(rb'(?P<n>x)').groupindex)
print(re.sub('(a)', r'\1\1', 'banana', 2), re.subn(r'\s', '', ' a b '))
print(re.match(r'(\d+)(?:px|em)', '12em').group(1), re.search(r'[aeiou]{2,}', 'beautiful').group())
d = {re.compile('a'): 1}
print(d[re.compile('a')])
print(re.search('(?P<x>a)|(?P<y>b)', 'b').groupdict(), re.search('(?P<x>a)|(?P<y>b)', 'b').lastgroup)
print(re.search(r'\d', 'x5').start(), re.search(r'\d', 'x5').end(0))
print([m.groups() for m in re.finditer(r'(\w)=(\d)', 'a=1 b=2')])
print(re.match('.*', 'abc\ndef').group(), re.findall('.', 'a\nb', re.DOTALL))
print(re.split(r'(?i)AND', '1and2AND3'), re.purge(), re.escape(''))
print(re.match(r'\A\s*$', '  \n'), re.compile(r'\w+\Z').search('ab\ncd'))
print(re.fullmatch(r'[\d,]+', '1,234,567'), re.fullmatch(r'-?\d+(\.\d+)?', '-3.14').groups())
print(re.match(r'^(?:[01]\d|2[0-3]):[0-5]\d$', '23:59'), re.match(r'^(?:[01]\d|2[0-3]):[0-5]\d$', '24:00'))
print(re.sub(rb'o', b'0', bytearray(b'foo')), re.findall(rb'o', bytearray(b'foo')), re.split(rb'o', bytearray(b'xoy')))


def first_word(m: re.Match[str]) -> str:
    return m.group()


print(re.Match[str], re.Pattern[bytes], first_word(re.match(r'\w+', 'hi there')))
