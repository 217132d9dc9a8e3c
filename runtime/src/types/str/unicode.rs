//! Character properties and case mappings with CPython 3.11 semantics.
//!
//! Classification (`isprintable`, `isalpha`, `isdecimal`, `isdigit`,
//! `isnumeric`, identifiers, upper/lower/title case, case-ignorable) uses
//! tables generated from CPython 3.11's Unicode 14.0 database (`tables.rs`,
//! `case_tables.rs`). Case *mappings* use Rust's `char::to_uppercase` /
//! `to_lowercase` (full mappings, SpecialCasing included), corrected by
//! generated tables where Python's title case and case folding differ from
//! them. Rust's tables follow a newer Unicode version than 14.0; characters
//! that have no case mapping in Unicode 14.0 (`CASE_CHANGES`) are left
//! unchanged, so the mappings agree with CPython 3.11 for every code point
//! (checked exhaustively against python3.11 when the tables were made).

use super::case_tables::{CASE_CHANGES, CASE_IGNORABLE, FOLD_MAP, LOWER, TITLE, TITLE_MAP, UPPER};
use super::tables::{ALPHA, DECIMAL, DIGIT, NUMERIC, PRINTABLE, XID_CONTINUE, XID_START};

fn in_table(t: &[(u32, u32)], c: char) -> bool {
    let cp = c as u32;
    let i = t.partition_point(|&(_, hi)| hi < cp);
    i < t.len() && t[i].0 <= cp
}

fn lookup_map(t: &[(u32, [u32; 3])], c: char) -> Option<&[u32; 3]> {
    let cp = c as u32;
    t.binary_search_by_key(&cp, |e| e.0).ok().map(|i| &t[i].1)
}

/// `Py_UNICODE_ISPRINTABLE`: not in categories Cc, Cf, Cs, Co, Cn, Zl, Zp,
/// Zs (except the ASCII space).
pub fn is_printable(c: char) -> bool {
    if c.is_ascii() {
        return (' '..='~').contains(&c);
    }
    in_table(PRINTABLE, c)
}

/// `Py_UNICODE_ISSPACE`.
pub fn is_space(c: char) -> bool {
    if c.is_ascii() {
        return matches!(c, '\t'..='\r' | '\x1c'..='\x1f' | ' ');
    }
    matches!(
        c,
        '\u{85}' | '\u{a0}' | '\u{1680}' | '\u{2000}'
            ..='\u{200a}' | '\u{2028}' | '\u{2029}' | '\u{202f}' | '\u{205f}' | '\u{3000}'
    )
}

/// Line boundaries recognised by `str.splitlines` (`\r\n` is handled by
/// the caller).
pub fn is_linebreak(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r'
            | '\x0b'
            | '\x0c'
            | '\x1c'
            | '\x1d'
            | '\x1e'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

/// `Py_UNICODE_ISALPHA`: categories Lm, Lt, Lu, Ll, Lo.
pub fn is_alpha(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    in_table(ALPHA, c)
}

/// `Py_UNICODE_ISDECIMAL`.
pub fn is_decimal(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    in_table(DECIMAL, c)
}

/// `Py_UNICODE_TODECIMAL`: the value of a decimal digit.
pub fn decimal_value(c: char) -> Option<u32> {
    if c.is_ascii_digit() {
        return Some(c as u32 - '0' as u32);
    }
    let cp = c as u32;
    let i = DECIMAL.partition_point(|&(_, hi)| hi < cp);
    // Every run of decimal digits starts at a zero and is a multiple of 10 long.
    match DECIMAL.get(i) {
        Some(&(lo, _)) if lo <= cp => Some((cp - lo) % 10),
        _ => None,
    }
}

/// `Py_UNICODE_ISDIGIT`.
pub fn is_digit(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    in_table(DIGIT, c)
}

/// `Py_UNICODE_ISNUMERIC`.
pub fn is_numeric(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    in_table(NUMERIC, c)
}

/// `Py_UNICODE_ISALNUM`.
pub fn is_alnum(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    is_alpha(c) || is_decimal(c) || is_digit(c) || is_numeric(c)
}

/// Can `c` start an identifier (XID_Start or `_`)?
pub fn is_xid_start(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic() || c == '_';
    }
    in_table(XID_START, c)
}

