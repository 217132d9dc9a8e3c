# Builtin type constructors with and without arguments
print(int(), float(), str(), bool(), list(), tuple(), dict(), set(), frozenset(), bytes(), complex())
print(int("7"), int(7.9), int(-7.9), int(True), int("0b11", 0), int(" 12 "), int("-0"))
print(float("2.5"), float(2), float("-inf"), float(" 1e3 "), float(True))
print(str(12), str(1.0), str(None), str([1, "a"]), str(b"x"), str("s"), str(1e100))
print(repr("a'b"), repr(1.5), repr([None]), repr(frozenset({1})), repr(range(2)))
print(bool(0), bool(""), bool([0]), bool("False"), bool(0.0), bool(-1))
print(list("ab"), list((1, 2)), list({"k": 1}), list(range(3)), list(x * 2 for x in range(3)))
print(tuple([1, 2]), tuple("ab"), tuple({1: 2}), tuple(range(0)))
print(dict(a=1), dict([("a", 1)]), dict({"a": 1}, b=2), dict(zip("ab", "xy")), dict.fromkeys("ab", 0))
print(sorted(set("hello")), set([1, 1, 2]), sorted(frozenset("aab")), set(range(3)))
print(complex(1, 2), complex("3-4j"), bytes(3), bytearray(b"ab"), type(int()), type(str()).__name__)
for ctor, arg in [(int, "1.5"), (float, "one"), (int, None), (list, 5), (dict, [1]), (complex, "1+")]:
    try:
        ctor(arg)
    except (ValueError, TypeError) as e:
        print(ctor.__name__, type(e).__name__, e)
print(int.__name__, float.__name__, type(None).__name__, type(...).__name__, type(NotImplemented).__name__)
