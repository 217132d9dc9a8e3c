# FOR_ITER steps tuple iterators inline: the edges of that path.
import operator

t = (1, "two", 3.0, None, (5,))
print([x for x in t])
it = iter(t)
for x in it:
    if x == "two":
        print("skip", next(it))
    print("got", x)
print(operator.length_hint(it), list(it), list(it))
it = iter((1, 2, 3))
print(next(it), list(it))
for x in it:
    print("never", x)

# Tuples whose items are released while iterated hold their items.
def items():
    return tuple([i] for i in range(4))

for lst in items():
    lst.append(0)
    print(lst)

# Subclasses of tuple and empty tuples.
class T(tuple):
    def __iter__(self):
        return iter(("overridden",))

print([x for x in T((1, 2))], [x for x in ()], [x for x in tuple(range(3))])
total = 0
for a, b in ((1, 2), (3, 4), (5, 6)):
    total += a * b
print(total)
gen = (x * 2 for x in (1, 2, 3))
print(list(gen))
