# isinstance() of a small int is answered inline for int and the built-in
# types a small int is not an instance of; everything else asks the
# runtime (bool, object, numbers-like ABCs, tuples, subclasses, rebinding).
import sys


class MyInt(int):
    pass


class Meta(type):
    def __instancecheck__(cls, obj):
        print("Meta.__instancecheck__", obj)
        return obj == 7


class Seven(metaclass=Meta):
    pass


def kinds(v):
    return [
        isinstance(v, int),
        isinstance(v, float),
        isinstance(v, str),
        isinstance(v, list),
        isinstance(v, dict),
        isinstance(v, tuple),
        isinstance(v, set),
        isinstance(v, bool),
        isinstance(v, object),
        isinstance(v, MyInt),
        isinstance(v, (str, int)),
        isinstance(v, int | str),
        isinstance(v, Seven),
    ]


for v in [0, 7, -3, 2**62 - 1, -(2**62), 2**62, 2**100, True, False, 1.5, "7", [7], MyInt(7), None]:
    print(repr(v), kinds(v))

refs = sys.getrefcount(int)
for i in range(1000):
    isinstance(i, int)
    isinstance(i, dict)
print(sys.getrefcount(int) - refs, sys.getrefcount(dict) >= 2)

int_ = int
int = str
print(isinstance(5, int), isinstance("5", int))
int = int_
print(isinstance(5, int))
try:
    isinstance(5, 5)
except TypeError as e:
    print("TypeError:", e)
