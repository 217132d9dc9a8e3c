# LRU cache built on dict insertion order, with statistics and a cached function
class LRUCache:
    def __init__(self, capacity):
        if capacity <= 0:
            raise ValueError("capacity must be positive")
        self.capacity = capacity
        self.data = {}
        self.hits = self.misses = self.evictions = 0

    def get(self, key, default=None):
        if key in self.data:
            value = self.data.pop(key)
            self.data[key] = value
            self.hits += 1
            return value
        self.misses += 1
        return default

    def put(self, key, value):
        if key in self.data:
            self.data.pop(key)
        elif len(self.data) >= self.capacity:
            oldest = next(iter(self.data))
            del self.data[oldest]
            self.evictions += 1
        self.data[key] = value

    def __contains__(self, key):
        return key in self.data

    def __len__(self):
        return len(self.data)

    def __repr__(self):
        return f"LRU({list(self.data.items())})"

    def stats(self):
        total = self.hits + self.misses
        rate = self.hits / total if total else 0.0
        return f"hits={self.hits} misses={self.misses} evictions={self.evictions} hit-rate={rate:.1%}"


cache = LRUCache(3)
for k, v in [("a", 1), ("b", 2), ("c", 3)]:
    cache.put(k, v)
print(cache)
print(cache.get("a"), cache)
cache.put("d", 4)
print(cache, "b" in cache)
cache.put("c", 30)
cache.put("e", 5)
print(cache, cache.get("b", "gone"), len(cache))
print(cache.stats())


def cached(capacity):
    def deco(fn):
        store = LRUCache(capacity)

        def wrapper(n):
            sentinel = object()
            result = store.get(n, sentinel)
            if result is sentinel:
                result = fn(n)
                store.put(n, result)
            return result

        wrapper.cache = store
        return wrapper
    return deco


@cached(capacity=50)
def stairs(n):
    if n < 0:
        return 0
    if n == 0:
        return 1
    return stairs(n - 1) + stairs(n - 2) + stairs(n - 3)


print(stairs(30), stairs.cache.stats())
print(stairs(30), stairs.cache.stats())
pattern = [1, 2, 3, 1, 2, 4, 1, 5, 2, 1, 3, 6, 1, 2]
small = LRUCache(2)
for key in pattern:
    if small.get(key) is None:
        small.put(key, key * key)
print(small, small.stats())
try:
    LRUCache(0)
except ValueError as e:
    print(type(e).__name__, e)
