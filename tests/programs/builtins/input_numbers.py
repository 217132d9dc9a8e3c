# Parsing numbers from stdin: first line is a count, then rows of numbers
import sys

n = int(input())
rows = []
for _ in range(n):
    rows.append([int(tok) for tok in input().split()])
print("rows:", rows)
print("row sums:", [sum(r) for r in rows])
print("column sums:", [sum(c) for c in zip(*rows)])
print("max:", max(max(r) for r in rows))
rest = sys.stdin.read()
words = rest.split()
print("trailing tokens:", words)
floats = [float(w) for w in words if w.replace(".", "", 1).lstrip("-").isdigit()]
print("floats:", floats, "sum:", sum(floats))
