//! Caret anchors for tracebacks: CPython 3.11 parses the failing expression's
//! source segment and, when it is a binary operation or a subscript, marks
//! the operator (or the brackets) with `^` and the operands with `~`.
//!
//! This is a small tokenizer and precedence parser that finds only what that
//! needs: the top node's kind and the spans (byte offsets in the segment) of
//! a binary operation's operands or a subscript's value and slice, with
//! Python's rule that a parenthesized expression's node excludes the parens.

#[derive(Clone, Copy, PartialEq, Debug)]
enum Tok {
    Name,
    Number,
    Str,
    Op,
    Open(u8),
    Close(u8),
}

#[derive(Clone, Copy, Debug)]
struct Token {
    kind: Tok,
    start: usize,
    end: usize,
}

const KEYWORDS: &[&str] = &[
    "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del", "elif",
    "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda",
    "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
];

fn is_ws(c: u8) -> bool {
    c == b' ' || c == b'\t' || c == 0x0c
}

fn tokenize(s: &str) -> Option<Vec<Token>> {
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if is_ws(c) || c == b'\n' || c == b'\r' {
            i += 1;
            continue;
        }
        if c == b'\\' {
            i += 1;
            continue;
        }
        if c == b'#' {
            break;
        }
        let start = i;
        if c.is_ascii_alphabetic() || c == b'_' || c >= 0x80 {
            while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'_' || b[i] >= 0x80) {
                i += 1;
            }
            // A string prefix?
            if i < b.len() && (b[i] == b'\'' || b[i] == b'"') {
                let p = s[start..i].to_ascii_lowercase();
                if matches!(
                    p.as_str(),
                    "r" | "b" | "f" | "u" | "rb" | "br" | "fr" | "rf"
                ) {
                    i = skip_string(b, i, p.contains('r'))?;
                    out.push(Token {
                        kind: Tok::Str,
                        start,
                        end: i,
                    });
                    continue;
                }
            }
            out.push(Token {
                kind: Tok::Name,
                start,
                end: i,
            });
            continue;
        }
        if c.is_ascii_digit() || (c == b'.' && i + 1 < b.len() && b[i + 1].is_ascii_digit()) {
            let hex = c == b'0' && i + 1 < b.len() && matches!(b[i + 1], b'x' | b'X');
            while i < b.len() {
                let d = b[i];
                let exponent_sign = (d == b'+' || d == b'-')
                    && !hex
                    && matches!(b[i - 1], b'e' | b'E')
                    && i + 1 < b.len()
                    && b[i + 1].is_ascii_digit();
                if d.is_ascii_alphanumeric() || d == b'_' || d == b'.' || exponent_sign {
                    i += 1;
                } else {
                    break;
                }
            }
            out.push(Token {
                kind: Tok::Number,
                start,
                end: i,
            });
            continue;
        }
        if c == b'\'' || c == b'"' {
            i = skip_string(b, i, false)?;
            out.push(Token {
                kind: Tok::Str,
                start,
                end: i,
            });
            continue;
        }
        if matches!(c, b'(' | b'[' | b'{') {
            out.push(Token {
                kind: Tok::Open(c),
                start,
                end: i + 1,
            });
            i += 1;
            continue;
        }
        if matches!(c, b')' | b']' | b'}') {
            out.push(Token {
                kind: Tok::Close(c),
                start,
                end: i + 1,
            });
            i += 1;
            continue;
        }
        const OPS3: &[&str] = &["**=", "//=", ">>=", "<<=", "..."];
        const OPS2: &[&str] = &[
            "**", "//", "<<", ">>", "<=", ">=", "==", "!=", "->", ":=", "+=", "-=", "*=", "/=",
            "%=", "&=", "|=", "^=", "@=",
        ];
        let rest = &s[i..];
        let len = if OPS3.iter().any(|o| rest.starts_with(o)) {
            3
        } else if OPS2.iter().any(|o| rest.starts_with(o)) {
            2
        } else if b"+-*/%@&|^~<>=.,:;!".contains(&c) {
            1
        } else {
            return None;
        };
        out.push(Token {
            kind: Tok::Op,
            start,
            end: i + len,
        });
        i += len;
    }
    Some(out)
}

