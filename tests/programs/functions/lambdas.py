# lambda expressions
square = lambda x: x * x
add = lambda a, b=10: a + b
print(square(7), add(1), add(1, 2), (lambda: "no args")(), (lambda *a, **k: (a, k))(1, z=2))
print(square.__name__, (lambda: 0).__name__)
pairs = [(1, "one"), (3, "three"), (2, "two")]
print(sorted(pairs, key=lambda p: p[1]), sorted(pairs, key=lambda p: -p[0]))
print(list(map(lambda x: x * 2, range(5))), list(filter(lambda s: len(s) > 3, ["a", "abcd", "xyzzy"])))
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
double = lambda x: x * 2
print(compose(inc, double)(5), compose(double, inc)(5))
ops = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "*": lambda a, b: a * b,
    "/": lambda a, b: a / b if b else float("inf"),
}
for sym in "+-*/":
    print(sym, ops[sym](12, 4), ops[sym](1, 0))
curry = lambda a: lambda b: lambda c: a + b + c
print(curry(1)(2)(3))
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10))
print((lambda x: (lambda y: x * y))(6)(7))
print(max(["pear", "fig", "banana"], key=lambda s: (len(s), s)))
conditional = lambda x: "big" if x > 100 else "small"
print([conditional(v) for v in (5, 500)])
