# Starred assignment targets
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "hello"
print(init, last)
head, *middle, tail = range(6)
print(head, middle, tail)
a, *b = [1]
print(a, b)
a, *b, c = (1, 2)
print(a, b, c)
*everything, = (9, 8, 7)
print(everything, type(everything).__name__)
x, *y = "ab"
print(x, y)
(a, *b), *c = [[1, 2, 3], 4, 5]
print(a, b, c)
record = ("Ada", "Lovelace", "ada@example.org", "555-1234", "555-9876")
name, surname, email, *phones = record
print(name, surname, email, phones)
*_, penultimate, _ = range(10)
print(penultimate)
data = [("add", 1, 2), ("neg", 5), ("sum", 1, 2, 3, 4)]
for op, *args in data:
    if op == "add":
        print(op, args[0] + args[1])
    elif op == "neg":
        print(op, -args[0])
    else:
        print(op, sum(args))
try:
    a, *b, c = [1]
except ValueError as e:
    print(type(e).__name__, e)
words = "one two three four".split()
first_word, *_, last_word = words
print(first_word, last_word)
