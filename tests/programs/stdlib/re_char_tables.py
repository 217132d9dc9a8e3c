# Character classes, first-character filters and fused runs answer code
# points below 256 from per-character tables: every table edge (0, 63/64,
# 127/128, 191/192, 255/256), negated and case-insensitive classes, str
# subjects of every width and bytes with high bytes.
import re

EDGES = [0, 1, 62, 63, 64, 65, 126, 127, 128, 129, 190, 191, 192, 193, 254, 255, 256, 257, 0x3A9, 0x10000, 0x1F600]


def show(label, value):
    print(label, value)


def char_sets():
    for c in EDGES:
        ch = chr(c)
        for pat in ["[\x00-\x3f]", "[\x40-\x7f]", "[\x80-\xbf]", "[\xc0-\xff]", "[^\x00-\xff]",
                    "[?@]", "[\x7f\x80]", "[\xbf\xc0]", "[\xff\u0100]", r"[\w]", r"[^\w]", r"[\s\d]"]:
            p = re.compile(pat)
            r = (bool(p.fullmatch(ch)), bool(p.search("zz" + ch)), len(p.findall(ch * 3 + "a")))
            print(c, ascii(pat), r)


def first_sets():
    # Unanchored searches skip to a possible first character.
    text = "".join(chr(c) for c in EDGES) * 2
    for pat in [r"[\x3f\x40]\W", r"[\x7f-\x81]+", r"[\xff\u0100]", r"\xff.", r"[\u03a9\U0001F600]",
                r"(?:\x40|\x80)", r"(?i)[\xc0-\xc2]", r"(?<=\x3f)\x40", r"[^\x00-\xfe]"]:
        p = re.compile(pat)
        print(ascii(pat), [ascii(m.group()) for m in p.finditer(text)], [m.span() for m in p.finditer(text)])


def single_char_prefix():
    # A one-character first set becomes a searched-for prefix.
    for pat, text in [("[\xe9]x", "ab\xe9y\xe9x"), ("(?:\x80|\x80)y", "\x80\x80y"),
                      ("[\x00]a", "b\x00\x00a"), ("(?<=a)[\xff]", "\xffa\xff"),
                      ("[\xff]", "\u0100\xff"), ("[a]b", "aab" * 3)]:
        print(ascii(pat), [m.span() for m in re.finditer(pat, text)])


def runs():
    # Straight lines of tests are fused; each position has its own table.
    p = re.compile(r"(\d)([\x80-\xff])(\w)-([^\x00-\x7f])")
    for s in ["1\x80a-\xff", "9\xffZ-\u0100", "1\x7fa-\xff", "0\xc0_-\x80", "5\xbf\xe9-\U0001F600",
              "1\x80a-\x7f", "xx3\xa0b-\xa0yy"]:
        m = p.search(s)
        print(ascii(s), m and [ascii(g) for g in m.groups()], m and m.span())
    q = re.compile(r"(?i)([a-z\xe0])\xc9(\d)")
    for s in ["A\xe9" + "1", "\xc0\xc91", "b\xc9x", "Z\xe99"]:
        m = q.search(s)
        print(ascii(s), m and m.groups())


def repeats():
    p = re.compile(r"[\x40-\x7f]+")
    print(p.findall("\x3f\x40\x7f\x80abc\x00\x7e"))
    q = re.compile(r"[^\x80-\xff]{2,}")
    print([ascii(x) for x in q.findall("ab\x80\x81cd\xffe\u0100f")])
    r = re.compile(r"\w+@")
    print(r.findall("\xe9t\xe9@ x\u0100y@ \x7f@ _@"))


def byte_patterns():
    data = bytes(range(256)) * 2
    for pat in [rb"[\x00-\x3f]{3}", rb"[\x80-\xbf]+", rb"[^\x00-\xfe]", rb"\xff\x00", rb"[\x3f\x40]"]:
        found = re.findall(pat, data)
        print(pat, len(found), found[:3])
    print(re.sub(rb"[\x7f\x80]", b"!", b"a\x7fb\x80c\x81"))


char_sets()
first_sets()
single_char_prefix()
runs()
repeats()
byte_patterns()