/// Can `c` continue an identifier (XID_Continue)?
pub fn is_xid_continue(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric() || c == '_';
    }
    in_table(XID_CONTINUE, c)
}

/// `str.isidentifier()`.
pub fn is_identifier(s: &str) -> bool {
    let mut it = s.chars();
    match it.next() {
        Some(c) if is_xid_start(c) => it.all(is_xid_continue),
        _ => false,
    }
}

/// `Py_UNICODE_ISUPPER` (the Uppercase property).
pub fn is_upper(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_uppercase();
    }
    in_table(UPPER, c)
}

/// `Py_UNICODE_ISLOWER` (the Lowercase property).
pub fn is_lower(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_lowercase();
    }
    in_table(LOWER, c)
}

/// `Py_UNICODE_ISTITLE` (category Lt).
pub fn is_title(c: char) -> bool {
    !c.is_ascii() && in_table(TITLE, c)
}

/// `_PyUnicode_IsCased`.
pub fn is_cased(c: char) -> bool {
    is_upper(c) || is_lower(c) || is_title(c)
}

/// `_PyUnicode_IsCaseIgnorable`.
pub fn is_case_ignorable(c: char) -> bool {
    if c.is_ascii() {
        return matches!(c, '\'' | '.' | ':' | '^' | '`');
    }
    in_table(CASE_IGNORABLE, c)
}

fn push_mapped(out: &mut String, m: &[u32; 3]) {
    for &cp in m.iter().take_while(|&&cp| cp != 0) {
        out.extend(char::from_u32(cp));
    }
}

/// Does any case mapping change `c` (in Unicode 14.0)?
fn case_changes(c: char) -> bool {
    in_table(CASE_CHANGES, c)
}

/// Appends the full upper-case mapping of `c`.
pub fn push_upper(out: &mut String, c: char) {
    if c.is_ascii() {
        out.push(c.to_ascii_uppercase());
    } else if !case_changes(c) {
        out.push(c);
    } else {
        out.extend(c.to_uppercase());
    }
}

/// Appends the full lower-case mapping of `c` (without the final-sigma
/// rule; see `push_lower_at`).
pub fn push_lower(out: &mut String, c: char) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
    } else if !case_changes(c) {
        out.push(c);
    } else {
        out.extend(c.to_lowercase());
    }
}

/// Appends the full title-case mapping of `c`.
pub fn push_title(out: &mut String, c: char) {
    if c.is_ascii() {
        out.push(c.to_ascii_uppercase());
    } else if !case_changes(c) {
        out.push(c);
    } else if let Some(m) = lookup_map(TITLE_MAP, c) {
        push_mapped(out, m);
    } else {
        out.extend(c.to_uppercase());
    }
}

/// Appends the full case folding of `c`.
pub fn push_fold(out: &mut String, c: char) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
    } else if !case_changes(c) {
        out.push(c);
    } else if let Some(m) = lookup_map(FOLD_MAP, c) {
        push_mapped(out, m);
    } else {
        out.extend(c.to_lowercase());
    }
}

/// `lower_ucs4`: lower-cases `chars[i]`, applying CPython's final-sigma
/// rule to U+03A3 (it becomes 'ς' at the end of a cased word).
pub fn push_lower_at(out: &mut String, chars: &[char], i: usize) {
    let c = chars[i];
    if c != '\u{3a3}' {
        push_lower(out, c);
        return;
    }
    // handle_capital_sigma
    let mut j = i;
    let mut before = None;
    while j > 0 {
        j -= 1;
        if !is_case_ignorable(chars[j]) {
            before = Some(chars[j]);
            break;
        }
    }
    let mut final_sigma = before.is_some_and(is_cased);
    if final_sigma {
        let after = chars[i + 1..]
            .iter()
            .copied()
            .find(|&c| !is_case_ignorable(c));
        final_sigma = after.is_none_or(|c| !is_cased(c));
    }
    out.push(if final_sigma { '\u{3c2}' } else { '\u{3c3}' });
}

