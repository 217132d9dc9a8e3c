# `for a, b in ...`: FOR_ITER and UNPACK_SEQUENCE run as one step; dict
# items and enumerate hand over their pairs without a tuple. Every kind of
# iterator and every unpacking error must behave as two separate steps.


def pairs(it):
    out = []
    for a, b in it:
        out.append((a, b))
    return out


d = {"x": 1, "y": 2, "z": 3}
print(pairs(d.items()), pairs(reversed(d.items())), pairs(enumerate("abc")))
print(pairs(enumerate(["p", "q"], 10)), pairs(enumerate("ab", 2**70)), pairs(enumerate([], 5)))
print(pairs(zip("ab", [1, 2])), pairs([(1, 2), [3, 4], "xy", b"\x01\x02"]), pairs(((i, -i) for i in range(3))))
print(pairs({(1, 2): 0, (3, 4): 1}), pairs(map(lambda i: (i, i * i), range(3))))


class D(dict):
    pass


print(pairs(D(a=1).items()))


print(pairs(zip([1, 2, 3], "ab")), pairs(zip(iter([]), [1])), pairs(zip(range(2), range(5, 9))))
for args in [([1, 2], "abc"), ([1, 2, 3], "ab")]:
    try:
        print(pairs(zip(*args, strict=True)))
    except ValueError as e:
        print("ValueError:", e)
print(pairs(zip([1, 2], "ab", strict=True)))
z = zip("abc", "xyz")
print(next(z), pairs(z), list(z))


# Triples, and the nested target form.
for a, b, c in [(1, 2, 3), "xyz"]:
    print(a, b, c)
for i, (k, v) in enumerate(d.items()):
    print(i, k, v)

# Values may change during iteration; the size may not.
for k, v in d.items():
    d[k] = v * 10
print(d)
try:
    for k, v in d.items():
        d["new" + k] = v
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    for k, v in d.items():
        del d[k]
except RuntimeError as e:
    print("RuntimeError:", e)

# Unpacking errors, from every kind of iterator.
for bad in [[(1, 2, 3)], [(1,)], [5], [None], iter([[1, 2, 3]]), zip("ab")]:
    try:
        for a, b in bad:
            print("ok", a, b)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
for bad in [{"k": 1}.items(), enumerate("a")]:
    try:
        for a, b, c in bad:
            print("ok", a, b, c)
    except ValueError as e:
        print("ValueError:", e)


def failing():
    yield 1, 2
    raise KeyError("inside")


try:
    for a, b in failing():
        print("got", a, b)
except KeyError as e:
    print("KeyError:", e)


def gen_enum():
    yield "a"
    raise StopIteration  # becomes RuntimeError inside a generator


try:
    for i, x in enumerate(gen_enum()):
        print(i, x)
except RuntimeError as e:
    print("RuntimeError:", e)


class Stop:
    def __iter__(self):
        return self

    def __next__(self):
        raise StopIteration


print(pairs(enumerate(Stop())), pairs(Stop()))

# break/continue/else around the fused step.
for k, v in {"a": 1, "b": 2, "c": 3}.items():
    if v == 1:
        continue
    if v == 3:
        break
    print("body", k)
else:
    print("no break")
for i, ch in enumerate(""):
    print("never")
else:
    print("empty else")

# An uncaught unpacking error reports the for line.
table = {"one": 1}
for key, value, extra in table.items():
    print(key)
