# The empty str is shared: the "" literal is the same object that slicing,
# joining, replacing and str() produce at run time.
import sys

empty = ""
word, csv = "abc", "a,b"
print(empty is word[:0], empty is str(), empty is "".join([]))
print(empty is word.replace("abc", ""), empty is csv.split(",")[0][:0])
print(empty is word[3:], empty is "%s" % "", empty is f"{empty}")
print(empty is str(empty), empty is empty.strip(), empty is " ".strip())
# Hashes and dict lookups are unaffected.
d = {"": 0, "a": 1}
print(d[word[:0]], d[word[0]], hash("") == 0, hash(word[:0]))
print(sys.intern("") is "", len(""), bool(""), repr(""))
# A str subclass is never the shared object.
class S(str):
    pass
print(S("") is "", S("") == "", type(S("")).__name__)
