# Rich comparison methods and sorting custom objects
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))
        self.text = text

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __le__(self, other):
        return self.parts <= other.parts

    def __gt__(self, other):
        return self.parts > other.parts

    def __ge__(self, other):
        return self.parts >= other.parts

    def __repr__(self):
        return f"v{self.text}"


versions = [Version(v) for v in ["1.10.0", "1.2.3", "1.2.10", "0.9", "1.2.3", "2.0"]]
print(sorted(versions))
print(sorted(versions, reverse=True))
print(max(versions), min(versions))
a, b = Version("1.2"), Version("1.10")
print(a < b, a > b, a <= b, a >= b, a == Version("1.2"), a != b)


class OnlyLt:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return self.v < other.v

    def __repr__(self):
        return f"L{self.v}"


items = [OnlyLt(3), OnlyLt(1), OnlyLt(2)]
print(sorted(items), OnlyLt(5) > OnlyLt(4))
try:
    OnlyLt(1) <= OnlyLt(2)
except TypeError as e:
    print(type(e).__name__, e)


class Card:
    RANKS = "23456789TJQKA"

    def __init__(self, code):
        self.rank, self.suit = code[0], code[1]

    def __lt__(self, other):
        return (self.RANKS.index(self.rank), self.suit) < (self.RANKS.index(other.rank), other.suit)

    def __repr__(self):
        return self.rank + self.suit


hand = [Card(c) for c in "KS 2H TD AH 2C 9S".split()]
print(sorted(hand), max(hand))
