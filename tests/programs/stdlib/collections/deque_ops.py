# deque: a sliding window, a BFS queue and the common error cases.
from collections import deque

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], d[2])
d.extend([5, 6])
d.extendleft("ab")
print(d)
print(d.pop(), d.popleft(), d)
d.rotate(2)
print("rotate 2:", d)
d.rotate(-3)
print("rotate -3:", d)
d[1] = "x"
del d[0]
print(d, "x" in d, 99 in d, d.count("x"), d.index("x"))
d.insert(1, "ins")
d.remove("ins")
d.reverse()
print(d, list(reversed(d)))

window = deque(maxlen=3)
for i in range(6):
    window.append(i)
    print("window", list(window), sum(window) / len(window))
print(window, window.maxlen)
window.appendleft(-1)
print(window)

graph = {"a": ["b", "c"], "b": ["d"], "c": ["d", "e"], "d": ["f"], "e": ["f"], "f": []}
seen = {"a": 0}
queue = deque(["a"])
while queue:
    node = queue.popleft()
    for nxt in graph[node]:
        if nxt not in seen:
            seen[nxt] = seen[node] + 1
            queue.append(nxt)
print(seen)

print(deque() == deque([]), deque([1, 2]) == deque([1, 2]), deque([1]) < deque([2]))
print(deque([1, 2]) + deque([3]), deque([1, 2]) * 2, bool(deque()), repr(deque()))
e = deque([1, 2, 3], 2)
print(e, e.copy())
for bad in (lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1])[5],
            lambda: deque([1]).remove(7), lambda: deque([1]).index(7),
            lambda: deque([1], maxlen=1).insert(0, 2), lambda: deque(maxlen=-1)):
    try:
        bad()
    except (IndexError, ValueError) as exc:
        print(type(exc).__name__, exc)
try:
    hash(deque())
except TypeError:
    print("unhashable")
m = deque([1, 2, 3])
try:
    for x in m:
        m.append(x)
except RuntimeError as exc:
    print("RuntimeError", exc)
