# Error messages from failed unpacking
cases = [
    ("too many", lambda: exec_unpack2([1, 2, 3])),
    ("not enough", lambda: exec_unpack2([1])),
    ("empty", lambda: exec_unpack2([])),
    ("string", lambda: exec_unpack2("abc")),
    ("int", lambda: exec_unpack2(5)),
    ("none", lambda: exec_unpack2(None)),
]


def exec_unpack2(value):
    a, b = value
    return a, b


def unpack_star(value):
    a, b, *c = value
    return a, b, c


for label, fn in cases:
    try:
        print(label, fn())
    except (ValueError, TypeError) as e:
        print(label, type(e).__name__, e)
for value in [[1, 2, 3, 4], [1, 2], [1], "x"]:
    try:
        print(unpack_star(value))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    a, b = {"x": 1, "y": 2, "z": 3}
except ValueError as e:
    print(type(e).__name__, e)


def gen():
    yield 1
    yield 2
    yield 3


try:
    a, b = gen()
except ValueError as e:
    print(type(e).__name__, e)
print(exec_unpack2(gen() if False else iter([7, 8])))
