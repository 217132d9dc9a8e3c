# Module-level code reads and writes names through global sites (locals
# are the globals): loops, rebinding, shadowing builtins, del, globals()
# mutation, imports, class bodies, finalizers that rebind, monkeypatched
# builtins.
import builtins


class C:
    def __init__(self):
        self.b = 2

    def get(self):
        return self.b


def f(c):
    return c.get()


c = C()
t = 0
for i in range(1000):
    t += f(c)
print("loop", t, i)

# Shadowing a builtin by a module global mid-loop, then un-shadowing.
out = []
for i in range(6):
    out.append(len("abc"))
    if i == 1:
        def len(x):
            return -1
    if i == 3:
        del len
print("shadow", out)

# A NameError at module level, then the name bound.
for i in range(3):
    try:
        print("maybe", maybe_defined)
    except NameError as e:
        print("NameError:", e, e.name)
        maybe_defined = i * 10
del maybe_defined
try:
    maybe_defined
except NameError as e:
    print("after del:", e)
try:
    del maybe_defined
except NameError as e:
    print("del twice:", e)

# globals() writes are seen by later loads and stores.
counter = 0
for i in range(5):
    counter += 1
    if i == 2:
        globals()["counter"] = 100
print("counter", counter)

g = globals()
for i in range(4):
    g["dyn_" + str(i)] = i
    value = 0
    for j in range(i + 1):
        value += g["dyn_" + str(j)]
    print("dyn", i, value)
print(dyn_0, dyn_1, dyn_2, dyn_3)
g.update({"counter": -5, "fresh": "new"})
print("update", counter, fresh)
counter += 1
print("after update", counter, g["counter"])


# A callee rebinding the global being looped over.
def bump():
    global total
    total += 10


total = 0
for i in range(5):
    total += 1
    bump()
print("total", total)


# A finalizer that rebinds the global whose old value it is.
class Fin:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        global held, log
        log = log + [self.name]
        if self.name == "a":
            held = "rebound by __del__"


log = []
held = Fin("a")
held = Fin("b")
print("fin", held if isinstance(held, str) else held.name, log)
held = 5
print("fin2", held, log)

# Many globals added while a loop runs (dict resizes under the sites).
acc = 0
for i in range(40):
    globals()["many_%d" % i] = i
    acc += i
    acc += len([i])
print("many", acc, many_39)

# Imports bind names at module level.
for i in range(2):
    import math as m
    print("import", m.floor(2.5 + i))
from math import sqrt
print("sqrt", sqrt(16.0))

# Class bodies read the class namespace first, then module names.
shared = "module"


class K:
    print("class sees", shared)
    shared = "class"
    print("class sees", shared)
    for q in range(2):
        shared = shared + "!"
    print("class sees", shared, q)
    other = len("xy")


print("module sees", shared, K.shared, K.other)

# Monkeypatching a builtin through the builtins module.
saved = builtins.abs
for i in range(4):
    if i == 2:
        builtins.abs = lambda x: "patched"
    print("abs", abs(-3))
builtins.abs = saved
print("abs restored", abs(-3))

# A global shadowing a builtin read from a function, then deleted.
def use_len():
    return len("hello")


print("use_len", use_len())
len = lambda x: 42
print("use_len", use_len())
del len
print("use_len", use_len())

# Rebinding to values of other types and to itself.
x = 1
for i in range(6):
    x = x * 2 if isinstance(x, int) else x + "a"
    if i == 3:
        x = "s"
print("x", x)
x = x
print("x", x)

# Deleting a name, then storing it again.
y = 1
del y
y = 2
y += 1
print("y", y)

# globals().clear() drops everything, including the names used here;
# builtins stay reachable.
saved_print = print
keep = 1
globals().clear()
saved_print_missing = True
try:
    saved_print("never")
except NameError as e:
    print("cleared:", e)
print("after clear", saved_print_missing)
