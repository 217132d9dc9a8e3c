# sys.getsizeof of sets grows with the hash table as CPython's does:
# 216 bytes while the table is the 8 slots kept inside the object, then
# 216 + 16 bytes per slot.
import sys


def grown(n):
    s = set()
    for i in range(n):
        s.add(i)
    return s


for n in [0, 1, 4, 5, 6, 18, 19, 20, 50, 76, 77, 100, 300, 1000]:
    print(n, sys.getsizeof(grown(n)), sys.getsizeof(set(range(n))),
          sys.getsizeof(frozenset(range(n))), sys.getsizeof(set(list(range(n)))))

# strs and tuples as keys
print(sys.getsizeof({str(i) for i in range(30)}))
print(sys.getsizeof(set((i, i) for i in range(30))))

# removing items keeps the table; clear() returns to the small table
s = grown(100)
for i in range(100):
    s.discard(i)
print(len(s), sys.getsizeof(s))
s = grown(100)
s.clear()
print(len(s), sys.getsizeof(s))
s = grown(10)
while s:
    s.pop()
print(len(s), sys.getsizeof(s))

# copies and set operations
a = grown(40)
b = set(range(20, 60))
print(sys.getsizeof(a.copy()), sys.getsizeof(a | b), sys.getsizeof(a & b),
      sys.getsizeof(a - b), sys.getsizeof(a ^ b))
c = set()
c.update(a)
print(sys.getsizeof(c))
c |= b
print(sys.getsizeof(c))
print(sys.getsizeof(frozenset()), sys.getsizeof(frozenset(a)))
x = 5
print(sys.getsizeof({1, 2, 3, 4, 5}), sys.getsizeof({1, 2, 3, 4, x}), sys.getsizeof({x, x + 1, x + 2, x + 3, x + 4, x + 5}))
