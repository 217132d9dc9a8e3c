# *args and **kwargs parameters
def collect(*args, **kwargs):
    return args, kwargs


print(collect())
print(collect(1, 2, x=3))
print(collect(*"ab", **{"k": "v"}))


def summarize(title, *values, precision=2, **options):
    avg = sum(values) / len(values) if values else 0
    extras = ", ".join(f"{k}={v}" for k, v in sorted(options.items()))
    return f"{title}: n={len(values)} avg={avg:.{precision}f} [{extras}]"


print(summarize("empty"))
print(summarize("scores", 90, 85, 77))
print(summarize("temps", 21.5, 23.25, precision=1, unit="C", source="sensor"))


def forward(*args, **kwargs):
    return summarize(*args, **kwargs)


print(forward("fwd", 1, 2, 3, precision=0, tag="x"))


def build_tag(tag, *children, **attrs):
    attr_text = "".join(f' {k}="{v}"' for k, v in attrs.items())
    inner = "".join(children)
    return f"<{tag}{attr_text}>{inner}</{tag}>"


print(build_tag("p", "hello ", build_tag("b", "world"), id="main", cls="text"))
print(build_tag("br"))


def count_types(*args):
    counts = {}
    for a in args:
        name = type(a).__name__
        counts[name] = counts.get(name, 0) + 1
    return counts


print(count_types(1, "a", 2.0, 3, None, [], "b"))
