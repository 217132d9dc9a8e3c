# Numeric algorithms with floats: Newton's method, series, integration
def sqrt(x, eps=1e-15):
    if x == 0:
        return 0.0
    guess = x
    while True:
        nxt = 0.5 * (guess + x / guess)
        if abs(nxt - guess) <= eps * nxt:
            return nxt
        guess = nxt


def exp(x, terms=40):
    total, term = 1.0, 1.0
    for n in range(1, terms):
        term *= x / n
        total += term
    return total


def pi_leibniz(n):
    return 4 * sum((-1) ** k / (2 * k + 1) for k in range(n))


def integrate(f, a, b, n=1000):
    h = (b - a) / n
    s = 0.5 * (f(a) + f(b))
    for i in range(1, n):
        s += f(a + i * h)
    return s * h


def bisect_root(f, lo, hi):
    for _ in range(100):
        mid = (lo + hi) / 2
        if f(lo) * f(mid) <= 0:
            hi = mid
        else:
            lo = mid
    return (lo + hi) / 2


print([round(sqrt(v), 12) for v in (2, 9, 10, 0.25, 1e10)])
print(round(exp(1), 12), round(exp(-1), 12), round(exp(0.5) ** 2, 12))
print(round(pi_leibniz(10000), 6))
print(round(integrate(lambda t: t * t, 0, 3), 6), round(integrate(lambda t: 1 / t, 1, 2.718281828459045), 6))
print(round(bisect_root(lambda t: t ** 3 - 2 * t - 5, 2, 3), 10))
print(round(4 * integrate(lambda t: sqrt(1 - t * t), 0, 1, 2000), 4))
