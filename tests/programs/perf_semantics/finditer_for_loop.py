# `for` loops over `finditer` iterators (the runtime's `next` calls the
# scanner's search directly): empty matches, exhaustion, mixing `next()`
# with loops, and a body that raises.
import re

p = re.compile(r"(?P<word>[a-z]+)|(?P<num>\d+)|(?P<sp>\s+)")
for m in p.finditer("ab 12 cd"):
    print(m.lastgroup, repr(m.group()), m.start(), m.end(), m.span())

print([m.span() for m in re.finditer(r"x*", "axxb")])
print([m.group() for m in re.finditer(r"\b", "ab cd")])

it = re.finditer(r"\d", "1a2b3")
print(next(it).group())
for m in it:
    print("loop", m.group())
print(list(it), next(it, "exhausted"))
for m in it:
    print("never")
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)

it = re.compile(r"\w").finditer("abcdef", 1, 4)
for m in it:
    if m.group() == "c":
        break
print("after break", [m.group() for m in it])

try:
    for m in re.finditer(r"\d", "12"):
        raise ValueError(m.group())
except ValueError as e:
    print("ValueError", e)

it = p.finditer(b"xy 9" if False else "xy 9")
print(type(it).__name__, iter(it) is it)
print(sum(1 for _ in re.finditer(r"a", "a" * 1000)))
print([m.group() for m in re.compile(rb"[0-9]+").finditer(bytearray(b"1 22 333"))])
