# Identity (is) and membership (in) operators
a = [1, 2, 3]
b = a
c = [1, 2, 3]
print(a is b, a is c, a == c, a is not c)
b.append(4)
print(a, a is b)
print(None is None, True is True, (1 == 1) is True)
print(3 in a, 9 in a, 9 not in a, not 3 in a)
print("ell" in "hello", "" in "abc", "z" not in "abc", "H" in "hello")
print(2 in (1, 2), 2 in {2: "x"}, "x" in {2: "x"}, 2 in {1, 2})
print(5 in range(10), 10 in range(10), 4 in range(0, 10, 2), 5 in range(0, 10, 2))
print([1] in [[1], [2]], (1, 2) in [(1, 2)], 1.0 in [1])
nested = [[1, 2], [3, 4]]
print(any(4 in row for row in nested), [3, 4] in nested)
e = []
f = e
e += [1]
print(f, e is f)
t = (1, 2)
u = t
t += (3,)
print(t, u, t is u)
s = "abc"
print(s is s, type(s) is str, type(1) is int, type(True) is not int)


class Box:
    def __init__(self, items):
        self.items = items

    def __contains__(self, x):
        return x in self.items


box = Box([10, 20])
print(10 in box, 30 in box, 30 not in box)


class Seq:
    def __iter__(self):
        return iter([7, 8, 9])


print(8 in Seq(), 1 in Seq())
