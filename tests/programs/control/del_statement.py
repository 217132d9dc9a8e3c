# del on names, list items, slices, dict keys and attributes
x = 10
del x
try:
    print(x)
except NameError as e:
    print(type(e).__name__, e)
a, b, c = 1, 2, 3
del a, b
print(c)
lst = list(range(10))
del lst[0]
del lst[-1]
del lst[2:4]
del lst[::2]
print(lst)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zzz"]
except KeyError as e:
    print(type(e).__name__, e)


class Thing:
    def __init__(self):
        self.size = 3
        self.color = "red"


t = Thing()
del t.color
print(hasattr(t, "color"), hasattr(t, "size"))
try:
    del t.color
except AttributeError as e:
    print(type(e).__name__, e)
nested = {"k": [1, 2, {"inner": 0}]}
del nested["k"][2]["inner"]
del nested["k"][0]
print(nested)


def f():
    local = 1
    del local
    try:
        return local
    except UnboundLocalError as e:
        return f"{type(e).__name__}: {e}"


print(f())
y = 5
for y in range(3):
    pass
del y
print("y" in dir())
