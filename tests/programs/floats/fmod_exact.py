# math.fmod, float %, divmod, // and math.remainder: exact results (the
# significand reduction) on ordinary, huge-ratio, subnormal and special
# operands, with their signs and errors.
import math

state = 12345


def rnd():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % (1 << 64)
    return state


def rand_float():
    # Random bits over the whole exponent range (finite only).
    while True:
        bits = rnd()
        sign = -1.0 if bits & 1 else 1.0
        m = (bits >> 1) % (1 << 52)
        e = (bits >> 53) % 2046 + 1 - 1075
        x = sign * math.ldexp(float((1 << 52) + m), e)
        if math.isfinite(x):
            return x


tiny = 5e-324
samples = [0.0, -0.0, 1.0, -1.0, 1.7, -1.7, 2.0, 0.1, 1e-300, tiny, 3 * tiny,
           2.2250738585072014e-308, 2.225073858507201e-308, 1e300, 1.7976931348623157e308,
           -1.7976931348623157e308, 123456.789, -98765.4321, 2.0 ** 52, 2.0 ** 53 + 2,
           0.5, 7.3, -0.3]

lines = []
for x in samples:
    for y in samples:
        if y == 0.0:
            continue
        lines.append("%r %r %r %r %r" % (x, y, math.fmod(x, y), x % y, math.remainder(x, y)))
        q, r = divmod(x, y)
        lines.append("  divmod %r %r floordiv %r" % (q, r, x // y))
for line in lines:
    print(line)

checksum = 0
for i in range(3000):
    x, y = rand_float(), rand_float()
    if i % 3 == 0:
        y = math.ldexp(y, -math.frexp(y)[1] + (i % 40))
    if i % 7 == 0:
        x = math.ldexp(x, -math.frexp(x)[1] + (i % 23))
    f = math.fmod(x, y)
    m = x % y
    r = math.remainder(x, y)
    checksum = (checksum * 31 + hash((f, m, r))) % (1 << 61)
    if i < 20:
        print(repr(x), repr(y), repr(f), repr(m), repr(r))
    assert abs(f) < abs(y) and (f == 0 or (f < 0) == (x < 0)), (x, y, f)
print("checksum", checksum)

# Special values.
inf, nan = math.inf, math.nan
print(math.fmod(5.0, inf), math.fmod(-5.0, inf), math.fmod(-0.0, 3.0), math.fmod(-6.0, 3.0))
print(math.fmod(nan, 1.0), math.fmod(1.0, nan), 5.0 % inf, -5.0 % inf, 5.0 % -inf)
print(math.remainder(5.0, inf), math.remainder(nan, 0.0), math.remainder(3.0, 2.0), math.remainder(5.0, 2.0))
print(math.fmod(10, 3), math.fmod(-10, 3), math.fmod(True, 2), math.fmod(10 ** 20, 7.0))
for args in [(1.0, 0.0), (inf, 1.0), (-inf, 2.0), (1, 0)]:
    try:
        print(math.fmod(*args))
    except ValueError as e:
        print("fmod", args, "ValueError", e)
for args in [(1.0, 0.0), (inf, 1.0)]:
    try:
        print(math.remainder(*args))
    except ValueError as e:
        print("remainder", args, "ValueError", e)
for x in (1.0, -0.0, inf):
    try:
        print(x % 0.0)
    except ZeroDivisionError as e:
        print("mod ZeroDivisionError", e)
    try:
        print(divmod(x, 0.0))
    except ZeroDivisionError as e:
        print("divmod ZeroDivisionError", e)
    try:
        print(x // 0.0)
    except ZeroDivisionError as e:
        print("floordiv ZeroDivisionError", e)
print(inf % 3.0, nan % 3.0, divmod(inf, 3.0), divmod(-7.5, inf), -7.5 // inf, 7.5 // -inf)


class F(float):
    pass


class I(int):
    def __index__(self):
        return 99


class HasFloat:
    def __float__(self):
        return 7.25


print(math.fmod(F(7.5), 2), math.fmod(I(7), 2.5), math.fmod(HasFloat(), 2.0), F(7.5) % 2.0)
try:
    math.fmod("1", 2.0)
except TypeError as e:
    print("TypeError", e)
try:
    math.fmod(1.0)
except TypeError as e:
    print("TypeError", e)
