# LOAD_METHOD proves that an instance dict can't shadow a class's method by
# walking the name's probe sequence in the dict. Instances with many
# attributes (long probe sequences, deleted entries) and shadowing keys that
# are equal but not identical strings must still find the right callable.


class C:
    def m(self):
        return "method"

    def n(self):
        return "n"


def call_all(objs):
    return [o.m() + "/" + o.n() for o in objs]


objs = []
for size in range(0, 60, 7):
    o = C()
    for i in range(size):
        setattr(o, "a%d" % i, i)
    for i in range(0, size, 3):
        delattr(o, "a%d" % i)
    objs.append(o)
print(call_all(objs))

# Shadow through keys built at run time (equal to "m", not the same object).
name = "".join(["", "m"])
for k, o in enumerate(objs):
    if k % 2:
        o.__dict__[name] = lambda k=k: "shadow%d" % k
print(call_all(objs))
for k, o in enumerate(objs):
    if k % 4 == 1:
        del o.__dict__[name]
print(call_all(objs))

# Shadowing by a non-callable instance attribute raises as in CPython.
objs[0].n = 5
try:
    call_all(objs)
except TypeError as e:
    print("TypeError:", e)
del objs[0].n
print(call_all(objs)[:2])
