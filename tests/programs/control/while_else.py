# while loops with else clauses
def find_divisor(n):
    d = 2
    while d * d <= n:
        if n % d == 0:
            print(n, "has divisor", d)
            break
        d += 1
    else:
        print(n, "is prime")


for n in [2, 15, 17, 49, 97, 1]:
    find_divisor(n)
count = 0
while count < 3:
    count += 1
else:
    print("loop finished normally, count =", count)
while False:
    print("never")
else:
    print("else runs even if body never runs")
n = 27
steps = 0
while n != 1:
    n = 3 * n + 1 if n % 2 else n // 2
    steps += 1
print("collatz steps", steps)
stack = [1, 2, 3]
while stack:
    item = stack.pop()
    print("popped", item)
    if item == 0:
        break
else:
    print("stack exhausted")
i = 10
while True:
    i -= 3
    if i < 0:
        break
print("i ended at", i)
