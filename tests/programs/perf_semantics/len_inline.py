# len() of exact lists and tuples is read inline when the callable is the
# built-in len; everything else goes through the call.
import builtins


class L(list):
    def __len__(self):
        return 42


class T(tuple):
    pass


def lengths(xs):
    return [len(x) for x in xs]


print(lengths([[], [1, 2], (), (1,), L([1]), T((1, 2, 3)), "abc", {1: 2}, range(5)]))
for bad in (5, None, 2.5):
    try:
        len(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    len()
except TypeError as e:
    print("TypeError:", e)
try:
    len([], [])
except TypeError as e:
    print("TypeError:", e)

xs = [1, 2, 3]
n = 0
while len(xs) < 10:
    xs.append(len(xs))
    n += 1
print(n, xs)


def shadowed():
    len = lambda x: "local len"
    return len([1])


print(shadowed())
real_len = builtins.len
builtins.len = lambda x: "patched"
print(lengths([[1], (2,)]))
builtins.len = real_len
print(lengths([[1], (2,)]))
