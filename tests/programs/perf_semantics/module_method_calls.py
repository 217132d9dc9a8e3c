# `module.function(args)` (LOAD_METHOD on an exact module) reads the
# module's dict through the site cache; rebinding, deleting and a module
# __getattr__ (PEP 562) must all be seen, with CPython's messages.
import math
import sys

me = sys.modules[__name__]


def double(x):
    return 2 * x


def run(n):
    total = 0.0
    for i in range(n):
        total += math.sqrt(i) + me.double(i)
    return total


print(run(10))
math.sqrt = lambda x: -1.0
print(run(3))
me.double = lambda x: x * 100
print(run(3))
del math.sqrt
try:
    run(1)
except AttributeError as e:
    print("AttributeError:", e)


def __getattr__(name):
    if name == "dynamic":
        return lambda: "from __getattr__"
    raise AttributeError(f"module {__name__!r} has no attribute {name!r} (custom)")


def call(name):
    if name == "dynamic":
        return me.dynamic()
    return me.nothing()


print(call("dynamic"))
try:
    call("nothing")
except AttributeError as e:
    print("AttributeError:", e)
for _ in range(3):
    print(math.floor(2.5), math.hypot(3.0, 4.0))
