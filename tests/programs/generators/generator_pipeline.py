# Lazy data-processing pipelines built from generators
LOG = """
2024-03-01 10:00:01 INFO user=ann action=login
2024-03-01 10:00:05 WARN user=bob action=login failed=1
2024-03-01 10:01:00 INFO user=ann action=view page=home
garbage line
2024-03-01 10:02:30 ERROR user=cy action=upload size=9000
2024-03-01 10:03:00 INFO user=bob action=login
2024-03-01 10:04:10 WARN user=ann action=upload size=12000
2024-03-01 10:05:00 INFO user=cy action=logout
"""


def lines(text):
    for line in text.splitlines():
        if line.strip():
            yield line


def parse(source):
    for line in source:
        parts = line.split()
        if len(parts) < 3 or parts[2] not in ("INFO", "WARN", "ERROR"):
            print("  skipping:", repr(line))
            continue
        fields = dict(p.split("=", 1) for p in parts[3:])
        yield {"time": parts[1], "level": parts[2], **fields}


def where(records, **conds):
    for r in records:
        if all(r.get(k) == v for k, v in conds.items()):
            yield r


def project(records, *keys):
    for r in records:
        yield tuple(r.get(k) for k in keys)


def take(n, iterable):
    for i, item in enumerate(iterable):
        if i >= n:
            return
        yield item


records = list(parse(lines(LOG)))
print(len(records), "records")
print(list(project(where(records, level="WARN"), "time", "user")))
print(list(project(where(records, action="login"), "user", "level")))
print(list(take(2, project(records, "user", "action"))))
sizes = (int(r["size"]) for r in records if "size" in r)
print("total upload size:", sum(sizes))
per_user = {}
for r in records:
    per_user.setdefault(r["user"], []).append(r["action"])
print(per_user)
numbers = (n * n for n in range(1, 1000000))
big = (n for n in numbers if n % 7 == 0)
print(list(take(5, big)))
