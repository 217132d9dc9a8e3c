# type() for inspection and comparison
values = [1, 1.5, "s", b"b", None, True, [1], (1,), {1: 1}, {1}, frozenset(), 1j, range(1), len, type, print]
for v in values:
    print(type(v).__name__, type(v) is type(v), isinstance(v, type(v)))
print(type(1) == int, type(True) == int, type(True) == bool, type(type(1)) is type)
print(type("") is str, type(str) is type, type(None)() is None)


class Animal:
    pass


class Dog(Animal):
    pass


d = Dog()
print(type(d) is Dog, type(d) is Animal, isinstance(d, Animal), type(d).__name__, type(d).__bases__[0].__name__)
print(type(d)() is not d, type(d).__mro__[-1].__name__)
counts = {}
for v in [1, "a", 2, 3.0, "b", None, [], 4]:
    counts[type(v).__name__] = counts.get(type(v).__name__, 0) + 1
print(counts)
print(int("5") + type(5)("6"), type("x")(123) + "!", type([])("ab"))
