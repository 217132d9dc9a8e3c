# Text files: write, read, readline, iteration, modes, newlines, encodings.
import os

NAME = "files_text_tmp.txt"

with open(NAME, "w") as f:
    print(repr(f))
    print(f.name, f.mode, f.encoding, f.errors, f.closed, f.newlines)
    print(f.readable(), f.writable(), f.seekable())
    print(f.write("first line\n"))
    print(f.write("second line\nthird"))
    f.writelines(["\n", "fourth\n", "fifth"])
    print(f.tell())
print(f.closed)

f = open(NAME)
print(repr(f.read(5)), repr(f.readline()), repr(f.readline(3)), repr(f.readline()))
print(f.readlines())
print(repr(f.read()), repr(f.readline()))
f.seek(0)
print(repr(f.read()))
print(f.tell())
f.close()
f.close()

with open(NAME) as f:
    for i, line in enumerate(f):
        print(i, repr(line))

with open(NAME, "a") as f:
    print(f.tell())
    f.write("\nappended\n")
with open(NAME) as f:
    print(f.read().splitlines())

# newline handling
with open(NAME, "w", newline="") as f:
    f.write("a\r\nb\rc\nd")
with open(NAME, "rb") as f:
    print(f.read())
with open(NAME) as f:
    print(f.readlines())
with open(NAME, newline="") as f:
    print(f.readlines())
with open(NAME, newline="\r") as f:
    print(f.readlines())
with open(NAME, newline="\r\n") as f:
    print(f.readlines())
with open(NAME, "w", newline="\r\n") as f:
    f.write("x\ny\n")
with open(NAME, "rb") as f:
    print(f.read())
with open(NAME) as f:
    print(repr(f.read(2)), repr(f.read(1)), repr(f.read()))

# encodings
with open(NAME, "w", encoding="utf-8") as f:
    print(f.write("h\u00e9llo \u20ac \U0001f600\n"))
with open(NAME, encoding="utf8") as f:
    print(repr(f), f.encoding)
    print(f.read(3), f.read())
with open(NAME, "rb") as f:
    print(f.read())
with open(NAME, "w", encoding="latin-1") as f:
    f.write("caf\u00e9\n")
with open(NAME, "rb") as f:
    print(f.read())
with open(NAME, encoding="latin-1") as f:
    print(f.read())
with open(NAME, "w", encoding="ascii", errors="replace") as f:
    f.write("na\u00efve\n")
with open(NAME) as f:
    print(f.read())
with open(NAME, "wb") as f:
    f.write(b"ok\xff\n")
with open(NAME, errors="replace") as f:
    print(ascii(f.read()))
with open(NAME, errors="ignore") as f:
    print(f.read())
try:
    with open(NAME) as f:
        f.read()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
try:
    with open(NAME, "w", encoding="ascii") as f:
        f.write("\u00e9")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)

# r+ and w+
with open(NAME, "w+") as f:
    f.write("hello world\n")
    f.seek(0)
    print(repr(f.read()))
    f.seek(0, 2)
    f.write("more\n")
    f.seek(0)
    print(f.readlines())
with open(NAME, "r+") as f:
    print(repr(f.readline()))
    f.write("X")
with open(NAME) as f:
    print(f.read())
with open(NAME, "r+") as f:
    print(f.truncate(5))
with open(NAME) as f:
    print(repr(f.read()))

# print(file=)
with open(NAME, "w") as f:
    print("via", "print", sep="-", end="!\n", file=f)
    print(1, 2, 3, file=f)
with open(NAME) as f:
    print(f.read(), end="")

# line_buffering and buffering=1
f = open(NAME, "w", buffering=1)
print(f.line_buffering)
f.close()

# data is flushed when the last reference goes
def write_unclosed():
    g = open(NAME, "w")
    g.write("flushed on drop\n")
write_unclosed()
with open(NAME) as f:
    print(f.read(), end="")

os.remove(NAME)
print(os.path.exists(NAME))
