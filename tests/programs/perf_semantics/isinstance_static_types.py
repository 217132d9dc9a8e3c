# isinstance() of instances of built-in types against classes whose
# metaclass is exactly `type` is answered from the instance type's MRO;
# everything else (metaclasses with __instancecheck__, tuples, unions,
# heap types claiming another __class__) keeps the full protocol.
import collections.abc


def kinds(value):
    out = []
    for cls in (int, float, str, list, dict, tuple, bool, object, type, Exception, LookupError):
        out.append(isinstance(value, cls))
    return "".join("1" if b else "0" for b in out)


values = [0, 2**70, -3, 1.5, "s", "", [1], {}, (), (1,), True, False, None,
          int, str, ValueError("x"), KeyError("k"), IndexError(), range(3), b"b", {1}, 1j]
for value in values:
    print(type(value).__name__, kinds(value))


class Meta(type):
    def __instancecheck__(cls, inst):
        print("instancecheck", cls.__name__, repr(inst))
        return inst == "yes"


class Checked(metaclass=Meta):
    pass


print(isinstance("yes", Checked), isinstance("no", Checked), isinstance(3, Checked))
print(isinstance("s", (int, str)), isinstance(1.0, (int, list)), isinstance(1.0, int | float))
print(isinstance([], collections.abc.Sequence), isinstance({}, collections.abc.Sequence))
print(isinstance({}, collections.abc.Mapping), isinstance("x", collections.abc.Hashable))


class MyStr(str):
    pass


class Liar:
    @property
    def __class__(self):
        return str


print(isinstance(MyStr("a"), str), isinstance(MyStr("a"), MyStr), isinstance("a", MyStr))
print(isinstance(Liar(), str), isinstance(Liar(), Liar), isinstance(Liar(), int))

try:
    isinstance("x", 3)
except TypeError as e:
    print("TypeError:", e)
try:
    isinstance("x", "str")
except TypeError as e:
    print("TypeError:", e)

hits = 0
for i in range(3000):
    v = [i, str(i), float(i), [i], {i: i}, (i,), None][i % 7]
    if isinstance(v, int):
        hits += 1
    elif isinstance(v, float):
        hits += 2
    elif isinstance(v, str):
        hits += 3
    elif isinstance(v, list):
        hits += 4
    elif isinstance(v, dict):
        hits += 5
    elif isinstance(v, object):
        hits += 6
print(hits)
