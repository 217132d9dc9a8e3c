# str.startswith/endswith with one str argument and no bounds compare
# bytes; tuples, bounds, non-ASCII text, subclasses and errors keep the
# general path's results.
class S(str):
    def endswith(self, *a):
        return "overridden"


words = ["item17", "item7", "", "7", "héllo wörld", "ü", "aü", "€uro€", S("x7")]
for w in words:
    print(repr(w), w.endswith("7"), w.startswith("item"), w.endswith(""), w.startswith(""),
          w.endswith("ü"), w.startswith("€"), w.endswith("o€"), w.endswith(S("7")))
print(str.endswith(S("x7"), "7"), S("x7").endswith("7"))
print("abc".endswith(("x", "c")), "abc".startswith(("b", "a")), "abc".endswith(()))
print("abcabc".endswith("abc", 0, 5), "abcabc".startswith("bc", 1), "abc".endswith("c", -1))
print("abc".startswith("", 3), "abc".startswith("", 4), "abc".endswith("", 5, 1))
print("héllo".endswith("llo", 0, 5), "héllo".startswith("é", 1), "héllo".endswith("é", 0, 2))
print("x".startswith("xx"), "".endswith("a"), "aaa".endswith("aaaa"))
for bad in (
    lambda: "a".endswith(1),
    lambda: "a".startswith(None),
    lambda: "a".endswith(("a", 1)),
    lambda: "a".endswith(),
    lambda: "a".startswith("a", "b"),
    lambda: str.endswith(5, "a"),
):
    try:
        print(bad())
    except TypeError as e:
        print("TypeError:", e)
