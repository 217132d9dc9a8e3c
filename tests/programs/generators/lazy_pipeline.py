# A lazy pipeline of generator stages: each stage pulls on demand.
trace = []


def read_lines(text):
    for line in text.splitlines():
        trace.append("read")
        yield line


def parse(lines):
    for line in lines:
        name, _, value = line.partition("=")
        trace.append("parse")
        yield name.strip(), int(value)


def only_positive(pairs):
    for name, value in pairs:
        if value > 0:
            yield name, value


def running_total(pairs):
    total = 0
    for name, value in pairs:
        total += value
        yield name, total


text = """a = 3
b = -2
c = 5
d = 0
e = 7
f = 1"""
stages = running_total(only_positive(parse(read_lines(text))))
print(trace)
print(next(stages))
print(trace)
for name, total in stages:
    print(name, total)
    if total > 10:
        break
print(trace.count("read"), trace.count("parse"))
stages.close()


def chunked(it, size):
    chunk = []
    for x in it:
        chunk.append(x)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


print(list(chunked(range(7), 3)))
print(list(chunked((c.upper() for c in "pipeline"), 5)))
