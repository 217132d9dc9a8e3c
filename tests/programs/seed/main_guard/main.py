# `if __name__ == "__main__":` guards run only for the entry script.
import tool

print("main: __name__ =", __name__)
print("tool.__name__ =", tool.__name__)
import sys
print(sys.modules["__main__"].__name__)
print(sys.modules["__main__"] is sys.modules[__name__])
print("greet" in dir(sys.modules["__main__"]))


def greet():
    return "hi"


print("greet" in dir(sys.modules["__main__"]))

if __name__ == "__main__":
    print("entry guard ran")
    tool.main()
