# Unpacking mappings into keyword arguments with **
def describe(name, age, city="unknown"):
    return f"{name}, {age}, from {city}"


info = {"name": "Ann", "age": 31}
print(describe(**info))
print(describe(**info, city="Oslo"))
print(describe("Bob", **{"age": 40, "city": "Rome"}))
print(describe(**{"city": "Lima"}, **{"name": "Cy", "age": 5}))


def show(**kwargs):
    return ", ".join(f"{k}={v!r}" for k, v in kwargs.items())


print(show(a=1, b="two"))
print(show(**{"x": [1]}, y=None))
defaults = {"color": "red", "size": "M"}
override = {"size": "L"}
print(show(**{**defaults, **override}))
print(dict(**defaults, extra=True))
for bad in [{"name": "A"}, {"name": "A", "age": 1, "zip": 0}]:
    try:
        describe(**bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    describe("A", name="B", age=2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    show(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    show(**{1: "x"})
except TypeError as e:
    print(type(e).__name__, e)
try:
    show(**[("a", 1)])
except TypeError as e:
    print(type(e).__name__, e)