/// `str.lower()`.
pub fn lower(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for i in 0..chars.len() {
        push_lower_at(&mut out, &chars, i);
    }
    out
}

/// `str.upper()`.
pub fn upper(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_uppercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        push_upper(&mut out, c);
    }
    out
}

/// `str.casefold()`.
pub fn casefold(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        push_fold(&mut out, c);
    }
    out
}

/// `str.swapcase()`.
pub fn swapcase(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in chars.iter().enumerate() {
        if is_upper(c) {
            push_lower_at(&mut out, &chars, i);
        } else if is_lower(c) {
            push_upper(&mut out, c);
        } else {
            out.push(c);
        }
    }
    out
}

/// `str.capitalize()`: the first character title-cased, the rest lowered.
pub fn capitalize(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for i in 0..chars.len() {
        if i == 0 {
            push_title(&mut out, chars[0]);
        } else {
            push_lower_at(&mut out, &chars, i);
        }
    }
    out
}

/// `str.title()`.
pub fn title(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut prev_cased = false;
    for (i, &c) in chars.iter().enumerate() {
        if prev_cased {
            push_lower_at(&mut out, &chars, i);
        } else {
            push_title(&mut out, c);
        }
        prev_cased = is_cased(c);
    }
    out
}

/// `str.istitle()`.
pub fn istitle(s: &str) -> bool {
    let mut cased = false;
    let mut prev_cased = false;
    for c in s.chars() {
        if is_upper(c) || is_title(c) {
            if prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else if is_lower(c) {
            if !prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    cased
}

/// `str.isupper()`.
pub fn isupper(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if is_lower(c) || is_title(c) {
            return false;
        }
        cased = cased || is_upper(c);
    }
    cased
}

/// `str.islower()`.
pub fn islower(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if is_upper(c) || is_title(c) {
            return false;
        }
        cased = cased || is_lower(c);
    }
    cased
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classification() {
        assert!(is_printable('é') && !is_printable('\u{200b}') && !is_printable('\x7f'));
        assert!(is_space('\x1c') && is_space('\u{3000}') && !is_space('\u{200b}'));
        assert!(is_alpha('é') && !is_alpha('\u{2160}'));
        assert!(is_numeric('\u{2160}') && !is_digit('\u{2160}'));
        assert!(is_digit('²') && !is_decimal('²'));
        assert_eq!(decimal_value('\u{667}'), Some(7));
        assert_eq!(decimal_value('\u{1d7ce}'), Some(0));
        assert_eq!(decimal_value('\u{1d7d8}'), Some(0));
        assert_eq!(decimal_value('²'), None);
        assert!(is_identifier("_ab1") && is_identifier("é") && !is_identifier("1a"));
        assert!(is_title('ǅ') && !is_upper('ǅ'));
    }

    #[test]
    fn case_mappings() {
        assert_eq!(upper("straße"), "STRASSE");
        assert_eq!(casefold("Straße"), "strasse");
        assert_eq!(lower("ΟΔΟΣ ΟΔΟΣ."), "οδος οδος.");
        assert_eq!(lower("Σ"), "σ");
        assert_eq!(lower("AΣb"), "aσb");
        assert_eq!(title("hello world ǆemal"), "Hello World ǅemal");
        assert_eq!(title("they're bill's"), "They'Re Bill'S");
        assert_eq!(capitalize("ﬁnd ME"), "Find me");
        assert_eq!(swapcase("HeLLo ß"), "hEllO SS");
        assert!(istitle("Hello World") && !istitle("Hello world") && !istitle(""));
        assert!(isupper("ABC1") && !isupper("1") && islower("abc1"));
    }
}
