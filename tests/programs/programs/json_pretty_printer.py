# A hand-written JSON serializer, pretty printer and parser
ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t"}


def escape(s):
    return '"' + "".join(ESCAPES.get(ch) or (ch if 32 <= ord(ch) <= 126 else f"\\u{ord(ch):04x}") for ch in s) + '"'


def dumps(value, indent=2, level=0):
    pad = " " * (indent * (level + 1))
    end_pad = " " * (indent * level)
    if value is None or isinstance(value, bool):
        return {None: "null", True: "true", False: "false"}[value]
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        return escape(value)
    if isinstance(value, (list, tuple)):
        if not value:
            return "[]"
        items = [pad + dumps(v, indent, level + 1) for v in value]
        return "[\n" + ",\n".join(items) + "\n" + end_pad + "]"
    if isinstance(value, dict):
        if not value:
            return "{}"
        items = [pad + escape(str(k)) + ": " + dumps(v, indent, level + 1) for k, v in value.items()]
        return "{\n" + ",\n".join(items) + "\n" + end_pad + "}"
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


class Loader:
    def __init__(self, text):
        self.text, self.pos = text, 0

    def skip(self, expected=None):
        while self.text[self.pos] in " \n\t\r":
            self.pos += 1
        ch = self.text[self.pos]
        if expected is not None:
            if ch != expected:
                raise ValueError(f"expected {expected!r} at {self.pos}, got {ch!r}")
            self.pos += 1
        return ch

    def value(self):
        ch = self.skip()
        if ch in "[{":
            close, result = ("]", []) if ch == "[" else ("}", {})
            self.pos += 1
            while self.skip() != close:
                if ch == "[":
                    result.append(self.value())
                else:
                    key = self.value()
                    self.skip(":")
                    result[key] = self.value()
                if self.skip() == ",":
                    self.pos += 1
            self.pos += 1
            return result
        if ch == '"':
            out, self.pos = [], self.pos + 1
            while self.text[self.pos] != '"':
                c = self.text[self.pos]
                if c == "\\":
                    self.pos += 1
                    c = self.text[self.pos]
                    if c == "u":
                        c = chr(int(self.text[self.pos + 1:self.pos + 5], 16))
                        self.pos += 4
                    else:
                        c = {"n": "\n", "t": "\t"}.get(c, c)
                out.append(c)
                self.pos += 1
            self.pos += 1
            return "".join(out)
        for word, val in (("null", None), ("true", True), ("false", False)):
            if self.text.startswith(word, self.pos):
                self.pos += len(word)
                return val
        start = self.pos
        while self.text[self.pos] in "+-0123456789.eE":
            self.pos += 1
        num = self.text[start:self.pos]
        return float(num) if any(c in num for c in ".eE") else int(num)


data = {"name": "Widget \"Pro\"", "price": 19.99, "tags": ["tools", "sale"], "stock": None,
        "active": True, "dims": {"w": 10, "h": 2.5, "unit": "cm"}, "notes": "line1\nline2\tcafé", "empty": [], "e": {},
        "path": "C:\\dir\\file"}
text = dumps(data)
print(text)
back = Loader(text).value()
print(back == data, back["notes"], back["dims"]["h"])
print(dumps([1, [2, [3, []]]], indent=1))
for bad in [lambda: dumps({"s": {1, 2}}), lambda: Loader('{"a" 1}').value()]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
