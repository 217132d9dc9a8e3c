# Conditional expressions (ternary)
def sign(n):
    return "positive" if n > 0 else "negative" if n < 0 else "zero"


for n in (-3, 0, 7):
    print(n, sign(n))
x = 10
y = "big" if x > 5 else "small"
print(y)
print([("even" if i % 2 == 0 else "odd") for i in range(5)])
print(1 if True else 1 / 0, 1 / 0 if False else 2)
print((lambda a: a * 2 if a else -1)(0), (lambda a: a * 2 if a else -1)(4))
grade = lambda s: "A" if s >= 90 else "B" if s >= 80 else "C" if s >= 70 else "F"
print([grade(s) for s in (95, 85, 72, 10, 90, 80)])
values = [3, -1, 4, -1, 5]
print(sum(v if v > 0 else 0 for v in values))
print(max(values) if values else None, max([]) if [] else None)
z = (x if x < 5 else -x) * 2
print(z)
print("fizzbuzz" if x % 15 == 0 else "fizz" if x % 3 == 0 else "buzz" if x % 5 == 0 else x)
out = []
for i in range(1, 16):
    out.append("FizzBuzz" if i % 15 == 0 else "Fizz" if i % 3 == 0 else "Buzz" if i % 5 == 0 else str(i))
print(" ".join(out))
