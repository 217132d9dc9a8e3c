import string
from string import Template

print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(repr(string.whitespace), string.punctuation, len(string.printable))
print(string.ascii_lowercase, string.ascii_uppercase)
print(string.capwords("hello   world  from python"), string.capwords("a-b-c", "-"), string.capwords(""))
t = Template("$who likes $what, costs $$${price}")
print(t.substitute(who="tim", what="kung pao", price=10))
print(t.substitute({"who": "ann", "what": "tea", "price": 2}, who="override"))
print(t.safe_substitute(who="bo"))
print(Template("${a}b $c").get_identifiers(), Template("ok $x").is_valid(), Template("bad $").is_valid())
try:
    t.substitute(who="x")
except KeyError as e:
    print("KeyError", e)
try:
    Template("line1\nnow $ here").substitute(x=1)
except ValueError as e:
    print("ValueError", e)
print(Template("$x$y").safe_substitute(x=1), Template("50$ off").safe_substitute())
print(t.template)
