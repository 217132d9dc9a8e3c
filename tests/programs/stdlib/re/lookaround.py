# Lookahead, lookbehind, backreferences, conditionals, atomic groups and
# possessive repeats.
import re

print(re.search(r'foo(?=bar)', 'foobaz foobar'))
print(re.search(r'foo(?!bar)', 'foobar foobaz'))
print(re.search(r'(?<=\$)\d+', 'cost: $42'))
print(re.search(r'(?<!\$)\b\d+', '$42 and 17'))
print(re.findall(r'(?<=a)b', 'ab cb ab'), re.findall(r'(?<![a-z])\d', 'a1 2 b3 4'))
print(re.search(r'(?<=ab|cd)x', 'cdx'), re.search(r'(?<=a.c)x', 'abcx'))
print(re.match(r'(?=(\w+))\w', 'abc').groups(), re.match(r'(?!(a))\w', 'b').groups())
print(re.match(r'(?=a)(?=.b)ab', 'ab'), re.match(r'(?!a)', 'b'), re.match(r'(?!a)', 'a'))
print(re.search(r'\b(\w+)\s+\1\b', 'this is is a test'))
print(re.match(r'(?P<q>[\'"]).*?(?P=q)', '"hi" there'))
print(re.match(r'(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)\10', 'abcdefghijj'))
print(re.match(r'(a)|\1', 'x'), re.match(r'(a)?\1', 'b'))
print(re.match(r'(a)?(?(1)b|c)', 'ab'), re.match(r'(a)?(?(1)b|c)', 'c'), re.match(r'(a)?(?(1)b|c)', 'ac'))
print(re.match(r'(?P<o><)?\w+(?(o)>)', '<tag>'), re.match(r'(?P<o><)?\w+(?(o)>)$', '<tag'))
print(re.match(r'(a)?b(?(1)c)', 'b'))
print(re.match(r'(?>a+)b', 'aaab'), re.match(r'(?>a+)ab', 'aaab'), re.match(r'(?>a|ab)c', 'abc'))
print(re.match(r'a++b', 'aab'), re.match(r'a++a', 'aaa'), re.match(r'a*+', ''), re.match(r'(?:ab)++a', 'ababa'))
print(re.match(r'a?+a', 'a'), re.match(r'a{1,2}+a', 'aaa'), re.match(r'(?:a|b)*+c', 'abc'))
print(re.match(r'(?:a|ab)*+c', 'abc'))
print(re.search(r'(?<=(a))b', 'ab').groups(), re.search(r'(?<!(x))b', 'ab').groups())
print(re.findall(r'(\w)\1', 'aabbcdd'), re.sub(r'(\w)\1', r'<\1>', 'aabbc'))
print(re.match(r'(?i)(a)\1', 'aA'), re.match(r'(?:(a)|b)(?(1)x|y)', 'by'))
print(re.search(r'^(?:(\d+)\.)?(\d+)$', '12').groups())
print(re.match(r'((?=a))a', 'a').span(1))
print(re.search(r'(?<=\b)a', ' a'), re.search(r'(?<=^)a', 'a'))
print(re.findall(r'\d+(?=px)', '10px 20em 30px'))
print(re.split(r'(?<=[.!?]) ', 'Hi. How are you? Fine!'))
print(re.match(r'(?:x(?=y)|xz)', 'xz'))
try:
    re.compile(r'(?<=a+)b')
except re.error as e:
    print('error:', e)
try:
    re.compile(r'(?<=a|bc)b')
except re.error as e:
    print('error:', e)
