# Dict iterators of each kind (keys, values, items; forward and reversed;
# for loops with and without unpacking, comprehensions, builtins consuming
# them) over dicts with deleted entries, and the RuntimeErrors when the
# dict changes under them.

d = {k: k * k for k in range(12)}
for k in (0, 3, 4, 11):
    del d[k]
print(list(d), list(d.values()), list(d.items()))
print(list(reversed(d)), list(reversed(d.values())), list(reversed(d.items())))
print([k for k in d.keys()], [v for v in d.values()], [(k, v) for k, v in d.items()])
print(sum(d.values()), max(d), min(d.items()), sorted(d.values(), reverse=True)[:3])
print({v: k for k, v in d.items()})
it = iter(d.values())
print(next(it), next(it), list(it), list(it))
it = iter(d.items())
print(next(it), len(list(it)))
print(len(d.keys()), 5 in d.keys(), (5, 25) in d.items(), 25 in d.values())

# Values that are the only references to their objects outlive the loop.
objs = {i: [i] * 3 for i in range(5)}
vals = [v for v in objs.values()]
objs.clear()
print(vals)

# Iterating an emptied dict, and a dict emptied meanwhile.
e = {}
print(list(e), list(e.values()), list(e.items()), list(reversed(e.items())))
d2 = {"a": 1, "b": 2}
it = iter(d2.values())
print(next(it))
d2.clear()
try:
    next(it)
except RuntimeError as err:
    print("RuntimeError:", err)
try:
    next(it)
except RuntimeError as err:
    print("again RuntimeError:", err)
except StopIteration:
    print("StopIteration")

# Changed size during iteration, each kind.
for kind in ("keys", "values", "items"):
    d3 = {i: i for i in range(6)}
    try:
        for x in getattr(d3, kind)():
            if x == 2 or x == (2, 2):
                d3[100] = 100
    except RuntimeError as err:
        print(kind, "RuntimeError:", err)
    try:
        for x in getattr(d3, kind)():
            if x == 3 or x == (3, 3):
                del d3[0]
    except RuntimeError as err:
        print(kind, "RuntimeError:", err)

# Same size, different keys: detected at the end.
d4 = {i: i for i in range(4)}
try:
    for k in d4:
        if k == 1:
            del d4[3]
            d4[9] = 9
except RuntimeError as err:
    print("RuntimeError:", err)
print(d4)

# Replacing values keeps iterating.
d5 = {i: 0 for i in range(5)}
for k, v in d5.items():
    d5[k] = v + k
print(d5)
for v in d5.values():
    d5[0] = v
print(d5)

# Reversed iterators and changes.
d6 = {i: i for i in range(5)}
try:
    for k in reversed(d6):
        if k == 3:
            d6[10] = 10
except RuntimeError as err:
    print("reversed RuntimeError:", err)
r = reversed(d6.items())
print(next(r), next(r))


# Subclasses and views.
class D(dict):
    pass


sd = D(a=1, b=2, c=3)
del sd["b"]
print(list(sd.items()), list(sd.values()), [k for k in sd])
print(dict.fromkeys("abc", 0).items(), {}.items(), list(zip(d.values(), d)))
