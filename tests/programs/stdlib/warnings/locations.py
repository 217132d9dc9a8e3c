import sys, traceback, warnings
sys.stderr = sys.stdout

def gen():
    warnings.warn("in generator")
    yield 1
    try:
        1 / 0
    except ZeroDivisionError:
        yield traceback.format_exc()

g = gen()
print(next(g))
print(next(g), end='')
warnings.warn("far up", stacklevel=10)
warnings.warn("level 0", stacklevel=0)
traceback.print_stack()
class K:
    def m(self):
        warnings.warn("method", RuntimeWarning, stacklevel=2)
def caller():
    K().m()
caller()
print([x for x in [1] if warnings.warn("comp") is None])
try:
    raise KeyError('k')
except KeyError:
    try:
        raise ValueError('v')
    except ValueError as e:
        print(traceback.format_exc(), end='')
        print(traceback.format_exception_only(e))
print(traceback.format_exc())
def lam(): return (lambda: traceback.extract_stack())()
print([f.name for f in lam()])
