# Direct calls (see direct_calls.py) link their frames into the chain that
# sys._getframe walks; deep recursion stops with RecursionError at the
# recursion limit or when the native stack runs low, never with a crash.
import sys


def countdown(n):
    if n == 0:
        return 0
    return countdown(n - 1) + 1


# Frames of direct calls are on the frame chain.
def where():
    return sys._getframe(1).f_code.co_name


def caller():
    return where()


print(caller())

sys.setrecursionlimit(100000)
print(countdown(50000))
sys.setrecursionlimit(10**6)
try:
    countdown(10**7)
except RecursionError as e:
    print("RecursionError:", e)
print(countdown(10))
