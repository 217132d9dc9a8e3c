# Strings are immutable; "modifying" creates new strings
s = "hello"
try:
    s[0] = "H"
except TypeError as e:
    print(type(e).__name__, e)
try:
    del s[0]
except TypeError as e:
    print(type(e).__name__, e)
t = "H" + s[1:]
print(s, t)
chars = list(s)
chars[0] = "J"
chars.append("!")
print("".join(chars), s)
orig = s
s += " world"
print(orig, "|", s)
s = s.upper()
print(s, orig)
try:
    s.append("x")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    "abc".foo
except AttributeError as e:
    print(type(e).__name__, e)
up = s.replace("L", "l", 1)
print(up, s)
try:
    index = 1.0
    "abc"[index]
except TypeError as e:
    print(type(e).__name__, e)
try:
    len(5)
except TypeError as e:
    print(type(e).__name__, e)
