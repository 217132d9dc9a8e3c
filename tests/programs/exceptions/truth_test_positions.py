import sys
import traceback
# Tracebacks of truth tests that raise: the conditional jump reports the
# position CPython gives it (the comparison, or else the whole statement,
# conditional expression or comprehension), so the carets match.

class Boom:
    def __bool__(self):
        raise ValueError("no truth")

class Box:
    pass

def ternary(b):
    return 1 if b.flag else 2

def loop(b):
    while b.flag:
        pass

def comp(items):
    return [i for i in items if i.flag]

def elif_(b):
    if b is None:
        return 0
    elif b.flag:
        return 1

def assert_(b):
    assert b.flag, "msg"

b = Box()
b.flag = Boom()
for f in (ternary, loop, lambda b: comp([b]), elif_, assert_):
    try:
        f(b)
    except ValueError:

        traceback.print_exc(file=sys.stdout)

class Cmp:
    def __lt__(self, other):
        raise ValueError("no order")

def cmp_if(b):
    if b.flag < 3:
        return 1

def cmp_while(b):
    while b.flag < 3:
        pass

def none_if(b):
    if b.flag is not None and b.flag < 3:
        return 1

def not_if(b):
    if not b.flag:
        return 1

def multi(b):
    if (b.other and
            b.flag):
        return 1

b.other = 1
for f in (not_if, multi):
    try:
        f(b)
    except ValueError:
        traceback.print_exc(file=sys.stdout)
b.flag = Cmp()
for f in (cmp_if, cmp_while, none_if):
    try:
        f(b)
    except ValueError:
        traceback.print_exc(file=sys.stdout)
