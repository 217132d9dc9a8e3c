# Comprehension scoping: loop variables do not leak, outer names are visible
x = "outer"
squares = [x * x for x in range(5)]
print(x, squares)
result = {x: x for x in "ab"}
print(x, result)
gen = list(x for x in (1, 2))
print(x, gen)
i = 100
evens = [i for i in range(10) if i % 2 == 0]
print(i, evens)
factor = 3
print([n * factor for n in range(4)])


def make_list(limit):
    offset = 10
    return [n + offset for n in range(limit)]


print(make_list(3))


class Config:
    base = 5
    values = [n * 2 for n in range(3)]
    try:
        scaled = [n * base for n in range(3)]
    except NameError as e:
        scaled = str(e)


print(Config.values, Config.scaled)
nested = [[j for j in range(i)] for i in range(4)]
print(nested)
try:
    [undefined_name for _ in range(1)]
except NameError as e:
    print(type(e).__name__, e)
total = 0
for k in range(3):
    pass
print("for loop var leaks:", k)
y = 5
ys = [y for _ in range(2)]
print(ys, [(lambda: y)() for y in range(3)])
