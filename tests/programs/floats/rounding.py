# round() semantics: banker's rounding, representation error, ndigits
print(round(2.5), round(3.5), round(0.5), round(1.5), round(-2.5), round(-3.5))
print(round(2.675, 2), round(2.665, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2))
print(round(3.14159, 3), round(3.14159, 0), round(3.14159), round(-3.14159, 1))
print(round(1234.5678, -1), round(1234.5678, -2), round(1250, -2), round(1350, -2))
print(round(15, -1), round(25, -1), round(-25, -1), round(12345, -3), round(7, 2))
print(type(round(2.5)).__name__, type(round(2.5, 1)).__name__, type(round(5, 1)).__name__)
print(round(1e20), round(123456789.987654321, 4))
print(round(0.1 + 0.2, 10), round(1 / 3, 5), round(2 / 3, 5))
print(round(True), round(-0.0), round(0.49999999999999994))
for x in [0.5, 1.5, 2.5, 3.5, 4.5, 5.5]:
    print(x, round(x), int(x), int(x + 0.5), -round(-x))
try:
    round(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    round(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
print(round(float("inf"), 2), round(float("nan"), 2))
