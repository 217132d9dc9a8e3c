# __getitem__, __setitem__, __delitem__, __contains__, __missing__.
class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}

    def _check(self, key):
        if not isinstance(key, tuple) or len(key) != 2:
            raise TypeError(f"grid indices must be (x, y), not {type(key).__name__}")
        x, y = key
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError(f"cell {key} out of range")

    def __getitem__(self, key):
        self._check(key)
        return self.cells.get(key, ".")

    def __setitem__(self, key, value):
        self._check(key)
        self.cells[key] = value

    def __delitem__(self, key):
        self._check(key)
        del self.cells[key]

    def __contains__(self, value):
        return value in self.cells.values()

    def render(self):
        return "\n".join("".join(self[x, y] for x in range(self.w)) for y in range(self.h))


g = Grid(4, 2)
g[0, 0] = "#"
g[3, 1] = "@"
print(g.render())
print("@" in g, "!" in g)
del g[3, 1]
print("@" in g)
for bad in [(9, 9), 5]:
    try:
        g[bad]
    except (IndexError, TypeError) as e:
        print(type(e).__name__ + ":", e)


class Seq:
    def __getitem__(self, i):
        if isinstance(i, slice):
            return f"slice({i.start}, {i.stop}, {i.step})"
        if i >= 3:
            raise IndexError(i)
        return i * 10


s = Seq()
print(list(s), 20 in s, 25 in s)
print(s[1:5], s[::2], s[:-1])


class Defaults(dict):
    def __missing__(self, key):
        return f"<{key}>"


d = Defaults(a=1)
print(d["a"], d["b"], d.get("b"), "b" in d)
try:
    Seq()["x"] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    del Seq()[0]
except (TypeError, AttributeError) as e:
    print(type(e).__name__ + ":", e)
