# find/rfind/index/rindex/count/startswith/endswith
s = "mississippi"
print(s.find("ss"), s.rfind("ss"), s.find("ss", 3), s.find("ss", 3, 5), s.find("x"), s.find(""))
print(s.index("p"), s.rindex("p"), s.index("i", 2), s.rindex("i", 0, 5), s.find("", 20))
print(s.count("s"), s.count("ss"), s.count("issi"), s.count(""), s.count("i", 5), s.count("s", 2, 4))
print(s.startswith("miss"), s.startswith("iss", 1), s.startswith(("x", "mi")), s.endswith("pi"))
print(s.endswith(("pp", "ppi")), s.endswith("ss", 0, 4), s.startswith(""), "".endswith(""))
print("aaaa".count("aa"), "abababa".find("aba", 1), "abababa".rfind("aba"))
positions = []
start = 0
while (pos := s.find("s", start)) != -1:
    positions.append(pos)
    start = pos + 1
print(positions)
try:
    s.index("z")
except ValueError as e:
    print(type(e).__name__, e)
try:
    s.rindex("q")
except ValueError as e:
    print(type(e).__name__, e)
try:
    s.startswith(["m"])
except TypeError as e:
    print(type(e).__name__, e)
print("ab" * 3 in "xababababx", "ba" in "aab", s.find("sip"), s[s.find("sip"):])
