# StringIO as an in-memory text file: building reports and parsing lines.
import io
from io import StringIO

buf = StringIO()
for i in range(3):
    buf.write(f"line {i}\n")
print(buf.write("tail"), buf.tell())
print(repr(buf.getvalue()))
buf.seek(0)
print(repr(buf.readline()), repr(buf.readline(3)), repr(buf.read(4)), buf.tell())
print(repr(buf.read()), repr(buf.read()), repr(buf.readline()))
buf.seek(0)
print([line.rstrip("\n") for line in buf])
buf.seek(5)
buf.write("X")
print(repr(buf.getvalue()))
buf.seek(0, 2)
print(buf.tell(), buf.seek(3), buf.truncate(), repr(buf.getvalue()))
src = StringIO("alpha\nbeta\ngamma")
print(src.tell(), src.readlines(), src.readlines())
src.seek(0)
print(src.read(2), src.read(0), src.readline(), src.readable(), src.writable(), src.seekable())
print(print("to buffer", 1, 2, sep="-", file=(out := StringIO())), repr(out.getvalue()))
w = StringIO()
w.writelines(["a", "b", "c\n"])
w.seek(10)
w.write("!")
print(repr(w.getvalue()))
with StringIO("ctx") as s:
    print(s.read())
print(s.closed)
for bad in (lambda: s.read(), lambda: StringIO().write(5), lambda: StringIO().seek(-1),
            lambda: StringIO().seek(1, 1), lambda: StringIO(b"x")):
    try:
        bad()
    except (ValueError, TypeError, OSError) as e:
        print(type(e).__name__, e)
print(issubclass(io.StringIO, io.TextIOBase), io.SEEK_END)
