# A tiny Markdown-to-HTML converter (headings, lists, emphasis, code, links, paragraphs)
DOC = """# Title with *emphasis*

Some **bold** text and `inline code`, plus a [link](http://example.com).
This line continues the paragraph.

## List section

- first item
- second **item** with `code`

1. one
2. two

> quoted text
```
def f(x):
    return x < 1 and "<raw>"
```

Final paragraph & done.
"""


def escape(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def inline(text):
    text = escape(text)
    out, i = [], 0
    while i < len(text):
        if text.startswith("**", i) and "**" in text[i + 2:]:
            j = text.index("**", i + 2)
            out.append("<strong>" + text[i + 2:j] + "</strong>")
            i = j + 2
        elif text[i] == "*" and "*" in text[i + 1:]:
            j = text.index("*", i + 1)
            out.append("<em>" + text[i + 1:j] + "</em>")
            i = j + 1
        elif text[i] == "`" and "`" in text[i + 1:]:
            j = text.index("`", i + 1)
            out.append("<code>" + text[i + 1:j] + "</code>")
            i = j + 1
        elif text[i] == "[" and "](" in text[i:]:
            mid = text.index("](", i)
            end = text.index(")", mid)
            out.append(f'<a href="{text[mid + 2:end]}">{text[i + 1:mid]}</a>')
            i = end + 1
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def convert(md):
    html, para, list_kind, in_code = [], [], None, False

    def flush():
        nonlocal list_kind
        if para:
            html.append("<p>" + inline(" ".join(para)) + "</p>")
            para.clear()
        if list_kind:
            html.append(f"</{list_kind}>")
            list_kind = None

    for line in md.splitlines():
        if line.startswith("```"):
            if in_code:
                html.append("</code></pre>")
            else:
                flush()
                html.append("<pre><code>")
            in_code = not in_code
        elif in_code:
            html.append(escape(line))
        elif line.startswith("#"):
            flush()
            level = len(line) - len(line.lstrip("#"))
            html.append(f"<h{level}>{inline(line[level:].strip())}</h{level}>")
        elif line.startswith("- ") or (line[:1].isdigit() and line[1:3] == ". "):
            kind = "ul" if line.startswith("- ") else "ol"
            if para or list_kind != kind:
                flush()
                html.append(f"<{kind}>")
                list_kind = kind
            html.append("  <li>" + inline(line.split(" ", 1)[1]) + "</li>")
        elif line.startswith("> "):
            flush()
            html.append("<blockquote>" + inline(line[2:]) + "</blockquote>")
        elif not line.strip():
            flush()
        else:
            para.append(line.strip())
    flush()
    return "\n".join(html)


print(convert(DOC))
