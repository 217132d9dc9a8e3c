# `xs.pop()` and `xs.pop(i)` on an exact list call the runtime's list.pop
# directly. Subclasses overriding pop, other classes with a pop method,
# bad indexes and the error messages must behave as in CPython.


class Stack(list):
    def pop(self, *args):
        print("Stack.pop", args)
        return super().pop(*args)


class Index:
    def __init__(self, i):
        self.i = i

    def __index__(self):
        return self.i


class Pops:
    def pop(self, i=7):
        return ("Pops.pop", i)


def drain(xs):
    out = []
    while xs:
        out.append(xs.pop())
    return out


xs = [1, 2, 3, 4, 5, 6]
print(xs.pop(), xs.pop(0), xs.pop(-2), xs.pop(1), xs)
print(xs.pop(Index(0)), xs, xs.pop(True) if len(xs) > 1 else xs.pop())
print(drain([10, 20, 30]), drain(Stack([1, 2])))
s = Stack([5, 6, 7])
print(s.pop(), s.pop(0), s)
print(Pops().pop(), Pops().pop(3))
for bad in ([], [1]):
    for args in ((), (5,), (-5,), ("x",), (1.5,), (2**70,)):
        try:
            print(bad.pop(*args))
        except (IndexError, TypeError, OverflowError) as exc:
            print(type(exc).__name__ + ":", exc)
try:
    [1, 2].pop(0, 1)
except TypeError as exc:
    print("TypeError:", exc)
pop = [4, 5, 6].pop
print(pop(), pop(0))
nested = [[1, 2], [3]]
print(nested.pop().pop(), nested[0].pop(0), nested)
items = [object() for _ in range(3)]
while items:
    items.pop(0)
print(items)
