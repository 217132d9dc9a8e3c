from functools import singledispatch, update_wrapper, partialmethod, cached_property


@singledispatch
def describe(obj):
    return "object: " + repr(obj)


@describe.register(int)
def _(obj):
    return "int: %d" % obj


@describe.register
def _(obj: list):
    return "list of %d" % len(obj)


@describe.register(str)
@describe.register(bytes)
def _(obj):
    return "text: " + repr(obj)


class Animal:
    pass


class Dog(Animal):
    pass


@describe.register(Animal)
def _(obj):
    return "animal " + type(obj).__name__


for v in [5, True, "hi", b"by", [1, 2], 2.5, Dog(), None]:
    print(describe(v))
print(describe.dispatch(bool).__name__, describe.dispatch(float) is describe.registry[object])


def wrapper(*a):
    return "wrapped"


def original():
    """doc of original"""


update_wrapper(wrapper, original)
print(wrapper.__name__, wrapper.__doc__, wrapper.__wrapped__ is original)


class Cell:
    def __init__(self):
        self.state = None

    def set_state(self, s):
        self.state = s

    set_alive = partialmethod(set_state, True)


c = Cell()
c.set_alive()
print(c.state)


class Circle:
    def __init__(self, r):
        self.r = r
        self.calls = 0

    @cached_property
    def area(self):
        self.calls += 1
        return 3 * self.r ** 2


ci = Circle(2)
print(ci.area, ci.area, ci.calls)
try:
    describe()
except TypeError as e:
    print("TypeError", e)
