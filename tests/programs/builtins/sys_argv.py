# Command-line arguments via sys.argv
import sys

print("argv[0] is a non-empty str:", isinstance(sys.argv[0], str) and len(sys.argv[0]) > 0)
args = sys.argv[1:]
print("count:", len(args))
for i, arg in enumerate(args, 1):
    print(i, repr(arg))
flags = [a for a in args if a.startswith("--")]
positional = [a for a in args if not a.startswith("--")]
print("flags:", flags)
print("positional:", positional)
options = {}
for f in flags:
    key, _, value = f[2:].partition("=")
    options[key] = value or True
print("options:", options)
numbers = [int(a) for a in positional if a.lstrip("-").isdigit()]
print("numbers:", numbers, "sum:", sum(numbers))
