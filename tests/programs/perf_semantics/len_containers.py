# len() and truth of exact dicts, sets, frozensets and bytearrays take fast
# paths (generated code reads an exact dict's length inline); subclasses
# that override __len__ or __bool__, and a rebound len, must still be used.
d = {}
for i in range(10):
    d[i] = i
    if len(d) % 3 == 0:
        print("dict len", len(d), bool(d))
del d[0]
print(len(d), not d, len({}), not {})
d.clear()
print(len(d), bool(d), "empty" if not d else "full")

s = set(range(5))
f = frozenset("abcab")
ba = bytearray(b"xyz")
print(len(s), len(f), len(ba), bool(set()), bool(frozenset()), bool(bytearray()))
s.discard(3)
ba.extend(b"!!")
print(len(s), len(ba))


class D(dict):
    def __len__(self):
        return 42


class S(set):
    def __bool__(self):
        return False


class F(frozenset):
    def __len__(self):
        return 7


dd = D(a=1)
print(len(dd), bool(dd), len(dict(dd)))
print(bool(S([1, 2])), len(S([1, 2])), len(F([1])))
if S([1]):
    print("S truthy")
else:
    print("S falsy")


class Bad(dict):
    def __len__(self):
        return -1


try:
    len(Bad())
except ValueError as e:
    print("ValueError:", e)

# A dict that changes size inside a loop that tests its length.
d = {0: 0}
n = 0
while len(d) < 50:
    d[len(d)] = n
    n += len(d)
print(n, len(d))

_len = len


def len(x):
    return -_len(x)


print(len({1: 2}), len([1, 2, 3]))
del len
print(len({1: 2, 3: 4}))
