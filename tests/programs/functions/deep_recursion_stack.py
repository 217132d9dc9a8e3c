# Deep recursion runs on the program's own large native stack: 150,000
# nested Python calls fit, and running past the limit is a RecursionError.
import sys

sys.setrecursionlimit(200000)


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print(depth(150000))


def forever(n):
    return forever(n + 1)


try:
    forever(0)
except RecursionError as e:
    print("RecursionError", e)
print(depth(10))
