# os: directories, files, stat, rename/replace, listdir, walk, scandir.
import os
import os.path

BASE = "os_files_tmp"

print(os.name, os.sep, repr(os.linesep), os.curdir, os.pardir, os.devnull, os.extsep, os.pathsep)
print(os.path is os.path, os.path.sep)
cwd = os.getcwd()
print(os.path.isabs(cwd), os.path.isdir(cwd))
print(type(os.getpid()).__name__, os.getpid() > 0)
n = os.cpu_count()
print(n is None or n >= 1)
r = os.urandom(16)
print(type(r).__name__, len(r), len(os.urandom(0)))

os.mkdir(BASE)
print(os.path.exists(BASE), os.path.isdir(BASE), os.path.isfile(BASE))
os.makedirs(os.path.join(BASE, "a", "b", "c"))
os.makedirs(os.path.join(BASE, "a", "b"), exist_ok=True)
for name in ["one.txt", "two.txt"]:
    with open(os.path.join(BASE, name), "w") as f:
        f.write(name * 3)
with open(os.path.join(BASE, "a", "inner.txt"), "w") as f:
    f.write("x")
print(sorted(os.listdir(BASE)))
print(sorted(os.listdir(os.path.join(BASE, "a"))))

st = os.stat(os.path.join(BASE, "one.txt"))
print(st.st_size, st[6], os.path.getsize(os.path.join(BASE, "two.txt")))
print(type(st.st_mtime).__name__, st.st_mtime > 0, type(st.st_mode).__name__)
print(oct(st.st_mode & 0o170000), oct(os.stat(BASE).st_mode & 0o170000))
print(isinstance(st, tuple), isinstance(st, os.stat_result))

os.rename(os.path.join(BASE, "one.txt"), os.path.join(BASE, "uno.txt"))
os.replace(os.path.join(BASE, "uno.txt"), os.path.join(BASE, "two.txt"))
print(sorted(os.listdir(BASE)))
with open(os.path.join(BASE, "two.txt")) as f:
    print(f.read())

for top, dirs, files in os.walk(BASE):
    print(top, sorted(dirs), sorted(files))
print([t for t, _, _ in os.walk(BASE, topdown=False)][-1] == BASE)

with os.scandir(BASE) as it:
    entries = sorted(it, key=lambda e: e.name)
for e in entries:
    print(e.name, e.path, e.is_dir(), e.is_file(), e.is_symlink())

os.chdir(BASE)
print(os.path.basename(os.getcwd()) == BASE, sorted(os.listdir()))
os.chdir(os.pardir)
print(os.getcwd() == cwd)

os.remove(os.path.join(BASE, "two.txt"))
os.unlink(os.path.join(BASE, "a", "inner.txt"))
os.rmdir(os.path.join(BASE, "a", "b", "c"))
os.removedirs(os.path.join(BASE, "a", "b"))
print(os.path.exists(BASE))
