# `xs.append(v)`, `s.add(v)`, `s.remove(v)`, `s.discard(v)` as statements:
# their None result is dropped by the POP_TOP after the call, which the
# inline paths skip. Every other path (subclasses, rebound methods, errors)
# must still produce and drop a real result.
import sys


class Loud:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


class MyList(list):
    def append(self, v):
        print("MyList.append", v)
        return "ignored"


class MySet(set):
    def add(self, v):
        print("MySet.add", v)
        return 42


def loops(n):
    xs = []
    s = set()
    for i in range(n):
        xs.append(i)
        s.add(i % 3)
        if i % 2:
            s.discard(0)
        else:
            s.add(0)
    else:
        xs.append("end")
    while len(xs) > 3:
        xs.pop()
        s.discard(len(xs))
    return xs, sorted(s)


def in_handlers():
    s = {1, 2}
    log = []
    for v in (1, 5, 2):
        try:
            s.remove(v)
            log.append(("removed", v))
        except KeyError as e:
            log.append(("missing", e.args))
        finally:
            log.append("finally")
    return log, s


def other_receivers():
    for xs in ([], MyList(), (1,)):
        try:
            xs.append(7)
            print(type(xs).__name__, xs)
        except AttributeError as e:
            print("AttributeError", e)
    for s in (set(), MySet(), frozenset()):
        try:
            s.add(1)
            print(type(s).__name__, sorted(s))
        except AttributeError as e:
            print("AttributeError", e)


def references():
    a = Loud("a")
    xs = []
    xs.append(a)
    xs.append(a)
    print("refs", sys.getrefcount(a))
    s = set()
    s.add(a)
    s.discard(a)
    s.discard(a)
    print("refs", sys.getrefcount(a))
    del a
    xs.clear()
    print("cleared")
    try:
        s.remove(Loud("b"))
    except KeyError:
        print("KeyError")
    unhashable = []
    try:
        s.add(unhashable)
    except TypeError as e:
        print("TypeError", e)


def last_statement(xs, v):
    xs.append(v)


def nested(n):
    out = []
    for i in range(n):
        for j in range(i):
            out.append((i, j))
        out.append(i)
    return out


def make(name):
    return Loud(name)


def returns_none():
    pass


def popped_results():
    # Results of calls used as statements: None (immortal) and others,
    # which must be released right there.
    make("temp")
    print("after temp")
    returns_none()
    x = Loud("kept")
    (lambda: x)()
    print("kept alive", x.name)
    [Loud("in a list")]
    print("after list")
    getattr(Loud, "__name__")
    len([1, 2])
    print(sys.getrefcount(None) > 1)


print(loops(10))
popped_results()
print(in_handlers())
other_receivers()
references()
holder = []
print(last_statement(holder, 3), holder)
print(nested(4))
print([1, 2].append(3), {1}.add(2))
