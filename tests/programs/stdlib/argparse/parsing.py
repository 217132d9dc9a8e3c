import argparse
import sys

# Errors go to stderr; show them on stdout so the whole text is compared.
sys.stderr = sys.stdout


def run(parser, argv):
    try:
        print(parser.parse_args(argv))
    except SystemExit as e:
        print('exit', e.code)


p = argparse.ArgumentParser(prog='tool', description='A small tool.')
p.add_argument('src', help='source file')
p.add_argument('dst', nargs='?', default='out.txt', help='destination')
p.add_argument('-n', '--count', type=int, default=1, help='how many times')
p.add_argument('-v', '--verbose', action='count', default=0)
p.add_argument('-q', '--quiet', action='store_true')
p.add_argument('--no-color', dest='color', action='store_false')
p.add_argument('--mode', choices=['fast', 'slow'], default='fast')
p.add_argument('-I', '--include', action='append', metavar='DIR')
p.add_argument('--const', action='store_const', const=42)
p.add_argument('--pair', nargs=2, type=float)
p.add_argument('--tags', nargs='*')
p.add_argument('--ratio', type=float, required=False)

run(p, ['a.txt'])
run(p, ['a.txt', 'b.txt', '-n', '3', '-vv', '-q'])
run(p, ['--count=5', 'x', '-v', '--verbose', '--no-color', '--mode', 'slow'])
run(p, ['x', '-I', 'inc', '-Ilib', '--include=other', '--const'])
run(p, ['x', '--pair', '1.5', '2', '--tags', 'a', 'b', 'c'])
run(p, ['x', '--tags', '--pair', '0', '-1'])
run(p, ['--cou', '7', 'x'])
run(p, ['-qv', 'x'])
run(p, ['-n5', 'x'])
run(p, ['--', '-x'])
run(p, ['x', '--ratio', '-2.5'])

# Errors.
run(p, [])
run(p, ['a', 'b', 'c'])
run(p, ['x', '-n', 'many'])
run(p, ['x', '--mode', 'medium'])
run(p, ['x', '--pair', '1'])
run(p, ['x', '-n'])
run(p, ['x', '--bogus'])
run(p, ['x', '--q'])
run(p, ['x', '--quiet=yes'])
run(p, ['x', '--ratio', 'abc'])

# nargs '+' and N on positionals, and a type that raises ArgumentTypeError.
def even(text):
    n = int(text)
    if n % 2:
        raise argparse.ArgumentTypeError('%r is not even' % text)
    return n

q = argparse.ArgumentParser(prog='calc')
q.add_argument('op', choices=['add', 'mul'])
q.add_argument('nums', nargs='+', type=int)
q.add_argument('--even', type=even)
run(q, ['add', '1', '2', '3'])
run(q, ['mul', '4'])
run(q, ['sub', '1'])
run(q, ['add'])
run(q, ['add', '1', '--even', '3'])
run(q, ['add', '1', '--even', '4'])
ns, extra = q.parse_known_args(['add', '1', '--other', 'z'])
print(ns, extra)

r = argparse.ArgumentParser(prog='pt')
r.add_argument('xy', nargs=2, metavar=('X', 'Y'), type=int)
r.add_argument('rest', nargs='*', default=['none'])
run(r, ['1', '2'])
run(r, ['1', '2', '3', '4'])

ns = argparse.Namespace(a=1, b='x')
print(ns, ns.a, 'a' in ns, ns == argparse.Namespace(b='x', a=1))
print(argparse.Namespace(**{'not valid': 1, 'ok': 2}))
s = argparse.ArgumentParser(prog='s')
s.set_defaults(func='f', level=3)
s.add_argument('--level', type=int)
print(s.parse_args([]), s.get_default('level'))
