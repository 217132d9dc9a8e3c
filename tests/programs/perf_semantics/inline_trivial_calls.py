# Trivial functions run in place at their direct call sites
# (translate/inline.rs): every guard that fails makes the real call.
import sys

FORWARD = 1


class Node:
    def __init__(self, a, b, direction):
        self.v1 = a
        self.v2 = b
        self.direction = direction
        self.items = []
        self.held = False

    def output(self):
        return self.v2 if self.direction == FORWARD else self.v1

    def is_input(self):
        return False

    def ready(self):
        if self.held:
            return False
        return len(self.items) > 0 or not self.held

    def missing(self):
        return self.v1 is None

    def small(self):
        return self.v1 < 10

    def kind(self):
        return "node"


class Other:
    def output(self):
        return "other"

    def is_input(self):
        return True


def stronger(a, b):
    return a < b


def weakest(a, b):
    return a if a > b else b


def run(objs, rounds):
    out = []
    for _ in range(rounds):
        for o in objs:
            out.append((o.output(), o.is_input()))
    return out


n = Node(1, 2, 1)
m = Node(3, 4, 0)
print(run([n, m, Other()], 3))
print([n.ready(), n.missing(), n.small(), n.kind()])
n.items.append(1)
n.held = True
print(n.ready())
n.held = 0
print(n.ready(), stronger(1, 2), stronger(3, 2), weakest(5, 7), weakest(9, 7))

# Operands of other types: the real call.
print(stronger(1.5, 2), stronger("a", "b"), weakest("x", "y"), stronger(2**70, 1))


class Loud:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print("Loud.__eq__")
        return True

    def __lt__(self, other):
        print("Loud.__lt__")
        return False

    def __bool__(self):
        print("Loud.__bool__")
        return True


print(stronger(Loud(1), Loud(2)))
loud = Node(Loud(1), 2, Loud(0))
print(loud.output(), loud.small())
loud.held = Loud(5)
print(loud.ready())

# A global rebound while the sites are warm.
def flip():
    global FORWARD
    FORWARD = 0


print(n.output(), m.output())
flip()
print(n.output(), m.output())
del FORWARD
try:
    n.output()
except NameError as e:
    print("NameError:", e)
FORWARD = 1
print(n.output())

# `len` shadowed in the module, then restored.
print(n.ready())
len = lambda x: print("fake len") or 0
n.held = False
n.items = [1]
print(n.ready())
del len
print(n.ready())
n.items = "abc"
print(n.ready())
n.items = {1: 2}
print(n.ready())
n.items = (i for i in range(3))
try:
    n.ready()
except TypeError as e:
    print("TypeError:", e)

# The method replaced on the class, then on a subclass; a property.
for i in range(3):
    print(n.is_input(), end=" ")
Node.is_input = lambda self: "patched"
print(n.is_input())


class Sub(Node):
    @property
    def v1(self):
        print("property v1")
        return 99

    @v1.setter
    def v1(self, value):
        pass


s = Sub(1, 2, 0)
print(s.output(), s.missing())

# Attributes that moved into a dict, or were deleted.
many = Node(5, 6, 1)
for k in range(20):
    setattr(many, "extra%d" % k, k)
print(many.output(), many.small())
del many.v2
try:
    many.output()
except AttributeError as e:
    print("AttributeError:", e)
    tb = e.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    print("raised in", tb.tb_frame.f_code.co_name)

# __class__ reassigned.
n.__class__ = Other
print(n.output(), n.is_input())


class Watched:
    def __init__(self):
        self.v1 = 1

    def __getattribute__(self, name):
        print("get", name)
        return object.__getattribute__(self, name)

    def small(self):
        return self.v1 < 10


w = Watched()
print(w.small(), w.small())

# A method whose body reads an instance attribute, called with a tagged int
# as the receiver through the class.
try:
    print(Node.small(5))
except AttributeError as e:
    print("AttributeError:", e)

# Deep recursion still raises RecursionError.
def deep(k):
    if k == 0:
        return m.output()
    return deep(k - 1)


sys.setrecursionlimit(200)
try:
    deep(1000)
except RecursionError as e:
    print("RecursionError:", e)
print(deep(50))
