# A new function's __module__ is globals()["__name__"] when it is made
# (read with a cached key hash), whatever that is at the time.


def make():
    return (lambda: 0), [f.__module__ for f in [lambda: 1]]


f, inner = make()
print(f.__module__, inner, make.__module__)
__name__ = "renamed"
g, inner = make()
print(g.__module__, inner, f.__module__)
globals()["__name__"] = 42
h, inner = make()
print(h.__module__, inner)
del globals()["__name__"]
k, inner = make()
print(k.__module__, inner)
__name__ = "__main__"


def again():
    pass


print(again.__module__, [(lambda: 0).__module__ for _ in range(2)])
