# isinstance() where the object's type is built in and the class's metaclass
# is exactly `type`: misses and hits through the MRO (bool < int, subclasses
# of built-ins, object), tagged and big ints, classes that are not types,
# tuples and unions, metaclasses with __instancecheck__, and errors.
class MyInt(int):
    pass


class Meta(type):
    def __instancecheck__(cls, inst):
        return inst == "magic"


class Magic(metaclass=Meta):
    pass


values = [0, 7, -(2**70), 2**100, True, False, None, 1.5, "s", "caf\u00e9", b"b",
          [], (), {}, set(), frozenset(), range(3), MyInt(5), object(), len, int]
classes = [int, bool, float, str, bytes, list, tuple, dict, set, frozenset,
           range, object, MyInt, type, Magic]
for val in values:
    print(type(val).__name__, repr(val)[:12] if not isinstance(val, object) or type(val) in (int, bool, float, str, bytes) else "", "".join("1" if isinstance(val, c) else "0" for c in classes))

print(isinstance("magic", Magic), isinstance("other", Magic))
print(isinstance(3, (str, int)), isinstance(3, str | float), isinstance(3.0, str | float))
print(isinstance(True, (float, (str, int))))
for bad in (3, "int", [int]):
    try:
        isinstance(1, bad)
    except TypeError as e:
        print("TypeError:", e)
hits = 0
for i in range(1000):
    v = (i, str(i), float(i), [i], None)[i % 5]
    hits += isinstance(v, int) + 2 * isinstance(v, str) + 4 * isinstance(v, object)
print(hits)