/// Skips a string literal starting at the quote at `i`; returns the end.
fn skip_string(b: &[u8], mut i: usize, _raw: bool) -> Option<usize> {
    let q = b[i];
    let triple = i + 2 < b.len() && b[i + 1] == q && b[i + 2] == q;
    i += if triple { 3 } else { 1 };
    while i < b.len() {
        let c = b[i];
        if c == b'\\' {
            i += 2;
            continue;
        }
        if c == q {
            if !triple {
                return Some(i + 1);
            }
            if i + 2 < b.len() && b[i + 1] == q && b[i + 2] == q {
                return Some(i + 3);
            }
        }
        if c == b'\n' && !triple {
            return None;
        }
        i += 1;
    }
    None
}

#[derive(Clone, Copy, Debug)]
enum Kind {
    BinOp { left_end: usize, right_start: usize },
    Subscript { value_end: usize, slice_end: usize },
    Other,
}

#[derive(Clone, Copy, Debug)]
struct Node {
    start: usize,
    end: usize,
    kind: Kind,
}

struct Parser<'a> {
    s: &'a str,
    toks: Vec<Token>,
    pos: usize,
    /// For each opening bracket token index, the index of its closer.
    matching: Vec<usize>,
}

impl Parser<'_> {
    fn text(&self, t: &Token) -> &str {
        &self.s[t.start..t.end]
    }
    fn peek(&self) -> Option<Token> {
        self.toks.get(self.pos).copied()
    }
    fn peek_op(&self) -> Option<&str> {
        let t = self.peek()?;
        if t.kind == Tok::Op {
            Some(self.text(&t))
        } else {
            None
        }
    }
    fn is_keyword(&self, t: &Token) -> bool {
        t.kind == Tok::Name && KEYWORDS.contains(&self.text(t))
    }

    /// The node span of a bracket group's content, or None when the group is
    /// not a plain parenthesized expression (tuple, generator, empty).
    fn paren_inner(&self, open: usize) -> Option<(usize, usize)> {
        let close = self.matching[open];
        if close == open + 1 {
            return None;
        }
        let mut depth = 0;
        for k in open + 1..close {
            let t = &self.toks[k];
            match t.kind {
                Tok::Open(_) => depth += 1,
                Tok::Close(_) => depth -= 1,
                Tok::Op if depth == 0 && self.text(t) == "," => return None,
                Tok::Name if depth == 0 && self.text(t) == "for" => return None,
                _ => {}
            }
        }
        // A group that is itself one parenthesized expression: descend.
        if self.toks[open + 1].kind == Tok::Open(b'(')
            && self.matching[open + 1] == close - 1
            && let Some(inner) = self.paren_inner(open + 1)
        {
            return Some(inner);
        }
        Some((self.toks[open + 1].start, self.toks[close - 1].end))
    }

    fn atom(&mut self) -> Option<Node> {
        let t = self.peek()?;
        match t.kind {
            Tok::Name if !self.is_keyword(&t) => {
                self.pos += 1;
                Some(Node {
                    start: t.start,
                    end: t.end,
                    kind: Kind::Other,
                })
            }
            Tok::Number => {
                self.pos += 1;
                Some(Node {
                    start: t.start,
                    end: t.end,
                    kind: Kind::Other,
                })
            }
            Tok::Str => {
                let mut end = t.end;
                self.pos += 1;
                while let Some(n) = self.peek() {
                    if n.kind != Tok::Str {
                        break;
                    }
                    end = n.end;
                    self.pos += 1;
                }
                Some(Node {
                    start: t.start,
                    end,
                    kind: Kind::Other,
                })
            }
            Tok::Op if self.text(&t) == "..." => {
                self.pos += 1;
                Some(Node {
                    start: t.start,
                    end: t.end,
                    kind: Kind::Other,
                })
            }
            Tok::Open(c) => {
                let open = self.pos;
                let close = self.matching[open];
                self.pos = close + 1;
                let (start, end) = if c == b'(' {
                    self.paren_inner(open)
                        .unwrap_or((t.start, self.toks[close].end))
                } else {
                    (t.start, self.toks[close].end)
                };
                Some(Node {
                    start,
                    end,
                    kind: Kind::Other,
                })
            }
            _ => None,
        }
    }

    fn primary(&mut self) -> Option<Node> {
        let mut node = self.atom()?;
        while let Some(t) = self.peek() {
            match t.kind {
                Tok::Op if self.text(&t) == "." => {
                    let n = self.toks.get(self.pos + 1).copied()?;
                    if n.kind != Tok::Name {
                        return None;
                    }
                    self.pos += 2;
                    node = Node {
                        start: node.start,
                        end: n.end,
                        kind: Kind::Other,
                    };
                }
                Tok::Open(b'(') => {
                    let close = self.matching[self.pos];
                    let end = self.toks[close].end;
                    self.pos = close + 1;
                    node = Node {
                        start: node.start,
                        end,
                        kind: Kind::Other,
                    };
                }
                Tok::Open(b'[') => {
                    let open = self.pos;
                    let close = self.matching[open];
                    if close == open + 1 {
                        return None;
                    }
                    // The slice node's end: the content's last token, or the
                    // inner expression of a single parenthesized group.
                    let last = close - 1;
                    let slice_end = if self.toks[last].kind == Tok::Close(b')')
                        && self.matching[last] == open + 1
                    {
                        self.paren_inner(open + 1)
                            .map_or(self.toks[last].end, |(_, e)| e)
                    } else {
                        self.toks[last].end
                    };
                    let end = self.toks[close].end;
                    self.pos = close + 1;
                    node = Node {
                        start: node.start,
                        end,
                        kind: Kind::Subscript {
                            value_end: node.end,
                            slice_end,
                        },
                    };
                }
                _ => break,
            }
        }
        Some(node)
    }

    fn power(&mut self) -> Option<Node> {
        let t = self.peek()?;
        let base = if t.kind == Tok::Name && self.text(&t) == "await" {
            self.pos += 1;
            let p = self.primary()?;
            Node {
                start: t.start,
                end: p.end,
                kind: Kind::Other,
            }
        } else {
            self.primary()?
        };
        if self.peek_op() == Some("**") {
            self.pos += 1;
            let right = self.unary()?;
            return Some(Node {
                start: base.start,
                end: right.end,
                kind: Kind::BinOp {
                    left_end: base.end,
                    right_start: right.start,
                },
            });
        }
        Some(base)
    }

    fn unary(&mut self) -> Option<Node> {
        if let Some(op) = self.peek_op()
            && matches!(op, "-" | "+" | "~")
        {
            let t = self.peek()?;
            self.pos += 1;
            let operand = self.unary()?;
            return Some(Node {
                start: t.start,
                end: operand.end,
                kind: Kind::Other,
            });
        }
        self.power()
    }

    fn binary_prec(op: &str) -> Option<u8> {
        Some(match op {
            "|" => 1,
            "^" => 2,
            "&" => 3,
            "<<" | ">>" => 4,
            "+" | "-" => 5,
            "*" | "@" | "/" | "//" | "%" => 6,
            _ => return None,
        })
    }

    fn binary(&mut self, min_prec: u8) -> Option<Node> {
        let mut left = self.unary()?;
        while let Some(prec) = self.peek_op().and_then(Self::binary_prec) {
            if prec < min_prec {
                break;
            }
            self.pos += 1;
            let right = self.binary(prec + 1)?;
            left = Node {
                start: left.start,
                end: right.end,
                kind: Kind::BinOp {
                    left_end: left.end,
                    right_start: right.start,
                },
            };
        }
        Some(left)
    }
}

