# divmod and pow with floats, including edge cases
for a, b in [(7.0, 2.0), (-7.0, 2.0), (7.0, -2.0), (-7.0, -2.0), (0.5, 0.2), (1e10, 3.0)]:
    q, r = divmod(a, b)
    print(a, b, q, r, q * b + r)
print(divmod(7, 2.5), divmod(-1, 0.3))
print(pow(2.0, 10), pow(2, 0.5), pow(-8.0, 2), pow(4, -0.5), pow(10.0, -2))
print(pow(0.0, 0), pow(1.0, float("inf")), pow(2.0, float("-inf")))
print(9 ** 0.5, 27 ** (1 / 3), 2 ** 0.5 * 2 ** 0.5)
print((-8) ** (1 / 3))
print(type((-8) ** (1 / 3)).__name__)
try:
    pow(0.0, -1)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    2.0 ** 10000
except OverflowError as e:
    print(type(e).__name__, e)
try:
    divmod(1.0, 0.0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    5.0 % 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print(type(e).__name__, e)
