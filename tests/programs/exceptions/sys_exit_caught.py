# SystemExit is an exception: it can be caught, and finally blocks run
import sys

try:
    sys.exit(5)
except SystemExit as e:
    print("caught SystemExit with code", e.code, e.args)
try:
    sys.exit("message")
except SystemExit as e:
    print("code is the message:", repr(e.code))
try:
    sys.exit()
except SystemExit as e:
    print("no argument gives", e.code)
print(issubclass(SystemExit, Exception), issubclass(SystemExit, BaseException))
try:
    try:
        sys.exit(2)
    except Exception:
        print("not caught by except Exception")
except SystemExit as e:
    print("caught outside, code", e.code)


def shutdown():
    try:
        print("shutting down")
        sys.exit(0)
    finally:
        print("finally during exit")


shutdown()
print("unreachable")
