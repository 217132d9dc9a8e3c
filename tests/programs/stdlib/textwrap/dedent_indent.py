# textwrap.dedent and textwrap.indent on code-like blocks.
import textwrap

block = """\
    def hello():
        print("hi")

    \t
    hello()
"""
print(repr(textwrap.dedent(block)))
print(textwrap.dedent(block))
print(repr(textwrap.dedent("  a\n    b\n  c")), repr(textwrap.dedent("\ta\n  b")))
print(repr(textwrap.dedent("no indent\n  here")), repr(textwrap.dedent("   \n  x\n")))
print(repr(textwrap.dedent("  x\n\t y")), repr(textwrap.dedent("")))
print(textwrap.indent("line one\n\nline three\n", "> "))
print(repr(textwrap.indent("a\n  \nb", "+ ")))
print(repr(textwrap.indent("a\n\nb\n", "# ", lambda line: True)))
print(repr(textwrap.indent("x\r\ny", "  ")))
doc = textwrap.dedent("""
    Usage:
        tool [options] FILE

    Options:
        -h  help
""").strip()
print(textwrap.indent(doc, "    "))
