# The standard streams are file objects: sys.stdin reading mixed with
# input(), sys.stdout/stderr attributes, print(file=...), buffer writes.
import io
import sys

print(repr(sys.stdout), repr(sys.stdin), repr(sys.stderr))
print(repr(sys.stdin.buffer))
print(sys.stdout.name, sys.stdout.mode, sys.stdout.encoding,
      sys.stderr.errors, sys.stdin.mode, sys.stdout.closed)
print(sys.stdout.readable(), sys.stdout.writable(), sys.stdin.readable(), sys.stdin.writable())
print(sys.stdin.fileno(), sys.stdout.fileno(), sys.stderr.fileno())
print(isinstance(sys.stdout, io.TextIOWrapper), type(sys.stdout).__name__)
print(sys.stdout.write("written\n"))
sys.stdout.writelines(["a", "b\n"])
sys.stdout.flush()
sys.stdout.buffer.write(b"raw bytes\n")
print("to stdout", file=sys.stdout)
print("to stderr", file=sys.stderr)
print(repr(sys.stdin.readline()))
print(repr(input()))
print(repr(sys.stdin.readline(4)), repr(sys.stdin.readline()))
print(repr(sys.stdin.read(3)))
for line in sys.stdin:
    print("line:", repr(line))
    if line.startswith("stop"):
        break
print(sys.stdin.readlines())
print(repr(sys.stdin.read()), repr(sys.stdin.readline()))
try:
    input()
except EOFError as e:
    print("EOFError:", e)
try:
    sys.stdin.write("x")
except io.UnsupportedOperation as e:
    print("UnsupportedOperation:", e)
try:
    sys.stdout.read()
except io.UnsupportedOperation as e:
    print("UnsupportedOperation:", e)
try:
    sys.stdout.write(b"x")
except TypeError as e:
    print("TypeError:", e)