fn match_brackets(toks: &[Token]) -> Option<Vec<usize>> {
    let mut m = vec![usize::MAX; toks.len()];
    let mut stack: Vec<(usize, u8)> = Vec::new();
    for (i, t) in toks.iter().enumerate() {
        match t.kind {
            Tok::Open(c) => stack.push((i, c)),
            Tok::Close(c) => {
                let (o, oc) = stack.pop()?;
                let want = match oc {
                    b'(' => b')',
                    b'[' => b']',
                    _ => b'}',
                };
                if want != c {
                    return None;
                }
                m[o] = i;
                m[i] = o;
            }
            _ => {}
        }
    }
    if stack.is_empty() { Some(m) } else { None }
}

/// For a one-line source segment holding the failing expression, returns the
/// (left, right) byte offsets of the secondary (`^`) range within the
/// segment when the expression is a binary operation or a subscript, as
/// CPython's `extract_anchors_from_line` computes them.
pub fn anchors(segment: &str) -> Option<(usize, usize)> {
    let toks = tokenize(segment)?;
    if toks.is_empty() {
        return None;
    }
    let matching = match_brackets(&toks)?;
    let mut p = Parser {
        s: segment,
        toks,
        pos: 0,
        matching,
    };
    let node = p.binary(1)?;
    if p.pos != p.toks.len() {
        return None;
    }
    let b = segment.as_bytes();
    match node.kind {
        Kind::BinOp {
            left_end,
            right_start,
        } => {
            let mut res = None;
            for i in left_end..right_start.min(b.len()) {
                if is_ws(b[i]) {
                    continue;
                }
                let mut right = i + 1;
                if i + 1 < right_start && !is_ws(b[i + 1]) {
                    right += 1;
                }
                res = Some((i, right));
                if i + 1 < right_start && b[i] == b')' {
                    continue;
                }
                break;
            }
            res
        }
        Kind::Subscript {
            value_end,
            slice_end,
        } => {
            let len = b.len();
            let mut left = value_end;
            while left < len && b[left] != b'[' {
                left += 1;
            }
            let mut right = slice_end + 1;
            while right < len && b[right] != b']' {
                right += 1;
            }
            if right < len {
                right += 1;
            }
            Some((left, right))
        }
        Kind::Other => None,
    }
}

