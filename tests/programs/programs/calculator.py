# Tokenizer and recursive-descent parser/evaluator for arithmetic expressions
class ParseError(Exception):
    pass


def tokenize(src):
    tokens, i = [], 0
    while i < len(src):
        ch, j = src[i], i + 1
        if ch.isspace():
            pass
        elif ch.isdigit() or ch == ".":
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            tokens.append(("num", float(text) if "." in text else int(text)))
        elif ch.isalpha():
            while j < len(src) and src[j].isalnum():
                j += 1
            tokens.append(("name", src[i:j]))
        elif src.startswith("**", i):
            j = i + 2
            tokens.append(("op", "**"))
        elif ch in "+-*/%()":
            tokens.append(("op", ch))
        else:
            raise ParseError(f"unexpected character {ch!r} at {i}")
        i = j
    tokens.append(("end", None))
    return tokens


class Parser:
    OPS = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b,
           "/": lambda a, b: a / b, "%": lambda a, b: a % b}

    def __init__(self, tokens, env):
        self.tokens, self.pos, self.env = tokens, 0, env

    def peek(self):
        return self.tokens[self.pos]

    def take(self, value=None):
        tok = self.tokens[self.pos]
        if value is not None and tok[1] != value:
            raise ParseError(f"expected {value!r}, got {tok[1]!r}")
        self.pos += 1
        return tok

    def parse(self):
        v = self.expr()
        if self.peek()[0] != "end":
            raise ParseError(f"trailing token {self.peek()[1]!r}")
        return v

    def binary(self, ops, operand):
        v = operand()
        while self.peek()[1] in ops:
            op = self.take()[1]
            v = self.OPS[op](v, operand())
        return v

    def expr(self):
        return self.binary(("+", "-"), self.term)

    def term(self):
        return self.binary(("*", "/", "%"), self.unary)

    def unary(self):
        if self.peek()[1] == "-":
            self.take()
            return -self.unary()
        base = self.atom()
        if self.peek()[1] == "**":
            self.take()
            return base ** self.unary()
        return base

    def atom(self):
        kind, value = self.take()
        if kind == "num":
            return value
        if kind == "name":
            if value not in self.env:
                raise ParseError(f"unknown variable {value!r}")
            return self.env[value]
        if value == "(":
            v = self.expr()
            self.take(")")
            return v
        raise ParseError(f"unexpected token {value!r}")


exprs = ["1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "-2 ** 2", "10 / 4", "10 % 4 + x * y", "((x))",
         "2 * pi * 10", "1 +", "3 $ 4", "(1 + 2", "z + 1", "7 / (y - 4)", "1.5 * 4", "- - 5"]
for e in exprs:
    try:
        print(f"{e:16} = {Parser(tokenize(e), {'x': 3, 'y': 4, 'pi': 3.14159}).parse()}")
    except (ParseError, ZeroDivisionError) as err:
        print(f"{e:16} ! {type(err).__name__}: {err}")
