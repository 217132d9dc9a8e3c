# A JSON-like text format, handled entirely by hand: nested data is built,
# serialised to text with escapes, tokenized character by character, parsed
# back by recursive descent, checked for a lossless round trip, and walked to
# compute statistics. Exercises string building, indexing and slicing,
# str methods, dicts and lists, recursion and isinstance dispatch.


class ParseError(Exception):
    pass


def build_document(seed, count):
    state = seed
    words = ["alpha", "beta", "gamma", "delta", "tab\there", 'quote"d',
             "back\\slash", "new\nline", "caf\u00e9", "", "x" * 12]
    records = []
    for i in range(count):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        tags = [words[(state >> k) % len(words)] for k in range(0, 12, 3)]
        records.append({
            "id": i,
            "name": words[state % len(words)] + str(i),
            "score": (state % 100000) / 128.0 - 300.0,
            "active": state % 3 == 0,
            "parent": None if i == 0 else (state % i),
            "tags": tags,
            "pos": {"x": state % 97 - 48, "y": -(state % 89), "z": [i, i * 2, i * 3]},
        })
    return {"version": 3, "records": records, "meta": {"count": count, "ok": True}}


ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r"}


def dump_string(s, out):
    out.append('"')
    for ch in s:
        e = ESCAPES.get(ch)
        if e is not None:
            out.append(e)
        elif ord(ch) < 32 or ord(ch) > 126:
            out.append("\\u%04x" % ord(ch))
        else:
            out.append(ch)
    out.append('"')


def dump(value, out):
    if value is None:
        out.append("null")
    elif value is True:
        out.append("true")
    elif value is False:
        out.append("false")
    elif isinstance(value, int):
        out.append(str(value))
    elif isinstance(value, float):
        out.append(repr(value))
    elif isinstance(value, str):
        dump_string(value, out)
    elif isinstance(value, list):
        out.append("[")
        for i, item in enumerate(value):
            if i:
                out.append(", ")
            dump(item, out)
        out.append("]")
    elif isinstance(value, dict):
        out.append("{")
        first = True
        for key, item in value.items():
            if not first:
                out.append(", ")
            first = False
            dump_string(key, out)
            out.append(": ")
            dump(item, out)
        out.append("}")
    else:
        raise TypeError("cannot serialise %s" % type(value).__name__)


def tokenize(text):
    tokens = []
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch in " \n\t\r":
            i += 1
        elif ch in "{}[]:,":
            tokens.append((ch, None))
            i += 1
        elif ch == '"':
            i += 1
            parts = []
            start = i
            while True:
                ch = text[i]
                if ch == '"':
                    parts.append(text[start:i])
                    i += 1
                    break
                if ch == "\\":
                    parts.append(text[start:i])
                    esc = text[i + 1]
                    if esc == "u":
                        parts.append(chr(int(text[i + 2:i + 6], 16)))
                        i += 6
                    else:
                        parts.append({"n": "\n", "t": "\t", "r": "\r"}.get(esc, esc))
                        i += 2
                    start = i
                else:
                    i += 1
            tokens.append(("str", "".join(parts)))
        elif ch == "-" or ch.isdigit():
            start = i
            i += 1
            while i < n and text[i] in "0123456789.eE+-":
                i += 1
            word = text[start:i]
            if "." in word or "e" in word or "E" in word:
                tokens.append(("num", float(word)))
            else:
                tokens.append(("num", int(word)))
        elif text.startswith("true", i):
            tokens.append(("lit", True))
            i += 4
        elif text.startswith("false", i):
            tokens.append(("lit", False))
            i += 5
        elif text.startswith("null", i):
            tokens.append(("lit", None))
            i += 4
        else:
            raise ParseError("unexpected %r at %d" % (ch, i))
    return tokens


class Parser:
    def __init__(self, tokens):
        self.tokens = tokens
        self.pos = 0

    def expect(self, kind):
        tok = self.tokens[self.pos]
        if tok[0] != kind:
            raise ParseError("expected %s, got %s" % (kind, tok[0]))
        self.pos += 1
        return tok

    def value(self):
        kind, val = self.tokens[self.pos]
        self.pos += 1
        if kind == "{":
            result = {}
            if self.tokens[self.pos][0] == "}":
                self.pos += 1
                return result
            while True:
                key = self.expect("str")[1]
                self.expect(":")
                result[key] = self.value()
                if self.tokens[self.pos][0] == ",":
                    self.pos += 1
                else:
                    self.expect("}")
                    return result
        if kind == "[":
            items = []
            if self.tokens[self.pos][0] == "]":
                self.pos += 1
                return items
            while True:
                items.append(self.value())
                if self.tokens[self.pos][0] == ",":
                    self.pos += 1
                else:
                    self.expect("]")
                    return items
        if kind in ("str", "num", "lit"):
            return val
        raise ParseError("unexpected token %s" % kind)


def stats(value, acc):
    if isinstance(value, dict):
        acc["dicts"] += 1
        for k, v in value.items():
            acc["keychars"] += len(k)
            stats(v, acc)
    elif isinstance(value, list):
        acc["lists"] += 1
        for v in value:
            stats(v, acc)
    elif isinstance(value, str):
        acc["strings"] += 1
        acc["chars"] += len(value)
    elif isinstance(value, bool) or value is None:
        acc["literals"] += 1
    elif isinstance(value, float):
        acc["floatsum"] += value
    else:
        acc["intsum"] += value


def main():
    doc = build_document(7, 4500)
    out = []
    dump(doc, out)
    text = "".join(out)
    print("text", len(text), text[:72])
    for round_trip in range(3):
        tokens = tokenize(text)
        parsed = Parser(tokens).value()
        out = []
        dump(parsed, out)
        again = "".join(out)
        print("round trip", round_trip, len(tokens), parsed == doc, again == text)
        text = again
    acc = {"dicts": 0, "lists": 0, "strings": 0, "chars": 0, "keychars": 0,
           "literals": 0, "floatsum": 0.0, "intsum": 0}
    stats(parsed, acc)
    for key in sorted(acc):
        print(key, acc[key])
    try:
        Parser(tokenize('{"a": [1, 2,, 3]}')).value()
    except ParseError as e:
        print("error:", e)


main()
