# __module__ of functions made at runtime follows globals()['__name__']
# at creation time, including after it is rebound or deleted.


def make():
    def inner():
        return 1

    return inner


def gen_owner():
    return (lambda: 0), [x for x in range(2)], sum(i for i in range(3))


print(make().__module__)
print(gen_owner()[0].__module__)
saved = __name__
__name__ = "renamed"
print(make().__module__)
print((lambda: 1).__module__)
__name__ = 42
print(make().__module__)
globals()["__name__"] = "via_globals"
print(make().__module__)
del globals()["__name__"]
try:
    print(make().__module__)
except Exception as e:
    print(type(e).__name__, e)
globals()["__name__"] = saved
print(make().__module__)
fs = []
for i in range(3):
    if i == 1:
        __name__ = "loop" + str(i)
    fs.append(make())
print([f.__module__ for f in fs])
__name__ = saved