#[cfg(test)]
mod tests {
    use super::anchors;

    fn carets(seg: &str) -> String {
        match anchors(seg) {
            None => "^".repeat(seg.chars().count()),
            Some((l, r)) => {
                let l = seg[..l].chars().count();
                let r = seg[..r.min(seg.len())].chars().count();
                let n = seg.chars().count();
                let mut s = String::new();
                for i in 0..n {
                    s.push(if i >= l && i < r { '^' } else { '~' });
                }
                s
            }
        }
    }

    #[test]
    fn binops() {
        assert_eq!(carets("1/0"), "~^~");
        assert_eq!(carets("a / b + 1"), "~~~~~~^~~");
        assert_eq!(carets("(a) /  (b)"), "~~~~^~~~~~");
        assert_eq!(carets("s + 1"), "~~^~~");
        assert_eq!(carets("a*(b+c)"), "~^^~~~~");
        assert_eq!(carets("a // b"), "~~^^~~");
        assert_eq!(carets("2 ** -x"), "~~^^~~~");
        assert_eq!(carets("f(x) - g[1]"), "~~~~~^~~~~~");
        assert_eq!(carets("-a"), "^^");
        assert_eq!(carets("a < b"), "^^^^^");
        assert_eq!(carets("'a' + 'b' 'c'"), "~~~~^~~~~~~~~");
    }

    #[test]
    fn subscripts() {
        assert_eq!(carets("x[1][2]"), "~~~~^^^");
        assert_eq!(carets("d[\"a\"]"), "~^^^^^");
        assert_eq!(carets("x  [ 3 ]"), "~~~^^^^^");
        assert_eq!(carets("x[5]"), "~^^^");
        assert_eq!(carets("f(x)"), "^^^^");
        assert_eq!(carets("a.b"), "^^^");
    }
}
