# Binary files: BufferedReader/Writer/Random, FileIO, read sizes, seek/tell.
import os

NAME = "files_binary_tmp.bin"

with open(NAME, "wb") as f:
    print(repr(f), f.mode, f.name, f.closed)
    print(f.readable(), f.writable(), f.seekable())
    print(f.write(b"\x00\x01\x02hello\nworld\n"))
    print(f.write(bytearray(b"tail")))
    print(f.tell())
    f.writelines([b"\n", b"x", b"y"])

with open(NAME, "rb") as f:
    print(repr(f), f.mode)
    print(f.read(3))
    print(f.tell())
    print(f.readline())
    print(f.readline(2))
    print(f.readlines())
    print(f.read(), f.read(5))
    print(f.seek(3))
    print(f.read(5))
    print(f.seek(-3, 2), f.read())
    print(f.seek(-4, 1), f.read(2))
    print(f.seek(0), list(f))

with open(NAME, "r+b") as f:
    print(repr(f), f.mode)
    print(f.read(3))
    f.write(b"HELLO")
    f.seek(0)
    print(f.read())
    print(f.truncate(8))
    f.seek(0)
    print(f.read())

with open(NAME, "w+b") as f:
    print(f.mode)
    f.write(b"abc")
    f.seek(0)
    print(f.read())

with open(NAME, "ab") as f:
    print(f.mode, f.tell())
    f.write(b"def")
with open(NAME, "rb") as f:
    print(f.read())

f = open(NAME, "rb", buffering=0)
print(repr(f), f.mode)
print(f.read(2), f.read())
f.close()
print(repr(f))

f = open(NAME, "wb", buffering=0)
print(f.write(b"raw"))
f.close()
print(os.path.getsize(NAME))

with open(NAME, "xb" if not os.path.exists(NAME) else "ab") as f:
    f.write(b"!")
print(open(NAME, "rb").read())

try:
    open(NAME, "x")
except FileExistsError as e:
    print(type(e).__name__, e.errno, e.filename, e)

with open(NAME, "rb") as f:
    fd = f.fileno()
    print(type(fd).__name__, fd > 2)

os.remove(NAME)
