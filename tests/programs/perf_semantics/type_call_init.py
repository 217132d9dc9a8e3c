# Instantiation: object.__init__ is skipped only where it would do nothing.
print(int("5"), str(5), float("1.5"), tuple([1]), list((1,)), int(), str())
class A:
    pass
try:
    A(1)
except TypeError as e:
    print(e)
class B:
    def __new__(cls, *a):
        return object.__new__(cls)
print(type(B(1, 2)).__name__)
class C(int):
    pass
print(C(5) + 1, type(C("7")))
try:
    object(1)
except TypeError as e:
    print(e)
