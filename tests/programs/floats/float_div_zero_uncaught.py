# Float statistics that end with an uncaught float ZeroDivisionError
def mean(xs):
    return sum(xs) / len(xs)


def normalize(xs):
    lo, hi = min(xs), max(xs)
    return [(x - lo) / (hi - lo) for x in xs]


data = [2.0, 4.0, 4.0, 5.0, 7.0]
print(mean(data))
print(normalize(data))
try:
    print(1.0 / 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    print(1 % 0.0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    print(1.0 // 0.0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(normalize([3.0, 3.0, 3.0]))
