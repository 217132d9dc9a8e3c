# Factorials and combinatorics with big integers
def factorial(n):
    result = 1
    for i in range(2, n + 1):
        result *= i
    return result


def choose(n, k):
    return factorial(n) // (factorial(k) * factorial(n - k))


f50 = factorial(50)
print("50! =", f50)
print("digits:", len(str(f50)))
print("digit sum:", sum(int(d) for d in str(f50)))
trailing = 0
s = str(f50)
while s.endswith("0"):
    s = s[:-1]
    trailing += 1
print("trailing zeros:", trailing)
print("100! digits:", len(str(factorial(100))))
print("C(100, 50) =", choose(100, 50))
row = [choose(20, k) for k in range(21)]
print(row)
print(sum(row) == 2 ** 20)
print(factorial(25) // factorial(23))
print(factorial(30) % (10 ** 9 + 7))
catalan = [choose(2 * n, n) // (n + 1) for n in range(15)]
print(catalan)
