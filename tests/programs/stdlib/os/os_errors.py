# os: OSError subclasses with errno, strerror and file names.
import os

BASE = "os_errors_tmp"


def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", repr(r))
    except OSError as e:
        print(label, "->", type(e).__name__, e.errno, e.strerror, repr(e.filename),
              repr(e.filename2), "|", e)
    except Exception as e:
        print(label, "->", type(e).__name__, e)


attempt("stat", lambda: os.stat("no_such_file"))
attempt("stat empty", lambda: os.stat(""))
attempt("listdir", lambda: os.listdir("no_such_dir"))
attempt("remove", lambda: os.remove("no_such_file"))
attempt("rmdir", lambda: os.rmdir("no_such_dir"))
attempt("rename", lambda: os.rename("no_such_a", "no_such_b"))
attempt("chdir", lambda: os.chdir("no_such_dir"))
os.mkdir(BASE)
attempt("mkdir exists", lambda: os.mkdir(BASE))
attempt("makedirs exists", lambda: os.makedirs(BASE))
print(os.makedirs(BASE, exist_ok=True))
with open(os.path.join(BASE, "f.txt"), "w") as f:
    f.write("x")
attempt("rmdir not empty", lambda: os.rmdir(BASE))
attempt("remove dir", lambda: os.remove(BASE))
attempt("listdir file", lambda: os.listdir(os.path.join(BASE, "f.txt")))
attempt("open dir", lambda: open(BASE))
attempt("stat float", lambda: os.stat(1.5))
attempt("listdir float", lambda: os.listdir(1.5))
attempt("mkdir float", lambda: os.mkdir(1.5))
attempt("urandom", lambda: os.urandom(-1))
attempt("strerror", lambda: os.strerror(2))
os.remove(os.path.join(BASE, "f.txt"))
os.rmdir(BASE)

e = OSError(2, "No such file or directory", "name.txt")
print(e.args, e.errno, e.filename, e)
e = OSError(2, "msg", "a", None, "b")
print(e.args, e)
e = OSError(5, "msg")
print(e.args, e, e.filename)
try:
    raise FileNotFoundError(2, "gone", "x.txt")
except OSError as e:
    print(type(e).__name__, e)
for errno in [2, 13, 17, 20, 21, 5]:
    e = OSError(errno, "message")
    print(errno, type(e).__name__, isinstance(e, OSError), repr(e))
print(type(OSError(2)).__name__, type(FileNotFoundError(13, "x")).__name__)
try:
    raise OSError(2, "No such file or directory", "x.txt")
except FileNotFoundError as e:
    print("caught as FileNotFoundError:", e)
