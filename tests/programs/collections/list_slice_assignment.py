# Slice assignment and deletion on lists
xs = list(range(10))
xs[2:5] = ["a", "b"]
print(xs)
xs[1:1] = [100, 200]
print(xs)
xs[-2:] = []
print(xs)
xs[:0] = "xy"
print(xs)
xs[::2] = [0] * len(xs[::2])
print(xs)
del xs[::3]
print(xs)
del xs[1:3]
print(xs)
del xs[-1]
print(xs)
ys = [1, 2, 3, 4, 5, 6]
ys[1::2] = ys[::2]
print(ys)
ys[:] = range(3)
print(ys)
zs = [1, 2, 3]
alias = zs
zs[:] = [9, 9]
print(alias, alias is zs)
try:
    ys[::2] = [1, 2, 3, 4]
except ValueError as e:
    print(type(e).__name__, e)
try:
    ys[0:1] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    del ys[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    ys[5] = 1
except IndexError as e:
    print(type(e).__name__, e)
grid = [[0] * 4 for _ in range(3)]
grid[1][1:3] = [7, 8]
print(grid)
rev = list("abcdef")
rev[::-1] = rev
print(rev)
