import operator
from functools import reduce
from itertools import accumulate, starmap

print(reduce(operator.mul, range(1, 11)), reduce(operator.or_, [1, 2, 4, 8]), reduce(operator.concat, ["a", "b", "c"]))
print(list(accumulate([5, 3, 8], operator.sub)), list(starmap(operator.pow, [(2, 3), (4, 0.5)])))
inventory = [{"name": "bolt", "qty": 40, "price": 0.25}, {"name": "nut", "qty": 100, "price": 0.1},
             {"name": "gear", "qty": 3, "price": 12.5}]
by_value = sorted(inventory, key=lambda d: operator.mul(d["qty"], d["price"]), reverse=True)
print(list(map(operator.itemgetter("name"), by_value)))
get = operator.itemgetter("name", "qty")
print([get(d) for d in inventory])
ops = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv, "//": operator.floordiv}


def rpn(expr):
    stack = []
    for tok in expr.split():
        if tok in ops:
            b, a = stack.pop(), stack.pop()
            stack.append(ops[tok](a, b))
        else:
            stack.append(int(tok))
    return stack[0]


print(rpn("3 4 + 2 *"), rpn("10 3 //"), rpn("7 2 /"), rpn("2 3 4 * -"))
print(sorted(["bb", "a", "ccc"], key=len), max([("x", 3), ("y", 9)], key=operator.itemgetter(1)))
lower = operator.methodcaller("lower")
print(list(map(lower, ["HeLLo", "WORLD"])))
v = [1, 2, 3]
operator.setitem(v, slice(0, 2), [9, 9, 9])
print(v, operator.getitem(v, slice(None, None, -1)), operator.contains(v, 9))
print(operator.itemgetter(-1)("xyz"), operator.truth(0.0), operator.ixor(6, 3), operator.ipow(2, 8))
