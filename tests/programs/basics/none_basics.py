# None: identity, truthiness, default return values
def nothing():
    pass


def early(x):
    if x > 0:
        return
    return x


print(None, repr(None), str(None), type(None).__name__)
print(nothing(), nothing() is None, early(5), early(-5))
x = None
print(x is None, x is not None, x == None, x != None)
print(bool(None), not None)
items = [3, None, 1, None, 2]
print([i for i in items if i is not None])
print(items.count(None), items.index(None))
d = {"a": 1}
print(d.get("b"), d.get("b") is None, d.get("a"))
result = None
for value in [4, 8, 15]:
    if result is None or value > result:
        result = value
print(result)
print(None or "default", None and "never", [None] * 3)
print({None: "none key"}[None])
try:
    None + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    None < 1
except TypeError as e:
    print(type(e).__name__, e)
print(print("inner") is None)
