# Fast paths for unpacking exact tuples/lists, resuming exact generators
# from builtins, isinstance on built-in instances, str equality, and
# one-byte split/count/replace/in: same results and errors as the generic
# protocol; subclasses keep their overrides.


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


class L(list):
    def __iter__(self):
        return iter(["L1", "L2"])


class T(tuple):
    def __iter__(self):
        return iter(("T1", "T2"))


def unpack2(v):
    a, b = v
    return a, b


def unpack3(v):
    a, b, c = v
    return a, b, c


show(lambda: unpack2((1, 2)))
show(lambda: unpack2([3, 4]))
show(lambda: unpack2(L([9, 9])))
show(lambda: unpack2(T((9, 9))))
show(lambda: unpack2((1, 2, 3)))
show(lambda: unpack2([1]))
show(lambda: unpack2([]))
show(lambda: unpack3("abc"))
show(lambda: unpack2({"k": 1, "j": 2}))
show(lambda: unpack2(5))
show(lambda: unpack2(None))
d = {"a": 1, "b": 2}
print([k + str(v) for k, v in d.items()])
pairs = [(i, i * i) for i in range(4)] + [[7, 8]]
print([x + y for x, y in pairs])
nested = [((1, 2), [3, 4])]
for (a, b), (c, e) in nested:
    print(a, b, c, e)

# generators consumed by builtins
def gen(n):
    for i in range(n):
        yield i
    return "done"


print(sum(gen(5)), list(gen(3)), max(gen(4)), "-".join(str(i) for i in gen(3)))
print(sorted(x * -1 for x in gen(4)), any(x > 2 for x in gen(4)), all(x < 2 for x in gen(4)))
g = gen(2)
print(next(g), next(g), next(g, "default"))
g = gen(1)
next(g)
try:
    next(g)
except StopIteration as e:
    print("stop", repr(e.value))


def boom():
    yield 1
    raise ValueError("inside")


show(lambda: sum(boom()))
show(lambda: list(boom()))


def stopper():
    yield 1
    raise StopIteration("x")


show(lambda: list(stopper()))
running = None


def reenter():
    yield next(running)


running = reenter()
show(lambda: list(running))


class MyGen:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n


print(sum(MyGen()), list(MyGen()))

# isinstance on built-in and user instances
class Fake:
    @property
    def __class__(self):
        return int


class Meta(type):
    def __instancecheck__(cls, inst):
        return inst == "magic"


class M(metaclass=Meta):
    pass


for v in [1, True, 1.5, "s", b"b", [], {}, (), None, Fake(), L(), "magic"]:
    print(type(v).__name__, isinstance(v, int), isinstance(v, (str, list)),
          isinstance(v, object), isinstance(v, M), isinstance(v, dict))
show(lambda: isinstance(1, 2))
show(lambda: isinstance(1, (int, 2)))

# str equality
class E(str):
    def __eq__(self, other):
        return True

    __hash__ = str.__hash__


a = "".join(["ab", "c"])
b = "abc"
print(a == b, a != b, a is b, a == "abd", a != "abd", a < "abd", "b" > a, "" == "", "é" == "é")
print(E("x") == "y", "y" == E("x"), "y" != E("x"), E("x") != "y")
print("abc" == 1, "abc" != None, [a] == [b], {a: 1} == {b: 1})

# one-byte patterns over non-ASCII text
text = "héllo, wörld, a,b,,c,é"
print(text.split(","), text.split(",", 2), text.rsplit(",", 1), text.count(","), text.count("é"))
print(text.replace(",", ";"), text.replace(",", "", 2), text.replace("é", "e"), text.count(",", 5, 12))
print(" a\tb\x1cc\u00a0d\u2003e  ".split(), "  x  y ".split(None, 1), "a b c".split(maxsplit=0))
print("".split(), "   ".split(), "x".split(","), ",".split(","), "a\x1fb\x0bc".split())
print("é" in text, "," in text, "ö" in "o", "x" in "", "" in "")
