# Unpacking sequences into call arguments with *
def f(a, b, c):
    return f"a={a} b={b} c={c}"


args = [1, 2, 3]
print(f(*args))
print(f(0, *args[:2]))
print(f(*"xy", 9))
print(f(*range(3)))
print(f(*[1], *(2,), *{3: None}))
print(max(*[4, 9, 2]), min(*"hello"))
print(*[1, 2, 3])
print(*"abc", sep="-")
print(*[], "only")


def total(*nums):
    return sum(nums), len(nums), type(nums).__name__


print(total(), total(1), total(*range(10)), total(*[1, 2], 3, *(4, 5)))
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*matrix)))
print(list(map(lambda *xs: sum(xs), *matrix)))
coords = [(1, 2), (3, 4)]
print([f(*c, 0) for c in coords])
try:
    f(*[1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(*[1, 2, 3, 4])
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(*5)
except TypeError as e:
    print(type(e).__name__, e)
gen = (x * 2 for x in range(3))
print(f(*gen))
