# callable, id (compared only for equality), type identity
def f():
    return 1


class C:
    def method(self):
        pass


class WithCall:
    def __call__(self):
        return "called"


print(callable(f), callable(C), callable(C()), callable(WithCall()), callable(len), callable(5), callable("s"))
print(callable(C().method), callable(lambda: 0), callable(None), callable(print))
a = [1, 2]
b = a
c = [1, 2]
print(id(a) == id(b), id(a) == id(c), id(a) != id(c), type(id(a)).__name__)
x = None
print(id(x) == id(None), id(True) == id(1 == 1))
obj = C()
ids = {id(obj)}
ids.add(id(obj))
print(len(ids))
seen = {}
items = [a, b, c, a]
for item in items:
    seen.setdefault(id(item), 0)
    seen[id(item)] += 1
print(sorted(seen.values()))
print(ascii("naïve"), ascii(1), ascii([1, "é"]))
print(type(f).__name__, type(C).__name__, type(obj).__name__, type(len).__name__, type(obj.method).__name__)
