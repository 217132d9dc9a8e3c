# A list item read by `BINARY_SUBSCR` waits on the stack while a later
# operator combines two other operands: that operator may run Python code
# which empties the list, so the waiting item needs its own reference.
# (An item read in place without one was freed here and then read.)


class Clearing:
    def __init__(self, xs):
        self.xs = xs

    def __mul__(self, other):
        self.xs.clear()
        # allocate floats so a freed item's memory is reused
        junk = [float(i) + 0.25 for i in range(200)]
        return len(junk) / 100

    def __rsub__(self, other):
        self.xs.clear()
        junk = [float(i) + 0.75 for i in range(200)]
        return other - len(junk)


def left_item_then_product():
    xs = [float(10**6) + 0.5]
    a = Clearing(xs)
    return xs[0] + a * 2


def right_item_after_product():
    xs = [3.25, 7.5]
    a = Clearing(xs)
    return (a * 3) - xs[1] if False else 2.0 * xs[1] + a * 1


def tuple_item_then_product():
    ys = [1.0]
    t = (float(2**40) + 0.125, ys)
    a = Clearing(ys)
    return t[0] - a * 5


def item_operand_of_reflected():
    xs = [123.5]
    a = Clearing(xs)
    return xs[0] - a


def chained(xs, a):
    return xs[0] * 2.0 + xs[1] - a * 1


for f in (left_item_then_product, right_item_after_product,
          tuple_item_then_product, item_operand_of_reflected):
    for _ in range(3):
        print(f.__name__, f())

for _ in range(3):
    xs = [1.5, 2.5]
    print("chained", chained(xs, Clearing(xs)), xs)
