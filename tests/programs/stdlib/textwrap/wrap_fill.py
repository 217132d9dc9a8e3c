# textwrap: wrapping paragraphs with hyphens, indents, long words and limits.
import textwrap

text = ("The quick brown fox jumps over the lazy dog. A well-known pangram, it "
        "contains every letter of the English alphabet at least once -- useful for "
        "testing typewriters and computer keyboards, displaying examples of fonts, "
        "and other applications involving text where the use of all letters is desired.")
for width in (20, 35, 50):
    print(f"--- width {width}")
    for line in textwrap.wrap(text, width):
        print(f"|{line:<{width}}|")
print(textwrap.fill(text, 40, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap("supercalifragilisticexpialidocious is long", 10))
print(textwrap.wrap("supercalifragilisticexpialidocious is long", 10, break_long_words=False))
print(textwrap.wrap("a self-contained, high-quality, state-of-the-art thing", 12))
print(textwrap.wrap("a self-contained, high-quality thing", 12, break_on_hyphens=False))
print(textwrap.wrap("tabs\tand\nnewlines   spaces", 12), textwrap.wrap("", 10), textwrap.wrap("   ", 10))
print(textwrap.wrap("keep   the   spaces", 8, drop_whitespace=False))
print(textwrap.wrap(text, 30, max_lines=3))
print(textwrap.wrap(text, 30, max_lines=2, placeholder=" (more)"))
print(textwrap.shorten("Hello  world!", width=12), textwrap.shorten("Hello  world!", width=11))
print(textwrap.shorten(text, 40), textwrap.shorten(text, 25, placeholder="..."))
print(textwrap.wrap("Hi there. How are you? Fine.", 40, fix_sentence_endings=True))
print(textwrap.wrap("x-ray a--b foo--bar well--known", 6))
for bad in (lambda: textwrap.wrap("x", 0), lambda: textwrap.shorten("hello world", 3)):
    try:
        bad()
    except ValueError as e:
        print("ValueError", e)
w = textwrap.TextWrapper(width=15, subsequent_indent="> ")
print(w.wrap("one two three four five six seven"), w.fill("eight nine"))
