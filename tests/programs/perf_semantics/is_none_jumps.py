# `x is None` / `x is not None` in conditions compile to one conditional
# jump (POP_JUMP_IF_NONE / POP_JUMP_IF_NOT_NONE, CPython's peephole), in if,
# elif, while, assert, conditional expressions, comprehensions and boolean
# operators; the operand is released on both ways.


class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next


class Weird:
    # `is` never calls __eq__ or __bool__
    def __eq__(self, other):
        raise AssertionError("__eq__ called")

    def __bool__(self):
        raise AssertionError("__bool__ called")


def length(node):
    n = 0
    while node is not None:
        n += 1
        node = node.next
    return n


def classify(x):
    if x is None:
        return "none"
    elif x.next is None:
        return "last"
    elif not (x.next.next is not None):
        return "second to last"
    return "inner"


def values(node):
    out = []
    while True:
        out.append(node.value)
        if node.next is None:
            break
        node = node.next
    return out


chain = None
for i in range(5):
    chain = Node(i, chain)
print(length(chain), length(None), values(chain))
print([classify(n) for n in (None, Node(1), Node(1, Node(2)), chain)])
items = [None, 0, "", Weird(), [], None, False]
print([i for i, x in enumerate(items) if x is None])
print([i for i, x in enumerate(items) if x is not None])
print(["n" if x is None else "v" for x in items])
print(sum(1 for x in items if x is not None and x is not False))
print(all(x is None or x is not None for x in items))
assert chain.next is not None
try:
    assert chain.next is None, "not last"
except AssertionError as e:
    print("AssertionError", e)
w = Weird()
if w is None:
    print("wrong")
if w is not None:
    print("weird is not None")
print(1 if None is None else 2, 1 if None is not None else 2)
# Fresh objects tested and released many times: no leak, no double free.
import sys
probe = object()
before = sys.getrefcount(probe)
for _ in range(1000):
    if [probe] is None:
        print("wrong")
    if [probe] is not None:
        pass
print(sys.getrefcount(probe) - before)
