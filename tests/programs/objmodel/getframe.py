# sys._getframe(depth): frame objects with f_code, f_locals, f_back, f_lineno,
# f_globals, f_builtins, and CPython's repr and errors.
import sys


def who():
    return sys._getframe(1).f_code.co_name


def caller_locals():
    return sorted(sys._getframe(1).f_locals.items())


def outer():
    x = 1
    y = "two"
    print(who())
    print(caller_locals())
    f = sys._getframe()
    print(f.f_code.co_name, f.f_lineno, f.f_back.f_code.co_name, f.f_back.f_lineno)
    print(f.f_globals is globals(), f.f_builtins is __builtins__.__dict__ if hasattr(__builtins__, "__dict__") else type(f.f_builtins).__name__)
    print(repr(f).replace(hex(id(f)), "0xADDR"))
    z = 3
    print(sorted(f.f_locals))
    return f


fr = outer()
print(fr.f_code.co_name, fr.f_back)
top = sys._getframe()
print(top.f_code.co_name, top.f_back, top.f_lineno, top.f_locals is globals())


class K:
    name = sys._getframe().f_code.co_name
    here = sorted(k for k in sys._getframe().f_locals)


print(K.name, K.here)


def depth(n):
    if n:
        return depth(n - 1)
    f = sys._getframe()
    names = []
    while f is not None:
        names.append(f.f_code.co_name)
        f = f.f_back
    return names


print(depth(3))


def gen():
    yield sys._getframe().f_code.co_name
    yield sys._getframe(1).f_code.co_name


print(list(gen()))
for bad in ("x", 1.5, 99, 2**70):
    try:
        sys._getframe(bad)
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    sys._getframe(1, 2)
except TypeError as e:
    print(e)
print(sys._getframe(-3).f_code.co_name)
print(type(sys._getframe()).__name__)
print(hex(outer.__code__.co_flags), hex(depth.__code__.co_flags))
