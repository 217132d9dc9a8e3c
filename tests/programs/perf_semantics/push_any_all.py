# any()/all() of a fresh generator expression pass over False/True items
# inline; the deciding item, non-bool items (truth through __bool__ /
# __len__), errors and early stops behave as in CPython.

log = []


class T:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        log.append(("bool", self.v))
        return self.v


class L:
    def __len__(self):
        log.append("len")
        return 0


class Bad:
    def __bool__(self):
        raise ValueError("no truth")


def gen_log(xs):
    for x in xs:
        log.append(("gen", x))
        yield x


print(any(x > 5 for x in range(10)), any(x > 50 for x in range(10)))
print(all(x < 5 for x in range(10)), all(x < 50 for x in range(10)))
print(any(x for x in []), all(x for x in []))
print(any(x for x in [False, False, 0, None, "", True]))
print(all(x for x in [True, True, 1, "a", 0.0, True]))
print(any(T(v) for v in [False, False, True, False]), log)
log.clear()
print(all(T(v) for v in [True, True, False, True]), log)
log.clear()
print(any(L() for _ in range(3)), log)
log.clear()
# Stops early: the rest of the generator never runs.
print(any(x == 2 for x in gen_log([0, 1, 2, 3, 4])), log)
log.clear()
print(all(x != 2 for x in gen_log([0, 1, 2, 3, 4])), log)
log.clear()
try:
    any(Bad() for _ in range(2))
except ValueError as e:
    print("ValueError", e)
try:
    all(x / (x - 3) > -10 for x in range(5))
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)


def stop_inside():
    return any(next(iter([])) for _ in range(2))


try:
    stop_inside()
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__)
g = (x > 3 for x in range(6))
print(next(g), any(g), list(g))
g = (x < 3 for x in range(6))
print(all(g), list(g))
n = 1000
print(sum(1 for i in range(n) if any(i % k == 0 for k in (7, 11, 13))))
print(sum(1 for i in range(n) if all(i % k for k in (2, 3, 5))))
print(any(x is True for x in (False, True)), all([x for x in (True, 1)]))
