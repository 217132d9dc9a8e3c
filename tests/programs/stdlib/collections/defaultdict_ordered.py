# defaultdict grouping/counting and OrderedDict as an LRU cache.
from collections import defaultdict, OrderedDict

words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
groups = defaultdict(list)
for w in words:
    groups[w[0]].append(w)
print(groups)
print(dict(groups), groups["z"], len(groups))
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(counts, sorted(counts.items()))
nested = defaultdict(lambda: defaultdict(int))
nested["x"]["y"] += 2
print(nested["x"]["y"], isinstance(nested, dict))
plain = defaultdict()
print(plain, plain.default_factory)
try:
    plain["missing"]
except KeyError as e:
    print("KeyError", e)
try:
    defaultdict(5)
except TypeError as e:
    print(e)
print(defaultdict(set, {"a": {1}}), groups.get("q"), "q" in groups)
c = counts.copy()
print(type(c).__name__, c == counts, c.default_factory)


class LRU(OrderedDict):
    def __init__(self, size):
        super().__init__()
        self.size = size

    def get_item(self, key):
        if key not in self:
            return None
        self.move_to_end(key)
        return self[key]

    def put(self, key, value):
        self[key] = value
        self.move_to_end(key)
        if len(self) > self.size:
            print("evict", self.popitem(last=False))


cache = LRU(2)
cache.put("a", 1)
cache.put("b", 2)
cache.get_item("a")
cache.put("c", 3)
print(list(cache.items()), repr(cache))

od = OrderedDict([("x", 1), ("y", 2), ("z", 3)])
od.move_to_end("x")
print(od)
od.move_to_end("z", last=False)
print(od, list(reversed(od)))
print(od.popitem(), od.popitem(last=False), od)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == {"b": 2, "a": 1})
print(OrderedDict(), OrderedDict.fromkeys("ab", 0))
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError", e)
try:
    od.move_to_end("nope")
except KeyError as e:
    print("KeyError", e)
