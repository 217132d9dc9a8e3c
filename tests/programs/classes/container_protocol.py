# Container protocol: __len__, __getitem__, __setitem__, __delitem__, __contains__, __iter__
class SparseList:
    def __init__(self, size, default=0):
        self.size = size
        self.default = default
        self.data = {}

    def __len__(self):
        return self.size

    def _check(self, i):
        if i < 0:
            i += self.size
        if not 0 <= i < self.size:
            raise IndexError("sparse index out of range")
        return i

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.size))]
        return self.data.get(self._check(i), self.default)

    def __setitem__(self, i, value):
        i = self._check(i)
        if value == self.default:
            self.data.pop(i, None)
        else:
            self.data[i] = value

    def __delitem__(self, i):
        self.data.pop(self._check(i), None)

    def __contains__(self, value):
        return value in self.data.values() or (value == self.default and len(self.data) < self.size)

    def __iter__(self):
        for i in range(self.size):
            yield self[i]


s = SparseList(10)
s[2] = 5
s[-1] = 9
s[4] = 0
print(len(s), s[2], s[3], s[9], list(s), s[1:5], s[::-3])
print(5 in s, 0 in s, 7 in s, len(s.data))
del s[2]
print(list(s), sum(s), max(s))
try:
    s[10]
except IndexError as e:
    print(type(e).__name__, e)


class Deck:
    def __init__(self):
        self.cards = [r + s for s in "SH" for r in "A23"]

    def __len__(self):
        return len(self.cards)

    def __getitem__(self, i):
        return self.cards[i]


d = Deck()
print(len(d), d[0], d[-1], d[1:3], list(d), "2H" in d, "9S" in d, list(reversed(d)))
for card in d:
    if card.startswith("3"):
        print("found", card)
