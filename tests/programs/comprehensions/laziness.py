# Generator expressions are lazy; list comprehensions are eager
log = []


def trace(x):
    log.append(x)
    return x


lst = [trace(x) for x in range(3)]
print("after list comp", log)
log.clear()
gen = (trace(x) for x in range(3))
print("after gen expr", log)
print(next(gen), log)
print(list(gen), log)
log.clear()
print(any(trace(x) > 1 for x in range(10)), log)
log.clear()
print(all(trace(x) < 2 for x in range(10)), log)
g = (x for x in range(3))
print(list(g), list(g))
src = [1, 2, 3]
g = (x * 2 for x in src)
src.append(4)
print(list(g))
first_iter = (trace(x) for x in [trace("source")])
print("source evaluated eagerly?", log[-1])
try:
    g = (1 / x for x in [1, 0])
    print(next(g))
    print(next(g))
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    g = (x for x in 5)
except TypeError as e:
    print(type(e).__name__, e)
