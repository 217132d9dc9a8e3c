# The truth of an arithmetic result tests the int tag first; every other
# kind of result (floats, big ints, strs, lists, objects with __bool__ or
# __len__, errors) is decided as before.


class B:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        return self.v

    def __bool__(self):
        raise RuntimeError("no truth")


class L:
    def __sub__(self, other):
        return self

    def __len__(self):
        return 0


def count(xs):
    n = 0
    for k in xs:
        if k % 2:
            n += 1
        if not k * 0:
            n += 10
        if k & 4:
            n += 100
    return n


print(count(range(10)))
print(count([10**30 + 1, 10**30, -3]))
for a, b in [(1.5, 1.5), (2.0, 1.0), ("a", ""), ("", ""), ([], []), ([1], []), (0, 0), (True, False),
             (10**20, -10**20), (B(None), 1), (B(0), 1), (B([1]), 1)]:
    if a + b:
        print("truthy", repr(a + b))
    else:
        print("falsy", repr(a + b))
l = L()
print("L", "yes" if l - 1 else "no")
try:
    if B(B(1)) + 1:
        print("?")
except RuntimeError as e:
    print("RuntimeError", e)
i = 7
while i - 3:
    i -= 1
print(i)
