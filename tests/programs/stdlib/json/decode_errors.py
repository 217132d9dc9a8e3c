# json.loads error messages and positions for malformed documents.
import json

bad_docs = ["", "   ", "nul", "[1, 2", "[1 2]", "[1,]", '{"a" 1}', '{"a": }', "{'a': 1}",
            '{"a": 1,}', '{"a": 1 "b": 2}', '"abc', '"a\\qb"', '"\\u12"', '"tab\there"',
            "01", "1 2", "-", "[1, 2]]", '{"x": [1, {"y": tru}]}', "\n\n  [\n 1,\n x]",
            "-Infinityx", "1.", ".5", "1e", '{"a":1', "[", "{", '"\\ud834\\u00"']
for doc in bad_docs:
    try:
        json.loads(doc)
    except json.JSONDecodeError as e:
        print(repr(doc), "->", e, "|", e.msg, e.pos, e.lineno, e.colno)
for bad in (None, 5, [1]):
    try:
        json.loads(bad)
    except TypeError as e:
        print("TypeError:", e)
print(isinstance(json.JSONDecodeError("m", "d", 0), ValueError))
try:
    json.loads("[1, 2, oops]")
except ValueError as e:
    print("ValueError:", e)
