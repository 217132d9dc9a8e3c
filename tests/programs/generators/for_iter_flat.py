# `for x in gen` steps an exact generator through one flat runtime call
# (generator::next_flat): values, the return value dropped, PEP 479,
# exceptions with tracebacks, re-entrancy, handled-exception state kept
# across suspensions, finalization order, and generators it leaves to
# the general path (subclass-like wrappers, delegating generators).
import sys
import traceback


def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "ignored"


print([x for x in count(4)])
total = 0
for x in count(5):
    total += x
print("total", total)


def stops():
    yield 1
    raise StopIteration("inside")


try:
    for x in stops():
        print("got", x)
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))


def fails():
    yield "a"
    1 / 0


try:
    for x in fails():
        print("got", x)
except ZeroDivisionError:
    for fs in traceback.extract_tb(sys.exc_info()[2]):
        print("  ", fs.name, fs.line)


def reentrant():
    yield 1
    for y in g:
        yield y


g = reentrant()
try:
    for x in g:
        print("reentrant", x)
except ValueError as e:
    print("ValueError:", e)


def in_handler():
    try:
        raise KeyError("k")
    except KeyError:
        yield sys.exc_info()[1]
        yield sys.exc_info()[1]
    yield sys.exc_info()[1]


try:
    raise TypeError("outside")
except TypeError:
    for x in in_handler():
        print("handled:", repr(x), "| outside sees:", repr(sys.exc_info()[1]))


def running_flag():
    yield gen.gi_running
    yield gen.gi_running


gen = running_flag()
print("gi_running:", [x for x in gen], gen.gi_running)


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def with_finally(name):
    obj = Noisy(name)
    try:
        yield 1
        yield 2
    finally:
        print("finally", name)


for x in with_finally("complete"):
    print("step", x)
for x in with_finally("broken"):
    print("step", x)
    break
print("after break")


def inner():
    yield "i1"
    yield "i2"
    return "inner result"


def outer():
    r = yield from inner()
    yield r
    r = yield from inner()
    yield r


print(list(outer()))
for x in outer():
    print("outer", x)


def sent_values():
    got = []
    while len(got) < 3:
        got.append((yield len(got)))
    yield got


print("sent:", list(sent_values()))


def early_exit():
    yield 1
    return


it = early_exit()
print(next(it), list(it), list(it))
try:
    next(it)
except StopIteration:
    print("exhausted")

nested = sum(x * y for x in count(4) for y in count(x))
print("nested", nested)
