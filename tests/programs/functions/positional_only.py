# Positional-only parameters
def divide(a, b, /):
    return a / b


print(divide(7, 2))
try:
    divide(a=7, b=2)
except TypeError as e:
    print(type(e).__name__, e)


def mixed(a, /, b, *, c):
    return (a, b, c)


print(mixed(1, 2, c=3), mixed(1, b=2, c=3))
try:
    mixed(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)


def kw_and_pos(name, /, **kwargs):
    return name, kwargs


print(kw_and_pos("pos", name="kw", other=1))


def clamp(value, lo=0, hi=100, /):
    return max(lo, min(hi, value))


print(clamp(150), clamp(-5), clamp(50, 60), clamp(50, 0, 40))
try:
    clamp(value=5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    clamp()
except TypeError as e:
    print(type(e).__name__, e)
