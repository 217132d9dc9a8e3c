# __call__, __repr__, __str__ and __format__.
class Multiplier:
    def __init__(self, k):
        self.k = k

    def __call__(self, x, *, twice=False):
        r = x * self.k
        return r * 2 if twice else r


triple = Multiplier(3)
print(triple(4), triple(4, twice=True), callable(triple), callable(Multiplier))
print(list(map(triple, [1, 2, 3])))


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __repr__(self):
        return f"Money({self.cents})"

    def __str__(self):
        return f"${self.cents / 100:.2f}"

    def __format__(self, spec):
        if spec == "":
            return str(self)
        if spec == "cents":
            return f"{self.cents}c"
        return format(self.cents / 100, spec)


m = Money(1234)
print(m, repr(m), str(m), [m])
print(f"{m}|{m!r}|{m:cents}|{m:>10.1f}|{m!s:>8}")
print(format(m, ".3f"), "{0:cents} {0}".format(m))


class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"


print(str(OnlyRepr()), f"{OnlyRepr()}")


class Default:
    pass


try:
    format(Default(), "d")
except TypeError as e:
    print("TypeError:", e)
print(format(Default(), "") == str(Default()))
try:
    Default()()
except TypeError as e:
    print("TypeError:", e)


class BadRepr:
    def __repr__(self):
        return 5


try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)
