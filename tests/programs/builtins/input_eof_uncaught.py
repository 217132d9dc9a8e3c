# input() at end of input raises an uncaught EOFError
count = int(input())
print("expecting", count, "values")
total = 0
for i in range(count):
    value = int(input())
    total += value
    print("read", value, "total", total)
print("final total", total)
print("average", total / count)
