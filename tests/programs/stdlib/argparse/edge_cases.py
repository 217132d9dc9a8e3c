import argparse
import sys

sys.stderr = sys.stdout


def run(p, argv):
    try:
        print(p.parse_args(argv))
    except SystemExit as e:
        print('exit', e.code)


p = argparse.ArgumentParser(prog='x', epilog='See %(prog)s docs.')
p.add_argument('--opt', nargs='?', const='C', default='D')
p.add_argument('--req', required=True, metavar='R', help='required one')
p.add_argument('pos', choices=['a', 'b'], help='pick %(choices)s, default %(default)s')
p.add_argument('hidden', nargs='?', help=argparse.SUPPRESS)
p.add_argument('--num', type=int, default=None, help='num is %(default)s of %(type)s')
p.print_help()
run(p, ['--req', '1', 'a'])
run(p, ['--req', '1', 'a', '--opt'])
run(p, ['--req', '1', '--opt', 'v', 'b', 'h'])
run(p, ['a'])
run(p, ['--req'])
run(p, ['--req', '1', 'c'])

n = argparse.ArgumentParser(prog='neg')
n.add_argument('-1', dest='one', action='store_true')
n.add_argument('vals', nargs='*')
run(n, ['-1', '5'])
m = argparse.ArgumentParser(prog='neg2')
m.add_argument('--x', type=float)
m.add_argument('vals', nargs='*', type=int)
run(m, ['--x', '-2.5', '-3', '4'])
run(m, ['-3'])

plus = argparse.ArgumentParser(prog='plus', prefix_chars='+-')
plus.add_argument('+v', action='store_true')
plus.add_argument('-q', action='store_true')
run(plus, ['+v', '-q'])
plus.print_usage()

parent = argparse.ArgumentParser(add_help=False)
parent.add_argument('--shared', default=1)
child = argparse.ArgumentParser(prog='child', parents=[parent])
child.add_argument('name')
run(child, ['n', '--shared', '2'])
child.print_help()

c = argparse.ArgumentParser(prog='conf')
c.add_argument('-a', '--alpha')
try:
    c.add_argument('--alpha')
except argparse.ArgumentError as e:
    print('ArgumentError', e)
try:
    c.add_argument('bad', required=True)
except TypeError as e:
    print('TypeError', e)
try:
    c.add_argument('--z', action='store', nargs=0)
except ValueError as e:
    print('ValueError', e)
try:
    c.add_argument('--w', action='frobnicate')
except ValueError as e:
    print('ValueError', e)
r = argparse.ArgumentParser(prog='r', conflict_handler='resolve')
r.add_argument('-a', '--alpha')
r.add_argument('--alpha', help='new')
r.print_help()

long = argparse.ArgumentParser(prog='a-very-long-program-name-that-takes-up-a-lot-of-the-line-width')
long.add_argument('--first-option-with-long-name')
long.add_argument('--second-option-with-long-name')
long.add_argument('positional_argument_one')
long.add_argument('positional_argument_two')
long.print_usage()
e = argparse.ArgumentParser(prog='e', exit_on_error=False)
e.add_argument('--n', type=int)
try:
    e.parse_args(['--n', 'x'])
except argparse.ArgumentError as err:
    print('caught', err, err.argument_name)
print(repr(argparse.Namespace(a=1)), argparse.SUPPRESS)
a = argparse.ArgumentParser(prog='app')
a.add_argument('files', nargs=argparse.REMAINDER)
a.add_argument('--v', action='store_true')
run(a, ['--v', 'x', '--y', 'z'])
