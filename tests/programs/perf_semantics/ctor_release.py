# Class calls release what the stack held: the class, and the arguments
# an inlined or entered __init__ did not keep. Reference counts of the
# class and of the arguments must come back exactly, whichever path ran
# (an inlined __init__ that stores some arguments, one entered as a
# frame, classes of the same name with different __init__ bodies).
import sys


class Keep1:
    def __init__(self, a, b):
        self.a = a


class Keep2:
    def __init__(self, a, b):
        self.a = a
        self.b = b


class Entered:
    def __init__(self, a, b):
        self.a = len([a])
        self.b = b


def make(kind):
    if kind == 0:
        class Same:
            def __init__(self, x, y):
                self.x = x
    else:
        class Same:
            def __init__(self, x, y):
                self.y = y
                self.x = x
    return Same


def counts(*objs):
    return [sys.getrefcount(o) for o in objs]


def build(n, a, b):
    kept = []
    for i in range(n):
        kept.append(Keep1(a, b))
        kept.append(Keep2(a, b))
        kept.append(Entered(a, b))
    return kept


# (The first calls fill caches, which may hold references of their own.)
a, b = object(), object()
build(300, a, b)
before = counts(Keep1, Keep2, Entered, a, b)
kept = build(300, a, b)
after = counts(Keep1, Keep2, Entered, a, b)
print("growth", [y - x for x, y in zip(before, after)])
kept.clear()
print("released", [y - x for x, y in zip(before, counts(Keep1, Keep2, Entered, a, b))])

classes = [make(0), make(1)]
x, y = object(), object()
objs = [classes[i % 2](x, y) for i in range(400)]
del objs
before = counts(x, y)
objs = [classes[i % 2](x, y) for i in range(400)]
print("same-name growth", [q - p for p, q in zip(before, counts(x, y))])
print("fields", sorted(vars(objs[0])), sorted(vars(objs[1])))
del objs
print("same-name released", [q - p for p, q in zip(before, counts(x, y))])


class Tracked:
    alive = 0

    def __init__(self):
        Tracked.alive += 1

    def __del__(self):
        Tracked.alive -= 1


for i in range(100):
    Keep1(Tracked(), Tracked())
print("tracked alive", Tracked.alive)
k = Keep2(Tracked(), Tracked())
print("tracked alive", Tracked.alive)
del k
print("tracked alive", Tracked.alive)


def temp_class_call():
    class Local:
        def __init__(self, v, w):
            self.v = v
    r = None
    for i in range(50):
        r = Local(i, str(i))
    return r.v, sys.getrefcount(Local) - sys.getrefcount(Keep1) < 100


print("local", temp_class_call())
