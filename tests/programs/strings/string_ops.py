# Concatenation, repetition, comparison, membership, iteration
a, b = "abc", "xyz"
print(a + b, a * 3, 3 * b, a * 0, repr(a * -2), "-" * 20)
print(a < b, a == "abc", a != b, "abc" < "abd", "abc" < "abcd", "B" < "a", "é" > "z")
print(sorted(["banana", "Apple", "cherry", "apple", "Banana", "10", "9", ""]))
print(sorted(["banana", "Apple", "cherry", "apple"], key=str.lower))
print("ab" in "cabd", "ba" in "cabd", "" in "", "a" not in "bcd")
print(max(["pear", "fig", "apple"]), min(["pear", "fig", "apple"]), max(["pear", "fig", "apple"], key=len))
count = 0
for ch in "hello world":
    if ch in "aeiou":
        count += 1
print("vowels:", count)
s = ""
for i in range(5):
    s += str(i)
print(s, len(s), s.isdigit())
print(str(123) + "4", int("12" + "34") + 1, "%d" % 5 + "!", str([1, 2]) + str((3,)))
parts = ["a"] * 3
print("".join(parts) == "a" * 3, "abc" * 2 == "abcabc")
x = "same"
y = "".join(["sa", "me"])
print(x == y, len(x) == len(y), hash(x) == hash(y))
try:
    print("a" + 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("a" * 2.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("a" - "b")
except TypeError as e:
    print(type(e).__name__, e)
