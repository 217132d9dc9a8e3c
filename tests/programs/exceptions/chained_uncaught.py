# An uncaught chained exception: the traceback's last line names the outer error
class ParseError(Exception):
    pass


def parse_record(line):
    fields = line.split(",")
    try:
        return {"name": fields[0], "age": int(fields[1])}
    except (IndexError, ValueError) as e:
        raise ParseError(f"bad record {line!r}") from e


lines = ["ann,31", "bob,45", "cy,unknown"]
for line in lines:
    print(parse_record(line))
print("unreachable")
