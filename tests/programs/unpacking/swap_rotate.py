# Swapping and rotating values with tuple assignment
a, b = 1, 2
a, b = b, a
print(a, b)
x, y, z = "x", "y", "z"
x, y, z = y, z, x
print(x, y, z)
lst = [5, 3, 8, 1]
lst[0], lst[-1] = lst[-1], lst[0]
print(lst)


def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


print([fib(n) for n in range(15)], fib(100))


def bubble_sort(items):
    items = list(items)
    n = len(items)
    for i in range(n):
        for j in range(n - 1 - i):
            if items[j] > items[j + 1]:
                items[j], items[j + 1] = items[j + 1], items[j]
    return items


print(bubble_sort([5, 2, 9, 1, 5, 6, -3]))


def reverse_in_place(items):
    i, j = 0, len(items) - 1
    while i < j:
        items[i], items[j] = items[j], items[i]
        i, j = i + 1, j - 1
    return items


print(reverse_in_place(list("abcdefg")))
i = 0
arr = [10, 20, 30]
i, arr[i] = 1, 99
print(i, arr)


def gcd(a, b):
    while b:
        a, b = b, a % b
    return a


print(gcd(1071, 462), gcd(17, 5))
