# Writing diagnostics to stderr and exiting with a status code
import sys


def warn(msg):
    print(f"warning: {msg}", file=sys.stderr)


records = ["10", "x", "30", "", "50"]
total = 0
bad = 0
for i, r in enumerate(records):
    if not r.isdigit():
        warn(f"record {i} is not a number: {r!r}")
        bad += 1
        continue
    total += int(r)
    print("record", i, "ok, total", total)
print("total", total)
sys.stdout.flush()
if bad:
    sys.stderr.write(f"error: {bad} bad records\n")
    sys.exit(2)
