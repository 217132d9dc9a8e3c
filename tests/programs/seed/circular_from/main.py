# `from a import x` while `a` is still initialising fails with CPython's message.
print("main: start")
import a
print("a.x =", a.x)
import b
print(b.__name__)
print("main: end")
