# open() argument errors, closed files and unsupported operations.
import io
import os

NAME = "files_errors_tmp.txt"
with open(NAME, "w") as f:
    f.write("data\n")


def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


attempt("rw", lambda: open(NAME, "rw"))
attempt("rr", lambda: open(NAME, "rr"))
attempt("z", lambda: open(NAME, "z"))
attempt("rtb", lambda: open(NAME, "rtb"))
attempt("b", lambda: open(NAME, "b"))
attempt("+", lambda: open(NAME, "+"))
attempt("enc", lambda: open(NAME, "rb", encoding="utf-8"))
attempt("errors", lambda: open(NAME, "rb", errors="strict"))
attempt("newline", lambda: open(NAME, "rb", newline=""))
attempt("unbuffered", lambda: open(NAME, "r", buffering=0))
attempt("bad enc", lambda: open(NAME, "r", encoding="nope"))
attempt("bad newline", lambda: open(NAME, "r", newline="x"))
attempt("dir", lambda: open("."))
attempt("missing", lambda: open("no_such_file.txt"))
attempt("float", lambda: open(3.5))
attempt("mode int", lambda: open(NAME, 5))
attempt("kw", lambda: open(NAME, moda="r"))

try:
    open("no_such_dir/x.txt")
except FileNotFoundError as e:
    print(e.errno, e.strerror, e.filename, e.args)
except OSError:
    print("other")

f = open(NAME)
attempt("write on r", lambda: f.write("x"))
attempt("seek cur", lambda: f.seek(1, 1))
attempt("seek end", lambda: f.seek(1, 2))
attempt("seek neg", lambda: f.seek(-1))
attempt("seek whence", lambda: f.seek(0, 3))
attempt("read arg", lambda: f.read("x"))
f.close()
for m in ["read", "readline", "readlines", "write", "tell", "seek", "fileno",
          "readable", "flush", "__iter__", "__next__", "__enter__"]:
    args = {"write": ("x",), "seek": (0,)}.get(m, ())
    attempt("closed text " + m, lambda: getattr(f, m)(*args))
print(f.closed, repr(f))

g = open(NAME, "w")
attempt("read on w", lambda: g.read())
attempt("write bytes", lambda: g.write(b"x"))
g.close()

b = open(NAME, "rb")
attempt("bin write", lambda: b.write(b"x"))
attempt("bin seek neg", lambda: b.seek(-1))
b.close()
for m in ["read", "readline", "seek", "tell", "fileno", "__iter__"]:
    args = {"seek": (0,)}.get(m, ())
    attempt("closed rb " + m, lambda: getattr(b, m)(*args))

w = open(NAME, "wb")
attempt("wb read", lambda: w.read())
attempt("wb write str", lambda: w.write("s"))
w.close()
attempt("closed wb write", lambda: w.write(b"x"))
attempt("closed wb flush", lambda: w.flush())

try:
    open(NAME).write("x")
except io.UnsupportedOperation as e:
    print("caught io.UnsupportedOperation:", e, isinstance(e, OSError), isinstance(e, ValueError))

print(io.open is open)
print(io.TextIOWrapper.__name__, io.BufferedReader.__name__, io.FileIO.__name__)
with open(NAME) as f:
    print(isinstance(f, io.TextIOWrapper), type(f).__name__)
with open(NAME, "rb") as f:
    print(isinstance(f, io.BufferedReader))

os.remove(NAME)
attempt("remove again", lambda: os.remove(NAME))
