# Combining positional, *args, keyword and **kwargs at call sites
def f(a, b=0, *args, c=1, d=2, **kwargs):
    return f"a={a} b={b} args={args} c={c} d={d} kwargs={kwargs}"


print(f(1))
print(f(1, 2, 3, 4))
print(f(1, *[2, 3], c=10, **{"d": 20, "e": 30}))
print(f(*(1, 2), *(3,), **{"c": 5}, z=9))
print(f(a=1, d=4))
print(f(**{"a": "A", "b": "B", "extra": True}))
print(f(1, 2, *[], **{}))
positional = [10, 20, 30]
named = {"c": "C", "q": "Q"}
print(f(*positional, **named))
print(f(0, *positional, d="D", **named))
try:
    f(1, a=2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(1, **{"b": 2}, b=3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f()
except TypeError as e:
    print(type(e).__name__, e)


def g(x, y, /, z, *, w):
    return x + y + z + w


print(g(1, 2, 3, w=4), g(*[1, 2], z=3, **{"w": 4}))
try:
    g(1, y=2, z=3, w=4)
except TypeError as e:
    print(type(e).__name__, e)
