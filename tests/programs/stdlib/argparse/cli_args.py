import argparse

parser = argparse.ArgumentParser(description='Sum some numbers.')
parser.add_argument('numbers', metavar='N', type=int, nargs='+', help='an integer')
parser.add_argument('--max', dest='accumulate', action='store_const', const=max,
                    default=sum, help='find the max (default: sum)')
parser.add_argument('--label', default='total')
args = parser.parse_args()
print(parser.prog)
print(args.label, args.accumulate(args.numbers))
