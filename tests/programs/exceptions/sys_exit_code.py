# sys.exit with an integer status
import sys


def main(argv):
    total = 0
    for i in range(1, 6):
        total += i
        print("step", i, "total", total)
    if total > 10:
        print("total too large, exiting with status 3")
        return 3
    return 0


status = main(sys.argv)
try:
    print("cleanup before exit")
finally:
    print("finally still runs")
sys.exit(status)
print("unreachable")
