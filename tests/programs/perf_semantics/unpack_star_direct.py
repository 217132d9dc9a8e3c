# Starred assignment from exact tuples and lists goes straight into the
# targets; other sequences, subclasses and short inputs keep CPython's
# behaviour and messages.
for seq in [(1, 2, 3, 4, 5), [1, 2, 3], (1, 2), [1, 2], ("a", "b", "c")]:
    a, *b, c = seq
    print(a, b, c)
    *d, e = seq
    f, *g = seq
    print(d, e, f, g)
    h, i, *j, k = seq if len(seq) >= 3 else seq + type(seq)([0])
    print(h, i, j, k)
x = [1, 2, 3]
first, *x, last = x
print(first, x, last)
y = [[1], [2], [3], [4]]
p, *q, r = y
q[0].append(9)
print(y, q is y, p is y[0])


class T(tuple):
    def __iter__(self):
        return iter("xyz")


class L(list):
    def __iter__(self):
        return iter("uvw")


for seq in [T((1, 2, 3, 4)), L([1, 2, 3, 4]), "abcd", range(4), {1: 2, 3: 4, 5: 6}]:
    a, *b, c = seq
    print(a, b, c)
for seq in [(), [], (1,), [1], T(()), L([1])]:
    try:
        a, *b, c = seq
    except ValueError as e:
        print("ValueError:", e)
try:
    a, b, *c, d, e = (1, 2, 3)
except ValueError as e:
    print("ValueError:", e)
try:
    a, *b = 5
except TypeError as e:
    print("TypeError:", e)
