# Mutating dicts while iterating: errors and safe patterns
d = {i: i * i for i in range(6)}
try:
    for k in d:
        if k % 2:
            del d[k]
except RuntimeError as e:
    print(type(e).__name__, e)
print(d)
d = {i: i * i for i in range(6)}
for k in list(d):
    if k % 2:
        del d[k]
print(d)
try:
    for k in d:
        d[k + 100] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
d = {"a": 1, "b": 2}
for k in d:
    d[k] *= 10
print(d)
filtered = {k: v for k, v in d.items() if v > 10}
print(filtered)
lst = [1, 2, 3, 4, 5, 6]
for x in lst:
    if x % 2 == 0:
        lst.remove(x)
print(lst)
lst = [1, 2, 3, 4, 5, 6]
lst = [x for x in lst if x % 2]
print(lst)
inventory = {"apples": 0, "pears": 3, "plums": 0, "kiwis": 7}
for fruit in [f for f, n in inventory.items() if n == 0]:
    inventory.pop(fruit)
print(inventory)
