# A for loop's sequence iterator that ends while the loop holds its only
# reference is released inline; iterators with other references take the
# runtime's path, which leaves them exhausted for good (CPython's state).


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def run(seq):
    for x in seq:
        print("item", x.name)
    print("loop done")


run((Noisy("a"), Noisy("b")))
print("after tuple")


def fresh():
    # the loop holds the only reference: its end releases the tuple
    for x in (Noisy("e"), Noisy("f")):
        print("item", x.name)
    print("fresh done, x is", x.name)
    for x in [Noisy("g"), Noisy("h")]:
        print("item", x.name)
    print("fresh list done, x is", x.name)


fresh()
print("after fresh")
run([Noisy("c")])
print("after list")

# escaped iterators stay exhausted
items = [1, 2]
it = iter(items)
for x in it:
    print(x)
items.append(3)
print(list(it), next(it, "end"))
t = (4, 5)
it = iter(t)
for x in it:
    pass
print(list(it), x)
s = "ab"
it = iter(s)
for ch in it:
    pass
print(list(it), ch)
r = iter(range(3))
for i in r:
    pass
print(list(r), i)

# an iterator saved during the loop
saved = []
for x in [10, 20]:
    if not saved:
        saved.append(None)
print(saved)
keep = []
lst = [1, 2, 3]
for x in (it := iter(lst)):
    keep.append(it)
lst.append(4)
print(x, list(keep[0]))

# nested loops over the same tuple, empty sequences, break and else
T = (1, 2, 3)
pairs = [(a, b) for a in T for b in T if a < b]
print(pairs)
for x in ():
    print("never")
else:
    print("empty else")
for x in []:
    pass
for a, b in [(1, 2), (3, 4)]:
    print(a + b)
for a, b in ((5, 6),):
    print(a * b)
for x in range(0):
    print("never")
print(sum(x for x in range(5)), [c for c in "xyz"])
for i in range(3):
    for j in range(i):
        pass
print(i, j)


def gen_loop():
    for x in (1, 2):
        yield x
    for y in [3]:
        yield y


print(list(gen_loop()))
