# Counter: word frequencies, most_common ordering, arithmetic and updates.
from collections import Counter

text = "the quick brown fox jumps over the lazy dog the fox"
c = Counter(text.split())
print(c)
print(c.most_common(3))
print(c["the"], c["missing"], len(c), c.total())
letters = Counter("abracadabra")
print(letters.most_common())
print(sorted(letters.elements()))
a = Counter(a=3, b=1, c=0)
b = Counter(a=1, b=2, d=4)
print(a + b, a - b, a | b, a & b)
print(+Counter(x=2, y=-1), -Counter(x=2, y=-1))
a.update("aab")
print(a)
a.subtract({"a": 10})
print(a)
a.update({"z": 5})
print(a, dict(a))
del a["nothing"]
del a["z"]
print(a)
inv = Counter(apples=3)
inv += Counter(apples=2, pears=1)
inv -= Counter(pears=5)
print(inv)
print(Counter(), Counter("aab") == Counter("aba"), Counter(a=1) == Counter(a=1, b=0))
print(Counter("ab") <= Counter("aabb"), Counter("abc") < Counter("ab"))
print(isinstance(c, dict), sorted(Counter("hello").keys()))
try:
    Counter.fromkeys("abc")
except NotImplementedError as e:
    print(e)
votes = Counter()
for v in ["b", "a", "c", "a", "b", "d"]:
    votes[v] += 1
print(votes.most_common(2), votes.most_common(0), votes.most_common(10))
