# center/ljust/rjust/zfill
words = ["a", "abc", "python", "longer text"]
for w in words:
    print("[" + w.center(9) + "]", "[" + w.ljust(9, ".") + "]", "[" + w.rjust(9, "*") + "]", "[" + w.center(8, "-") + "]")
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(5), "12345".zfill(3), "".zfill(2), "-".zfill(3))
print("x".center(4, "ab"[0]), "ab".center(5), "ab".center(6), "abc".center(6))
try:
    "x".center(5, "ab")
except TypeError as e:
    print(type(e).__name__, e)
table = [("Name", "Qty", "Price"), ("Apple", "3", "1.20"), ("Watermelon", "1", "4.50"), ("Fig", "12", "0.35")]
widths = [max(len(row[i]) for row in table) for i in range(3)]
for row in table:
    print("| " + row[0].ljust(widths[0]) + " | " + row[1].rjust(widths[1]) + " | " + row[2].rjust(widths[2]) + " |")
print("+" + "-" * (sum(widths) + 8) + "+")
for n in [1, 22, 333, 4444]:
    print(str(n).rjust(6, "0"), str(n).zfill(6), f"{n:06}")
print("title".center(20, "="))
