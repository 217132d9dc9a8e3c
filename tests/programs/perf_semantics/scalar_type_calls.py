# int(x), str(x) and float(x) of the exact built-in types go straight to the
# conversion; subclasses, rebound names, user dunders and errors must still
# behave as in CPython.
import builtins

print(int(" 12 "), int("1_000"), int("\u0663"), int("-0"), int(3.9), int(-2.5), int(True))
print(float("nan"), float("inf"), float("-Infinity"), float(" 1.5\n"), float("1_0.5"), float(7))
print(str(12), str(-3), str(2.5), str(None), str("same"), str(b"b"), str([1, "a"]))
print(int(10**30), str(10**30), float(10**20), int("9" * 25))
s = "text"
print(str(s) is s, int(5) == 5)

for bad in (
    lambda: int("x"),
    lambda: int(""),
    lambda: int("1.5"),
    lambda: int(" 1 2 "),
    lambda: int(None),
    lambda: int([1]),
    lambda: float("abc"),
    lambda: float(""),
    lambda: float(None),
    lambda: int(float("nan")),
    lambda: int(float("inf")),
):
    try:
        bad()
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__ + ":", e)


class Idx:
    def __index__(self):
        return 7


class Num:
    def __int__(self):
        return 42

    def __float__(self):
        return 2.25

    def __str__(self):
        return "Num!"


class BadInt:
    def __int__(self):
        return "no"


class Trunc:
    def __trunc__(self):
        return 9


print(int(Idx()), int(Num()), float(Num()), str(Num()), float(Idx()))
try:
    int(BadInt())
except TypeError as e:
    print("TypeError:", e)
try:
    print(int(Trunc()))
except TypeError as e:
    print("TypeError:", e)


class S(str):
    def __str__(self):
        return "S.__str__"


class I(int):
    def __new__(cls, v):
        return super().__new__(cls, int(v) * 2)


class F(float):
    pass


print(str(S("abc")), type(str(S("abc"))).__name__, I("21"), type(I("21")).__name__)
print(int(S("15")), float(S("2.5")), F("1.25"), type(F("1.25")).__name__)
print(type(int(I(3))).__name__, int(I(3)), type(str(S("q"))).__name__)


class MyInt(int):
    def __new__(cls, v=0):
        return super().__new__(cls, 100)


def rebound():
    total = 0
    for t in ["1", "2"]:
        total += int(t)
    return total


print(rebound())
int = MyInt
print(rebound(), type(int("5")).__name__)
del int
print(rebound())
orig = builtins.str
builtins.str = lambda x: "patched"
print(str(5))
builtins.str = orig
print(str(5))


def loop():
    acc = []
    for i in range(5):
        acc.append(str(i) + str(float(str(i))) + str(int(str(i * 3))))
    return acc


print(loop())
