# split, rsplit and join
s = "  the quick  brown\tfox\njumps  "
print(s.split())
print(s.split(" "))
print("a,b,,c,".split(","), "a,b,,c,".split(",", 2), "a,b,,c,".rsplit(",", 2))
print("a b c d".split(None, 1), "a b c d".rsplit(None, 1), "a b c d".rsplit(maxsplit=2))
print("".split(), "".split(","), "   ".split(), ",".split(","))
print("one::two::three".split("::"), "key=value=x".split("=", 1), "path/to/file.txt".rsplit("/", 1))
print("x".join(["a", "b", "c"]), "".join(["1", "2"]), ", ".join([]), "-".join("abc"))
print(" ".join(str(i) for i in range(5)), "\n".join(["l1", "l2"]))
words = "the cat sat on the mat".split()
print(len(words), "_".join(reversed(words)), " ".join(w.capitalize() for w in words))
csv = "name,age,city\nalice,30,paris\nbob,25,rome"
rows = [line.split(",") for line in csv.split("\n")]
header, *data = rows
for row in data:
    print(dict(zip(header, row)))
try:
    "a b".split("")
except ValueError as e:
    print(type(e).__name__, e)
try:
    ",".join(["a", 1])
except TypeError as e:
    print(type(e).__name__, e)
print("1 2 3".split(" ", 0), "a\u00a0b c".split(), "a\x0bb\x0cc".split())
