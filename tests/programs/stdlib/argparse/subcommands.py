import argparse
import sys

sys.stderr = sys.stdout

p = argparse.ArgumentParser(prog='git')
p.add_argument('--debug', action='store_true')
sub = p.add_subparsers(dest='command', help='sub-command help')
clone = sub.add_parser('clone', help='copy a repository')
clone.add_argument('url')
clone.add_argument('--depth', type=int)
commit = sub.add_parser('commit', aliases=['ci'], help='record changes')
commit.add_argument('-m', '--message', required=True)
commit.add_argument('-a', '--all', action='store_true')

for argv in [['clone', 'http://x'], ['--debug', 'commit', '-am', 'fix'],
             ['ci', '--message=hi'], ['clone', 'u', '--depth', '1'], [],
             ['push'], ['commit'], ['clone', 'u', '--bogus']]:
    try:
        print(p.parse_args(argv))
    except SystemExit as e:
        print('exit', e.code)
p.print_help()
clone.print_help()
