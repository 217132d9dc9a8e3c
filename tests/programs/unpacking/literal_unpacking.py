# * and ** inside list/tuple/set/dict displays
a = [1, 2]
b = (3, 4)
print([*a, *b], (*a, *b), [0, *a, 5, *b, 6], (*"hi",), [*range(3), *"ab"])
print(sorted({*a, *b, 2, 3}), {*()}, [*{"k": 1, "j": 2}])
d1 = {"a": 1, "b": 2}
d2 = {"b": 3, "c": 4}
print({**d1, **d2}, {**d2, **d1}, {**d1, "b": 99}, {"b": 99, **d1}, {**{}})
print({**d1, **dict(z=0), **{k: v * 10 for k, v in d2.items()}})
nested = [*[*a, *a], *[[*b]]]
print(nested)
first, *rest = [*a, *b]
print(first, rest)
defaults = {"host": "localhost", "port": 80, "tls": False}
user = {"port": 8443, "tls": True}
config = {**defaults, **user, "debug": False}
print(config)
print(len([*range(100), *range(50)]), (*[],), [*(x * x for x in range(4))])
try:
    print({**d1, **[1]})
except TypeError as e:
    print(type(e).__name__, e)
try:
    print([*5])
except TypeError as e:
    print(type(e).__name__, e)
