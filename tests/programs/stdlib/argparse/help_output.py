import argparse
import sys

sys.stderr = sys.stdout

p = argparse.ArgumentParser(
    prog='backup',
    description='Copy files to a backup location, keeping old versions around '
                'for as long as the retention policy allows.',
    epilog='Report bugs to the issue tracker.')
p.add_argument('sources', nargs='+', metavar='SRC', help='files or directories to copy')
p.add_argument('dest', help='where the backup goes')
p.add_argument('-k', '--keep', type=int, default=7,
               help='number of old versions to keep (default: %(default)s)')
p.add_argument('-x', '--exclude', action='append', metavar='PATTERN',
               help='skip files matching PATTERN; may be given more than once')
p.add_argument('--compression-level-for-archives', type=int, choices=range(1, 4),
               help='how hard to squeeze')
p.add_argument('--dry-run', action='store_true', help='only show what would happen')
p.add_argument('--format', choices=['tar', 'zip'], default='tar',
               help='archive format, one of %(choices)s')
p.add_argument('--quiet', action='store_true')
p.add_argument('--version', action='version', version='%(prog)s 1.2.3')
g = p.add_argument_group('network', 'Options for remote destinations.')
g.add_argument('--host', help='remote host')
g.add_argument('--port', type=int, default=22, help=argparse.SUPPRESS)
p.print_help()
print('---')
p.print_usage()
print('---')
try:
    p.parse_args(['--version'])
except SystemExit as e:
    print('exit', e.code)
try:
    p.parse_args(['-h'])
except SystemExit as e:
    print('exit', e.code)
try:
    p.parse_args(['a'])
except SystemExit as e:
    print('exit', e.code)

# Mutually exclusive groups.
m = argparse.ArgumentParser(prog='mx')
grp = m.add_mutually_exclusive_group()
grp.add_argument('--json', action='store_true')
grp.add_argument('--csv', action='store_true')
req = m.add_mutually_exclusive_group(required=True)
req.add_argument('-a', action='store_true')
req.add_argument('-b', action='store_true')
m.print_help()
for argv in [['-a'], ['-a', '--json'], ['--json', '--csv', '-a'], [], ['-a', '-b']]:
    try:
        print(m.parse_args(argv))
    except SystemExit as e:
        print('exit', e.code)

# A long usage line wraps.
w = argparse.ArgumentParser(prog='wrapping-program-name')
for name in ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta']:
    w.add_argument('--' + name, metavar=name.upper() + '_VALUE')
w.add_argument('first_positional')
w.add_argument('second_positional', nargs='*')
w.print_usage()

# No help option, usage given, raw formatter, defaults formatter.
n = argparse.ArgumentParser(prog='nh', add_help=False, usage='%(prog)s [options] file')
n.add_argument('file')
n.print_help()
raw = argparse.ArgumentParser(prog='raw', formatter_class=argparse.RawDescriptionHelpFormatter,
                              description='line one\n  indented line two\n')
raw.print_help()
d = argparse.ArgumentParser(prog='defs', formatter_class=argparse.ArgumentDefaultsHelpFormatter)
d.add_argument('--size', type=int, default=10, help='the size')
d.add_argument('name', nargs='?', default='world', help='who')
d.print_help()
