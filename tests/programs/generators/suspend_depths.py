# Yields at different operand-stack depths in one generator: a deep yield
# (inside a call's argument list, a list display, a for loop) followed by
# shallow ones; the generator is then closed, dropped, collected or
# finished while suspended at the shallow point. Objects that were live at
# the deep yield must be released exactly once.
import gc


class Tracked:
    alive = 0

    def __init__(self, name):
        self.name = name
        Tracked.alive += 1

    def __del__(self):
        Tracked.alive -= 1

    def __repr__(self):
        return "T(%s)" % self.name


def pack(*items):
    return items


def deep_then_shallow(n):
    for i in range(n):
        t = pack(Tracked("a%d" % i), [Tracked("b%d" % i), (yield i)], Tracked("c"))
        got = yield t
        yield got


def nested_loops():
    for a in [Tracked("x"), Tracked("y")]:
        for b in (Tracked("p"), Tracked("q")):
            r = [a, b, (yield (a, b))]
            del r
    try:
        yield "in try"
    finally:
        yield "in finally"
    yield "after"


def run(label, body):
    before = Tracked.alive
    body()
    gc.collect()
    print(label, "leaked", Tracked.alive - before)


def full():
    g = deep_then_shallow(3)
    out = []
    for v in g:
        out.append(v)
    print("full", out)


def close_shallow():
    g = deep_then_shallow(2)
    print(next(g))
    print(g.send("s1"))
    print(g.send("s2"))
    g.close()
    print("closed", g.gi_frame)


def drop_shallow():
    g = deep_then_shallow(2)
    next(g)
    g.send("s1")
    g.send("s2")
    del g


def drop_deep():
    g = deep_then_shallow(2)
    next(g)
    del g


def cyclic(box):
    pair = pack(Tracked("d"), [box, (yield 1)])
    yield len(pair)


def cycle_shallow():
    box = []
    g = cyclic(box)
    box.append(g)
    next(g)
    print(g.send("deep"))
    del g, box


def throw_shallow():
    g = deep_then_shallow(2)
    next(g)
    g.send(1)
    g.send(2)
    try:
        g.throw(KeyError("k"))
    except KeyError as e:
        print("thrown back", repr(e))
    print(g.gi_frame)


def loops():
    g = nested_loops()
    print(next(g), g.send(1), g.send(2))
    print(next(g), next(g), next(g))
    print(next(g))
    g.close()
    g = nested_loops()
    for _ in range(4):
        next(g)
    print(next(g))
    try:
        g.close()
    except RuntimeError as e:
        print("RuntimeError", e)
    try:
        print(next(g, "done"))
    except GeneratorExit:
        print("GeneratorExit re-raised by the finally")
    print(next(g, "done"))


def many_rounds():
    total = 0
    for k in range(200):
        g = deep_then_shallow(k % 4 + 1)
        for v in g:
            if isinstance(v, int):
                total += v
            if k % 5 == 0:
                break
    print("rounds", total)


for label, body in [
    ("full", full),
    ("close_shallow", close_shallow),
    ("drop_shallow", drop_shallow),
    ("drop_deep", drop_deep),
    ("cycle_shallow", cycle_shallow),
    ("throw_shallow", throw_shallow),
    ("loops", loops),
    ("many_rounds", many_rounds),
]:
    run(label, body)
