# Rich comparisons, reflection and fallbacks.
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts

    def __le__(self, other):
        return self == other or self < other

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))


vs = [Version("1.10"), Version("1.2"), Version("0.9.1")]
print(sorted(vs))
print(max(vs), min(vs))
print(Version("1.2") == Version("1.2"), Version("1.2") != Version("1.3"))
print(Version("2.0") > Version("1.0"), Version("1.0") >= Version("1.0"))
print(Version("1.0") == "1.0", Version("1.0") != "1.0")
try:
    Version("1.0") < 3
except TypeError as e:
    print("TypeError:", e)


class Loud:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        print(f"Loud({self.n}).__eq__")
        return NotImplemented

    def __gt__(self, other):
        print(f"Loud({self.n}).__gt__")
        return self.n > other.n


x, y = Loud(1), Loud(2)
print(x == y)
print(x == x)
print(x < y)
print(x != y)


class Card:
    order = "23456789TJQKA"

    def __init__(self, r):
        self.r = r

    def __eq__(self, o):
        return self.r == o.r

    def __lt__(self, o):
        return self.order.index(self.r) < self.order.index(o.r)

    def __gt__(self, o):
        return o < self

    def __le__(self, o):
        return not o < self

    def __ge__(self, o):
        return not self < o


print(Card("K") > Card("9"), Card("2") >= Card("3"), Card("A") <= Card("A"))
print(sorted("KA2T", key=Card) == ["2", "T", "K", "A"])
