# partition, rpartition and splitlines
print("key=value=more".partition("="))
print("key=value=more".rpartition("="))
print("novalue".partition("="), "novalue".rpartition("="))
print("a.b.c".partition("."), "".partition("x"))
text = "line one\nline two\r\nline three\rline four\n\nlast"
print(text.splitlines())
print(text.splitlines(True))
print("".splitlines(), "\n".splitlines(), "a\n".splitlines(), "a\n\nb".split("\n"))
print("x\x0by\x0cz\x1cw\u2028v".splitlines())
config = """
# comment
host = example.org
port=8080
  debug = true
invalid line
"""
settings = {}
for line in config.splitlines():
    line = line.strip()
    if not line or line.startswith("#"):
        continue
    key, sep, value = line.partition("=")
    if not sep:
        print("skipping:", repr(line))
        continue
    settings[key.strip()] = value.strip()
print(settings)
url = "https://example.com/path/to/page?x=1&y=2"
scheme, _, rest = url.partition("://")
host, _, path = rest.partition("/")
path, _, query = path.partition("?")
print(scheme, host, path, [q.partition("=") for q in query.split("&")])
