import string
from string import Template

text = "The quick brown fox, jumps over the lazy dog! 42 times."
letters = sum(c in string.ascii_letters for c in text)
digits = sum(c in string.digits for c in text)
punct = sum(c in string.punctuation for c in text)
spaces = sum(c in string.whitespace for c in text)
print(letters, digits, punct, spaces)
clean = "".join(c for c in text.lower() if c not in string.punctuation)
print(clean, string.capwords(clean))
table = str.maketrans("", "", string.punctuation)
print(text.translate(table))
row = Template("| $name | ${qty}x | $$$price |")
for name, qty, price in [("apple", 3, "1.20"), ("melon", 1, "3.00")]:
    print(row.substitute(name=name, qty=qty, price=price))


class Money(Template):
    delimiter = "#"


print(Money("Total: #amount (#{currency})").substitute(amount=99, currency="EUR"))
print(all(c in string.printable for c in text), string.hexdigits.index("f"), string.octdigits[-1])
alphabet = string.ascii_lowercase
shift = 3
caesar = str.maketrans(alphabet, alphabet[shift:] + alphabet[:shift])
print("attack at dawn".translate(caesar))
