# Late binding of closures created in comprehensions and loops
funcs = [lambda: i for i in range(4)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(4)]
print([f() for f in funcs])


def make_multiplier(n):
    return lambda x: x * n


mults = [make_multiplier(n) for n in range(1, 5)]
print([m(10) for m in mults])
adders = []
for k in range(3):
    adders.append(lambda x: x + k)
print([a(100) for a in adders])
k = 50
print([a(100) for a in adders])
gens = [(x * m for x in range(3)) for m in range(1, 4)]
print([list(g) for g in gens])
m = 1
lazy = (x * m for x in range(3))
m = 10
print(list(lazy))
items = [1, 2, 3]
eager_source = (x for x in items)
items = [100]
print(list(eager_source))
