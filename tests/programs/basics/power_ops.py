# Exponentiation: precedence, negative exponents, three-arg pow
print(2 ** 10, 2 ** 0, 0 ** 5, 1 ** 1000)
print(-2 ** 2, (-2) ** 2)
print(2 ** 3 ** 2, (2 ** 3) ** 2)
print(2 ** -1, 2 ** -2, 10 ** -3)
print(type(2 ** -1).__name__, type(2 ** 5).__name__)
print(pow(3, 4), pow(3, 4, 5), pow(-3, 3), pow(-3, 3, 7))
print(pow(2, -1, 7), pow(3, -2, 11))
print(pow(7, 0, 1), pow(0, 0))
print(10 ** 20 // 10 ** 19)
n = 5
n **= 3
print(n)
squares = [i ** 2 for i in range(-3, 4)]
print(squares)
cubes = [i ** 3 for i in range(-3, 4)]
print(cubes)
print(sum(2 ** i for i in range(64)) == 2 ** 64 - 1)
print(4 ** 0.5, 8 ** (1 / 3) > 1.99)
