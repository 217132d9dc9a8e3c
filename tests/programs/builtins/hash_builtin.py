# hash() of ints, floats, strings, bytes, tuples (deterministic with PYTHONHASHSEED=0)
print(hash(0), hash(1), hash(-1), hash(-2), hash(42), hash(2 ** 61 - 1), hash(2 ** 61), hash(2 ** 100), hash(-(2 ** 100)))
print(hash(1.0), hash(1.5), hash(-0.5), hash(0.0), hash(-0.0), hash(1e300), hash(float("inf")), hash(float("-inf")))
print(hash(True), hash(False), hash(None) == hash(None))
print(hash(""), hash("a"), hash("abc"), hash("hello world"), hash("é"), hash("日本"))
print(hash(b""), hash(b"abc"), hash(b"abc") == hash("abc"))
print(hash(()), hash((1,)), hash((1, 2)), hash((1, (2, 3))), hash(("a", 1)), hash((0.5, True)))
print(hash(frozenset()), hash(frozenset({1, 2, 3})))
print(hash(1) == hash(1.0) == hash(True), hash((1, 2)) == hash((1.0, 2.0)), hash(3 + 0j) == hash(3))
print(hash(range(3)) == hash(range(3)), hash("x" * 100) == hash("x" * 100))
for obj in [[], {}, set(), bytearray()]:
    try:
        hash(obj)
    except TypeError as e:
        print(type(e).__name__, e)


class Key:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return self.v * 7

    def __eq__(self, other):
        return self.v == other.v


print(hash(Key(3)), hash(Key(-1)), {Key(1): "one"}[Key(1)])
