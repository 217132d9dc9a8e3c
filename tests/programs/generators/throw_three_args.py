# generator.throw(type, value, traceback): all three-argument forms.
def g():
    while True:
        try:
            yield 1
        except ValueError as e:
            yield "caught %r" % e
gg = g(); next(gg)
print(gg.throw(ValueError, ValueError("v"), None))
next(gg)
print(gg.throw(ValueError, "x"))
next(gg)
try:
    raise ValueError("with tb")
except ValueError as e:
    tb = e.__traceback__
    exc = e
print(gg.throw(ValueError, exc, tb))
next(gg)
print(gg.throw(type(exc), None, tb))
next(gg)
try:
    gg.throw(ValueError, "x", 5)
except TypeError as e:
    print(e)
try:
    gg.throw(ValueError("a"), "x")
except TypeError as e:
    print(e)
