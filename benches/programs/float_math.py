# Float math: the math module in numeric kernels. Numerical integration of
# trigonometric, exponential and logarithmic functions (Simpson's rule),
# Newton's method with sqrt/pow, a Taylor-vs-library comparison, hypot and
# atan2 on a point cloud, gamma/erf/log1p/expm1, fsum versus plain sum, and
# rounding functions (floor, ceil, trunc, fmod, copysign, isclose).

import math


def simpson(f, a, b, n):
    h = (b - a) / n
    total = f(a) + f(b)
    for k in range(1, n):
        x = a + k * h
        total += (4.0 if k % 2 else 2.0) * f(x)
    return total * h / 3.0


def integrals(n):
    results = [
        simpson(math.sin, 0.0, math.pi, n),
        simpson(lambda x: math.exp(-x * x), -3.0, 3.0, n),
        simpson(lambda x: math.log(1.0 + x) / (1.0 + x * x), 0.0, 1.0, n),
        simpson(lambda x: math.sqrt(1.0 - x * x), -1.0, 1.0, n),
        simpson(lambda x: math.cos(x) ** 2 * math.atan(x), 0.0, 2.0, n),
    ]
    return results


def newton_roots(count):
    total = 0.0
    cubes = 0.0
    for i in range(1, count):
        a = float(i)
        x = a
        for _ in range(30):
            nx = 0.5 * (x + a / x)
            if abs(nx - x) < 1e-15 * nx:
                break
            x = nx
        total += x - math.sqrt(a)
        cubes += math.pow(a, 1.0 / 3.0)
    return total, cubes


def taylor_sin(x, terms):
    term = x
    total = x
    for k in range(1, terms):
        term *= -x * x / ((2 * k) * (2 * k + 1))
        total += term
    return total


def point_cloud(count):
    state = 2024
    acc_r = 0.0
    acc_t = 0.0
    for _ in range(count):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        x = (state % 20001 - 10000) / 100.0
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        y = (state % 20001 - 10000) / 100.0
        acc_r += math.hypot(x, y)
        acc_t += math.atan2(y, x) + math.degrees(math.atan2(x, y + 0.5)) / 360.0
    return acc_r, acc_t


def special(count):
    acc = 0.0
    for i in range(1, count):
        x = i / count * 5.0
        acc += math.lgamma(x + 0.5) + math.erf(x - 2.5) + math.erfc(x) + math.log1p(x) + math.expm1(-x)
        acc += math.gamma(1.0 + x) / math.factorial(6)
        acc += math.log2(x) + math.log10(x) + math.tanh(x - 2.0) + math.asinh(x) + math.acosh(x + 1.0)
    return acc


def rounding(count):
    acc = 0
    fl = 0.0
    for i in range(count):
        x = (i - count / 2) / 7.3
        acc += math.floor(x) + math.ceil(x) + math.trunc(x) + round(x) + int(round(x, 2) * 100)
        fl += math.fmod(x, 1.7) + math.copysign(1.5, x) + math.remainder(x, 2.0)
        if math.isclose(x, round(x), rel_tol=1e-9, abs_tol=1e-9):
            acc += 1
    return acc, fl


def main():
    for value in integrals(300000):
        print("integral %.10f" % value)
    print("newton %.6e %.6f" % newton_roots(40000))
    err = 0.0
    for i in range(2000):
        x = (i - 1000) / 300.0
        err = max(err, abs(taylor_sin(x, 20) - math.sin(x)))
    print("taylor max error %.3e" % err)
    r, t = point_cloud(150000)
    print("cloud %.6f %.6f" % (r, t))
    print("special %.8f" % special(160000))
    values = [math.sin(i) * 10.0 ** (i % 20 - 10) for i in range(20000)]
    print("fsum", math.fsum(values), "sum %.6e" % sum(values))
    acc, fl = rounding(150000)
    print("rounding", acc, "%.6f" % fl)
    print("constants", math.pi, math.e, math.tau, math.inf, math.isnan(math.nan))


main()
