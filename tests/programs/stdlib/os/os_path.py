# os.path string operations.
import os
import os.path as p

for a in ["/a/b/c.txt", "a/b/", "c.txt", "/", "", "//x", "a//b", ".bashrc", "a.b.c", "/a/.b"]:
    print(repr(a), p.split(a), p.splitext(a), repr(p.basename(a)), repr(p.dirname(a)),
          p.isabs(a))
print(p.join("a", "b", "c"), p.join("/a", "/b", "c"), p.join("a/", "b"), p.join("", "x"),
      p.join("a", ""))
for a in ["a/./b/../c", "/../x", "../../a", "a/b/..", ".", "", "//a//b/", "///a", "a/../.."]:
    print(repr(a), repr(p.normpath(a)))
print(p.abspath("x") == p.join(os.getcwd(), "x"), p.abspath("/a/../b"))
print(p.realpath("/") , p.realpath(".") == os.getcwd())
print(p.relpath("/a/b/c", "/a"), p.relpath("/a", "/a/b/c"), p.relpath("/a/b", "/a/b"))
print(p.relpath("x/y") == os.path.join("x", "y"))
print(p.commonprefix(["/usr/lib", "/usr/local", "/usr/li"]), repr(p.commonprefix([])))
print(p.commonpath(["/usr/lib", "/usr/local"]), p.commonpath(["a/b", "a/c/d"]))
print(p.exists("/"), p.isdir("/"), p.isfile("/"), p.exists("/no/such/thing"))
print(p.join(b"a", b"b"), p.split(b"/x/y"), p.splitext(b"f.tar.gz"))
try:
    p.join("a", b"b")
except TypeError as e:
    print("TypeError", e)
try:
    p.join("a", 1)
except TypeError as e:
    print("TypeError", e)
try:
    p.relpath("")
except ValueError as e:
    print("ValueError", e)
try:
    p.commonpath(["/a", "b"])
except ValueError as e:
    print("ValueError", e)
