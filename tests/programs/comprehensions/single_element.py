# A `for y in [expr]` (or `(expr,)`) after the first generator of a
# comprehension is an assignment, as in CPython 3.9+: same results,
# conditions, nesting, unpacking and errors.
x=[1,2]
print([(a,c) for a in x for c in [a*2]])
print([(a,c) for a in x for c in (a*2,)])
print({a: c for a in x for c in [a]}, list(c for a in x for c in [a, 1]))
print([c for a in range(3) for c in [a] if c for d in (c * 2,) if d > 2])
print([(a, b) for a in range(3) for b, in [(a,)]])
print({c for a in x for c in (a,)}, [c for a in x for c in [*x]])
def g():
    return [y for x in range(3) for y in [x * 10]]
print(g(), sum(y for x in range(4) for y in [x] if y % 2))
try:
    print([c for a in x for c in [1 // (a - 1)]])
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
