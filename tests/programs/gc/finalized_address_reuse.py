# An object resurrected by its finalizer and later freed without one (its
# class lost `__del__`) must not leave its memory marked as finalized: new
# objects that take the same memory still get their own finalizers.

saved = []


class A:
    def __del__(self):
        print("A.__del__")
        saved.append(self)


class B:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("B.__del__", self.n)


a = A()
del a
print("resurrected", len(saved))
del A.__del__
saved.clear()
print("freed without finalizer")
for i in range(5):
    b = B(i)
    del b

# Resurrected twice over: the finalizer runs only once.
class C:
    count = 0

    def __del__(self):
        C.count += 1
        print("C.__del__", C.count)
        saved.append(self)


c = C()
del c
saved.clear()
print("C finalized", C.count, "times")
for i in range(5, 8):
    b = B(i)
    del b
print("done")
