# Conditions in comprehensions: filters vs conditional expressions
data = [12, -5, 0, 7, -3, 18, 25, -1]
print([x for x in data if x > 0])
print([x if x > 0 else 0 for x in data])
print([x for x in data if x > 0 if x % 2])
print([x for x in data if x > 0 and x % 2 or x == 0])
print(["pos" if x > 0 else "neg" if x < 0 else "zero" for x in data])
print([x for x in data if not (x < 0)])
print({x: ("even" if x % 2 == 0 else "odd") for x in data if x >= 0})
print([i for i, x in enumerate(data) if x < 0])
print([(a, b) for a in range(4) if a % 2 for b in range(a) if b % 2 == 0])
print(sum(x for x in data if x < 0), len([x for x in data if x]), max(x for x in data if x < 10))
fizz = ["FizzBuzz" if n % 15 == 0 else "Fizz" if n % 3 == 0 else "Buzz" if n % 5 == 0 else n for n in range(1, 21)]
print(fizz)
grades = {"ann": 91, "bob": 58, "cid": 75, "dee": 88}
print({n: ("pass" if g >= 60 else "fail") for n, g in grades.items()})
print(sorted(n for n, g in grades.items() if 70 <= g < 90))
text = "Hello World, this IS a Test"
print("".join(c.lower() if c.isupper() else c.upper() for c in text))
print([w for w in text.split() if len(w) > 2 if w[0].isupper()])
