# Per-site LOAD_GLOBAL caches and the direct call path: every rebinding of a
# global or builtin, from anywhere, must be seen by the next lookup.
import builtins
import helper


def read_len():
    return len([1, 2, 3])


real_len = len
results = []
for i in range(6):
    if i == 2:
        helper.value = "rebound from main"
    if i == 3:
        helper.len = lambda x: -1  # shadows the builtin in helper only
    if i == 4:
        del helper.len
    if i == 5:
        builtins.len = lambda x: 42
    results.append((helper.read(), helper.shadowed(), read_len()))
builtins.len = real_len
for r in results:
    print(r)
print(read_len(), helper.shadowed())

del helper.value
try:
    helper.read()
except NameError as e:
    print("NameError:", e)


def f(a, b):
    return a - b


def g(a, b=10, *rest):
    return a, b, rest


calls = []
for i in range(4):
    calls.append(f(i, 1))
    calls.append(g(i))
    if i == 1:
        f = g  # the call site now sees a function with defaults
print(calls)


def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)


try:
    deep(100000)
except RecursionError as e:
    print("RecursionError:", e)
print(deep(500))


class C:
    def m(self, x):
        return x * 2


c = C()
print([c.m(i) for i in range(3)])
C.m = lambda self, x: x * 3
print([c.m(i) for i in range(3)])
try:
    f(1)
except TypeError as e:
    print("TypeError:", e)
