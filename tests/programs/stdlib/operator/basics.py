import operator
from operator import itemgetter, attrgetter, methodcaller

print(operator.add(2, 3), operator.sub(10, 4), operator.mul("ab", 3), operator.truediv(7, 2))
print(operator.floordiv(7, 2), operator.mod(7, 3), operator.pow(2, 10), operator.neg(5), operator.pos(-3))
print(operator.and_(12, 10), operator.or_(12, 10), operator.xor(12, 10), operator.invert(5), operator.inv(0))
print(operator.lshift(1, 5), operator.rshift(64, 3), operator.abs(-4.5), operator.index(7))
print(operator.lt(1, 2), operator.le(2, 2), operator.eq(1, 1.0), operator.ne(1, 2), operator.ge(1, 2), operator.gt(3, 2))
print(operator.not_([]), operator.truth([0]), operator.is_(None, None), operator.is_not(1, None))
print(operator.concat([1], [2]), operator.contains("hello", "ell"), operator.countOf([1, 2, 1, 1], 1))
print(operator.indexOf("abc", "c"))
d = {"a": 1}
operator.setitem(d, "b", 2)
print(operator.getitem(d, "b"), d)
operator.delitem(d, "a")
print(d)
x = [1, 2]
y = operator.iadd(x, [3])
print(x, y is x, operator.iadd(5, 1), operator.imul("ab", 2))
print(operator.length_hint([1, 2, 3]), operator.length_hint(iter([]), 7))

rows = [("bob", 25, "nyc"), ("alice", 30, "sf"), ("carol", 25, "la")]
print(sorted(rows, key=itemgetter(1, 0)))
print(list(map(itemgetter(0), rows)), itemgetter(2)("xyz"), itemgetter(slice(1, None))("hello"))
print(itemgetter(1), itemgetter(0, 2), attrgetter("x"), attrgetter("a.b", "c"))


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.inner = self if x == 0 else None

    def scaled(self, k, offset=0):
        return (self.x * k + offset, self.y * k + offset)


pts = [Point(3, 1), Point(1, 2), Point(2, 0)]
print([p.x for p in sorted(pts, key=attrgetter("x"))])
print(attrgetter("x", "y")(pts[0]), attrgetter("inner.inner.x")(Point(0, 5)))
print(methodcaller("scaled", 2)(pts[0]), methodcaller("scaled", 2, offset=1)(pts[1]))
print(methodcaller("upper")("abc"), methodcaller("split", ",", 1)("a,b,c"))
print(methodcaller("scaled", 3, offset=2))
print(operator.call(max, 3, 9, 4))
for f in [lambda: operator.index(2.5), lambda: itemgetter(5)([1]), lambda: attrgetter("zz")(pts[0]),
          lambda: operator.indexOf([1], 9), lambda: attrgetter(5), lambda: operator.add(1, "a")]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
