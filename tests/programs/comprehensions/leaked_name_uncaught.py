# The loop variable of a comprehension is not visible afterwards
values = [n * 3 for n in range(1, 6)]
print(values)
lookup = {k: v for k, v in zip("abcde", values)}
print(lookup)
odd = {v for v in values if v % 2}
print(sorted(odd))
total = sum(v for v in values)
print("total", total)
for i in range(2):
    pass
print("a for-loop variable does leak:", i)
print("last value:", n)
