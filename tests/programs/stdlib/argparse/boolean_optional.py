import argparse
import sys

sys.stderr = sys.stdout

p = argparse.ArgumentParser(prog='bo')
p.add_argument('--color', action=argparse.BooleanOptionalAction, default=True,
               help='colour the output')
p.add_argument('--cache', action=argparse.BooleanOptionalAction)
p.add_argument('-x', action=argparse.BooleanOptionalAction, default=False)
p.print_help()
for argv in [[], ['--no-color'], ['--color', '--cache'], ['--no-cache', '-x'],
             ['--no-color=1'], ['--col']]:
    try:
        print(p.parse_args(argv))
    except SystemExit as e:
        print('exit', e.code)
