# Floating point accumulation error and compensated summation
def naive(xs):
    s = 0.0
    for x in xs:
        s += x
    return s


def kahan(xs):
    s = 0.0
    c = 0.0
    for x in xs:
        y = x - c
        t = s + y
        c = (t - s) - y
        s = t
    return s


data = [0.1] * 1000
print(naive(data), kahan(data), sum(data))
data2 = [1e16, 1.0, -1e16] * 3
print(naive(data2), kahan(data2))
harmonic = [1 / k for k in range(1, 2001)]
print(naive(harmonic), kahan(harmonic), naive(reversed(harmonic)))
print(round(naive(harmonic), 10) == round(kahan(harmonic), 10))
x = 0.0
for i in range(100):
    x += 0.01
print(x, round(x, 2))
balance = 100.0
for month in range(12):
    balance *= 1.005
print(balance, f"{balance:.2f}")
