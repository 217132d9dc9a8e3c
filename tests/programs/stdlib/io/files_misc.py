# open() with path-like objects and descriptors, closefd, flushing when the
# last reference goes, `with` and exceptions, large files read in pieces.
import os

NAME = "files_misc_tmp.txt"


class P:
    def __fspath__(self):
        return NAME


with open(P(), "w") as f:
    f.write("via PathLike\n")
    print(f.name == P() or type(f.name).__name__)
with open(NAME.encode(), "r") as f:
    print(f.name, f.read(), end="")

g = open(NAME, "a")
h = open(g.fileno(), "a", closefd=False)
print(type(h.name).__name__, h.mode, h.closefd if hasattr(h, "closefd") else None)
h.write("from fd\n")
h.close()
g.write("still open\n")
g.close()
print(open(NAME).read(), end="")

try:
    open(NAME, "w", closefd=False)
except ValueError as e:
    print("ValueError:", e)

# Buffered data reaches the file when the object dies.
f = open(NAME, "w")
f.write("one")
f = None
print(repr(open(NAME).read()))
f = open(NAME, "w")
f.write("two")
del f
print(repr(open(NAME).read()))

# `with` closes the file even when the body raises.
try:
    with open(NAME, "w") as f:
        f.write("partial")
        raise RuntimeError("boom")
except RuntimeError as e:
    print(e, f.closed)
print(open(NAME).read())

# A file bigger than the buffer, read in odd pieces and by lines.
with open(NAME, "w") as f:
    for i in range(3000):
        f.write(f"line {i} " + "x" * (i % 17) + "\n")
with open(NAME) as f:
    total = 0
    while True:
        chunk = f.read(1000)
        if not chunk:
            break
        total += len(chunk)
print(total, os.path.getsize(NAME))
with open(NAME) as f:
    lines = f.readlines()
print(len(lines), lines[0], lines[-1], end="")
with open(NAME, "rb") as f:
    data = f.read()
    f.seek(5000)
    print(len(data), f.read(10), f.tell())
with open(NAME) as f:
    print(sum(1 for _ in f), f.readline() == "")
with open(NAME) as f:
    print(len(f.readlines(100)))
os.remove(NAME)
