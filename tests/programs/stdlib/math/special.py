import math

xs = [0.5, 1.5, 2.5, 3.7, 10.1, 25.5, 100.3, 170.5, -0.5, -1.5, -2.7, -10.3, 1e-25, 150.25, -150.75]
for x in xs:
    print(x, math.gamma(x), math.lgamma(x))
for n in range(1, 25):
    assert math.gamma(n) == math.factorial(n - 1)
print(math.gamma(23), math.gamma(24), math.lgamma(2), math.lgamma(3), math.lgamma(-2.5))
print(math.lgamma(math.inf), math.lgamma(-math.inf), math.gamma(math.inf))
for x in [0.1, 0.5, 1.0, 2.0, -0.3, 3.5]:
    print(x, math.erf(x), math.erfc(x))
print(math.gamma(-200.5), math.lgamma(1e300))
