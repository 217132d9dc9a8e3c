# isinstance calls that miss the inline exact-type test: built-in
# subclasses, tuples of classes (nested), unions, metaclasses with
# __instancecheck__, objects claiming another __class__, bool/int.


class MyInt(int):
    pass


class MyList(list):
    pass


class Base:
    pass


class Derived(Base):
    pass


class Meta(type):
    def __instancecheck__(cls, inst):
        print("Meta.__instancecheck__", type(inst).__name__)
        return isinstance(inst, int)


class Checked(metaclass=Meta):
    pass


class Proxy:
    @property
    def __class__(self):
        return Derived


values = [0, True, 1.5, "s", [1], (1,), {1: 2}, None, MyInt(3), MyList(), Base(),
          Derived(), Proxy()]
classes = [int, bool, float, str, list, tuple, dict, object, MyInt, MyList, Base,
           Derived, (list, tuple), (float, (str, dict)), (), int | str, Checked,
           type(None)]
for v in values:
    row = []
    for c in classes:
        row.append("1" if isinstance(v, c) else ".")
    print(f"{type(v).__name__:8} {''.join(row)}")

print(isinstance(int, type), isinstance(Meta, type), isinstance(Checked, Meta))
print(isinstance(3, Checked), isinstance("x", Checked))
for bad in [3, "x", (int, 3), [int]]:
    try:
        isinstance(1, bad)
    except TypeError as ex:
        print("TypeError", ex)


def count(items):
    n = 0
    for x in items:
        if isinstance(x, int):
            n += 1
        elif isinstance(x, (list, tuple)):
            n += len(x)
        elif isinstance(x, Base):
            n += 100
    return n


print(count([1, True, MyInt(2), [1, 2], (3,), MyList([1]), Derived(), Proxy(), "no"]))
