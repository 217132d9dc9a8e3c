# Float overflow: growth that eventually overflows
x = 1.5
steps = 0
while x < 1e300:
    x = x * x
    steps += 1
print(steps, x > 1e300, x == float("inf"))
print(1e308 * 10)
try:
    print(10.0 ** 400)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    print(int(float("inf")))
except OverflowError as e:
    print(type(e).__name__, e)
print("computing a huge power")
base = 1e200
print(base * base)
print(base ** 2.0)
