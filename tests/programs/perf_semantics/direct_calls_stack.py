# Deep recursion through direct calls (no sys._getframe in this program,
# so every simple function is called directly): the recursion limit and
# the native stack check both end in RecursionError, never a crash.
import sys


def countdown(n):
    if n == 0:
        return 0
    return countdown(n - 1) + 1


class Node:
    def depth(self, n):
        return 0 if n == 0 else self.depth(n - 1) + 1


sys.setrecursionlimit(100000)
print(countdown(50000), Node().depth(50000))
sys.setrecursionlimit(10**6)
for f in (countdown, Node().depth):
    try:
        f(10**7)
    except RecursionError as e:
        print("RecursionError:", e)
print(countdown(10))
