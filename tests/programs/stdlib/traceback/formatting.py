import sys
import traceback

sys.stderr = sys.stdout


def inner(values):
    return values['missing'] + 1


def middle(values):
    total = 0
    total += inner(values)
    return total


def outer():
    return middle({'present': 1})


try:
    outer()
except KeyError:
    text = traceback.format_exc()
    print(text, end='')
    print('---')
    traceback.print_exc()
    print('---')
    etype, value, tb = sys.exc_info()
    for line in traceback.format_exception(etype, value, tb):
        print(repr(line))
    print(traceback.format_exception_only(etype, value))
    print(traceback.format_exception_only(value))
    frames = traceback.extract_tb(tb)
    print(len(frames), frames[0].name, frames[-1].name, frames[-1].lineno)
    for f in frames:
        print(f, f.filename.endswith('formatting.py'), f.lineno, f.name, repr(f.line))
    filename, lineno, name, line = frames[1]
    print(lineno, name, line)
    print(''.join(traceback.format_tb(tb)), end='')
    print(''.join(traceback.format_tb(tb, limit=1)), end='')
    print(''.join(traceback.format_tb(tb, limit=-1)), end='')
    traceback.print_tb(tb, limit=2)
    print([(frame.f_code.co_name, lineno) for frame, lineno in traceback.walk_tb(tb)])
    print(traceback.format_list([('a.py', 3, 'f', 'x = 1'), ('b.py', 7, 'g', None)]))

print(repr(traceback.format_exc()))

# Chained exceptions.
def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise RuntimeError('bad config') from e


try:
    parse('x1')
except RuntimeError as e:
    print(''.join(traceback.format_exception(e)), end='')
    print('---')
    print(''.join(traceback.format_exception(e, chain=False)), end='')

try:
    try:
        1 / 0
    except ZeroDivisionError:
        [][3]
except IndexError as e:
    traceback.print_exception(e)
    te = traceback.TracebackException.from_exception(e)
    print(''.join(te.format_exception_only()), end='')
    print(type(te.__context__).__name__, te.exc_type.__name__, len(te.stack))

e = ValueError('never raised')
print(traceback.format_exception(e))
print(traceback.format_exception_only(None))
err = ValueError('with note')
err.add_note('a note')
print(traceback.format_exception_only(err))


def recurse(n):
    if n == 0:
        raise RecursionError('deep enough')
    return recurse(n - 1)


try:
    recurse(10)
except RecursionError:
    print(traceback.format_exc())


def where():
    return traceback.extract_stack()


stack = where()
print([f.name for f in stack][-2:], stack[-1].line)
print(''.join(traceback.format_stack()[-1:]), end='')
