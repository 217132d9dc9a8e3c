# print() with sep, end, file and flush
import sys

print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep=", ")
print("no newline", end="")
print(" <- continued")
print("x", "y", sep="\n", end="\n---\n")
print()
print("", end="")
print(1, 2.5, None, True, [1], (2,), {"k": 3}, sep=" | ")
print(*range(5), sep="-", end=".\n")
print("to stderr", file=sys.stderr)
print("flushed", flush=True)
print("explicit stdout", file=sys.stdout)
sys.stdout.write("written directly\n")
n = sys.stdout.write("abc")
print()
print("write returned", n)
print("multi", "sep", sep="\t")
print("sep None", "works", sep=None, end=None)
for i in range(3):
    print(i, end=" " if i < 2 else "\n")
print("tab\tand\\backslash", "quote'd", 'dq"', sep="")
try:
    print("x", sep=5)
except TypeError as e:
    print(type(e).__name__, e)
