# set mutation methods
s = {1, 2, 3}
s.add(4)
s.add(2)
print(sorted(s))
s.discard(10)
s.discard(1)
print(sorted(s))
s.remove(2)
print(sorted(s))
try:
    s.remove(99)
except KeyError as e:
    print(type(e).__name__, e)
s.update([7, 8], {9})
print(sorted(s))
s.intersection_update({3, 4, 7, 8, 100})
print(sorted(s))
s.difference_update([3])
print(sorted(s))
s.symmetric_difference_update({8, 11})
print(sorted(s))
s |= {20}
s &= {4, 7, 11, 20}
s -= {7}
s ^= {4, 5}
print(sorted(s))
c = s.copy()
c.add(0)
print(sorted(s), sorted(c))
popped = []
while s:
    popped.append(s.pop())
print(sorted(popped), s)
s.clear()
print(s, len(s))
try:
    s.pop()
except KeyError as e:
    print(type(e).__name__, e)
it = {1, 2, 3}
try:
    for x in it:
        it.add(x + 10)
except RuntimeError as e:
    print(type(e).__name__, e)
print(sorted(set(range(10)) - set(range(0, 10, 3))))
