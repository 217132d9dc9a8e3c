# Integer arithmetic ending in an uncaught ZeroDivisionError
def average(values):
    total = 0
    for v in values:
        total += v
    return total // len(values)


print(average([10, 20, 30]))
print(average([7]))
for divisor in (3, 2, 1):
    print(100 // divisor, 100 % divisor)
print("about to fail")
print(average([]))
print("not reached")
