# Runaway recursion raises RecursionError, which can be caught
def forever(n):
    return forever(n + 1)


def depth_limited(n, limit):
    if n >= limit:
        return n
    return depth_limited(n + 1, limit)


try:
    forever(0)
except RecursionError as e:
    print(type(e).__name__, e)
print("still running")
print(depth_limited(0, 500))
print(isinstance(RecursionError(), RuntimeError))


def mutual_a(n):
    return mutual_b(n + 1)


def mutual_b(n):
    return mutual_a(n + 1)


try:
    mutual_a(0)
except RuntimeError as e:
    print("caught as RuntimeError:", type(e).__name__)


class Node:
    def __init__(self):
        self.child = self

    def depth(self):
        return 1 + self.child.depth()


try:
    Node().depth()
except RecursionError:
    print("cyclic structure detected")
print(depth_limited(0, 10))
