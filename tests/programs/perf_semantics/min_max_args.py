# min()/max() with several positional arguments walk them in place; the
# comparison order, ties, key calls and errors must match CPython.


class V:
    def __init__(self, n):
        self.n = n

    def __lt__(self, other):
        print("lt", self.n, other.n)
        return self.n < other.n

    def __gt__(self, other):
        print("gt", self.n, other.n)
        return self.n > other.n

    def __repr__(self):
        return f"V({self.n})"


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)


row = (3, 9, 2, 9, 1)
print(max(*row), min(*row), max(*row) - min(*row), max(1, 2), min(2, 1))
print(max(V(1), V(3), V(3)), min(V(2), V(0), V(0)))
print(max("b", "a", "c", key=lambda s: -ord(s)), min(1, 2, 3, key=lambda x: x % 3))
print(max([4, 5]), min((7, 6)), max(range(3)), min("zyx"), max([], default="empty"))
a, b = (1, 0), (1, 0)
print(max(a, b) is a, min(a, b) is a)
attempt(lambda: max(1, "x"))
attempt(lambda: min(1, 2, default=0))
attempt(lambda: max(5))
attempt(lambda: min())
attempt(lambda: max([]))
attempt(lambda: min(1, 2, key=len))
attempt(lambda: max(1, 2, bogus=1))
