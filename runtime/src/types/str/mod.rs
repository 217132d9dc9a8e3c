//! `str`: immutable Unicode text stored as UTF-8 with its code-point count
//! and a cached hash (CPython-compatible SipHash-1-3 with PYTHONHASHSEED=0).
//!
//! This module owns the object representation: creation (with a cache of
//! the 256 latin-1 one-character strings), interning, code-point indexing
//! and slicing, `repr`/`ascii` rendering, and the registration of every
//! Python-visible str method. The methods themselves live in submodules:
//! `dunder` (operators and protocol methods), `methods` (searching,
//! splitting, padding, predicates…), `format` (`str.format`), `percent`
//! (`%` formatting, shared with bytes), `codecs` (encode/decode, shared
//! with bytes), `text` (the pure algorithms behind the methods), `textbuf`
//! (the exactly sized buffer new text is copied into), `storage` (where
//! the text lives: inline in the object's block when short), `unicode`
//! with the generated `tables`/`case_tables`
//! (Unicode 14.0 character properties), and `args` (argument helpers
//! shared with bytes).
//!
//! Limitation: text is UTF-8, so lone surrogates (U+D800..U+DFFF) cannot
//! be represented; operations that would create one raise ValueError.

pub mod args;
mod case_tables;
pub mod codecs;
mod dunder;
pub mod format;
mod hash;
pub mod methods;
pub mod percent;
mod storage;
mod tables;
pub mod text;
mod textbuf;
pub mod unicode;

pub use dunder::{
    append_in_place, arg_type_name, compare, concat, contains, get_slice, getitem, iter_next_char,
    repeat, str_new,
};
pub use hash::{hash_bytes, hash_text};
pub use storage::StrText;
pub(crate) use textbuf::{TextBuf, TextWriter, copy_bytes};

use crate::errors::{PyResult, value_error};
use crate::object::{Obj, Payload};
use crate::types::builtin;
use std::cell::{Cell, RefCell};
use std::collections::HashSet;

/// The payload of str objects (`repr(C)`: generated code reads its
/// fields at the `abi::STR_*` offsets).
#[repr(C)]
pub struct PyStr {
    pub s: StrText,
    /// Number of code points (equals `s.len()` for ASCII text).
    pub nchars: usize,
    /// Cached hash; -1 when not yet computed.
    pub hash: Cell<i64>,
}

impl PyStr {
    /// A payload for `s` (counts its code points).
    pub fn new(s: Box<str>) -> PyStr {
        let nchars = count_chars(&s);
        PyStr {
            s: StrText::from_box(s),
            nchars,
            hash: Cell::new(-1),
        }
    }

    /// Is the text pure ASCII (so byte and code-point indices coincide)?
    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.nchars == self.s.len()
    }

    #[inline]
    pub fn as_str(&self) -> &str {
        &self.s
    }

    /// The size class of the block of a str object holding this payload
    /// (larger when the text is inline).
    #[inline(always)]
    pub(crate) fn block_class(&self) -> usize {
        if self.s.is_inline() {
            storage::inline_class(self.s.len())
        } else {
            crate::object::size_class::one(self)
        }
    }
}

/// The number of code points in `s`.
pub fn count_chars(s: &str) -> usize {
    if s.is_ascii() {
        s.len()
    } else {
        // Count the bytes that start a code point.
        s.bytes().filter(|&b| (b as i8) >= -0x40).count()
    }
}

thread_local! {
    /// The 256 one-character strings U+0000..U+00FF, created on first use.
    /// (A leaked array of 256 strs; null until first used.)
    static LATIN1: Cell<*const Obj> = const { Cell::new(std::ptr::null()) };
    /// Interned strings (identifiers, attribute names).
    /// Room for the ~400 names of startup: a word per bucket, so that
    /// filling it touches few pages.
    static INTERNED: RefCell<HashSet<Interned, hash::TextHashing>> =
        RefCell::new(HashSet::with_capacity_and_hasher(512, hash::TextHashing::default()));
}

/// An interned str in `INTERNED`, hashed and compared by its text (which
/// never changes: interned strs are immortal).
struct Interned(Obj);

impl std::borrow::Borrow<str> for Interned {
    fn borrow(&self) -> &str {
        as_str(&self.0).unwrap_or_default()
    }
}

impl std::hash::Hash for Interned {
    fn hash<H: std::hash::Hasher>(&self, h: &mut H) {
        std::borrow::Borrow::<str>::borrow(self).hash(h)
    }
}

impl PartialEq for Interned {
    fn eq(&self, other: &Interned) -> bool {
        as_str(&self.0) == as_str(&other.0)
    }
}

impl Eq for Interned {}

/// The interned str with text `s`, if there is one.
fn interned(s: &str) -> Option<Obj> {
    INTERNED.with(|t| t.borrow().get(s).map(|i| i.0.clone()))
}

fn immortal_str(s: &str) -> Obj {
    let o = unhashed_immortal_str(s);
    if let Payload::Str(p) = o.payload() {
        p.hash.set(hash_text(s));
    }
    o
}

/// An immortal str whose hash is computed on first use, as a new str's is.
fn unhashed_immortal_str(s: &str) -> Obj {
    Obj::new_immortal(builtin().str_.word(), Payload::Str(PyStr::new(s.into())))
}

/// The one-character string `c` (shared for code points below 256).
pub fn char_str(c: char) -> Obj {
    let cp = c as usize;
    if cp >= 256 {
        let mut buf = [0u8; 4];
        return alloc(c.encode_utf8(&mut buf));
    }
    latin1_str(cp as u8)
}

/// This thread's table of the 256 one-character strings (generated code
/// reads it through `abi::SINGLETON_LATIN1`).
#[inline]
pub fn latin1_table() -> *const Obj {
    let table = LATIN1.get();
    if table.is_null() {
        new_latin1_table()
    } else {
        table
    }
}

/// Creates this thread's table of one-character strings. Their hashes
/// wait for their first use: most of the 256 never get one.
#[cold]
fn new_latin1_table() -> *const Obj {
    let t: Box<[Obj]> = (0..256u32)
        .map(|i| {
            let ch = char::from_u32(i).expect("latin-1 code points are chars");
            unhashed_immortal_str(ch.encode_utf8(&mut [0u8; 4]))
        })
        .collect();
    let p = Box::leak(t).as_ptr();
    LATIN1.set(p);
    p
}

/// A new exact str object (never a shared one) holding `s`.
fn alloc(s: &str) -> Obj {
    alloc_counted(s, count_chars(s))
}

/// A new exact str object (never a shared one) holding `s`, which has
/// `nchars` code points.
#[inline(always)]
fn alloc_counted(s: &str, nchars: usize) -> Obj {
    build(s.len(), nchars, |w| w.push(s))
}

/// A new exact str object (never a shared one) of `size` bytes and
/// `nchars` code points, whose text `fill` writes (exactly `size` bytes):
/// short text goes inline into the object's block (`storage`), longer
/// text into an exactly sized box.
#[inline(always)]
fn build(size: usize, nchars: usize, fill: impl FnOnce(&mut TextWriter)) -> Obj {
    if size <= storage::INLINE_MAX {
        return build_inline(size, nchars, fill);
    }
    let mut b = TextBuf::with_size(size);
    fill(b.writer());
    Obj::new_leaf(
        &builtin().str_,
        Payload::Str(PyStr {
            s: StrText::from_box(b.finish()),
            nchars,
            hash: Cell::new(-1),
        }),
    )
}

/// `build` of text short enough to be inline (`size <= INLINE_MAX`):
/// callers that know so call it directly, where `fill` has this one call
/// site and is inlined.
#[inline(always)]
pub(super) fn build_inline(size: usize, nchars: usize, fill: impl FnOnce(&mut TextWriter)) -> Obj {
    build_inline_of(&builtin().str_, size, nchars, fill)
}

/// `build_inline` with the str type `str_ty` (`builtin().str_`) looked up
/// by the caller: loops making many strs look it up once.
#[inline(always)]
fn build_inline_of(
    str_ty: &Obj,
    size: usize,
    nchars: usize,
    fill: impl FnOnce(&mut TextWriter),
) -> Obj {
    debug_assert!(str_ty.is(&builtin().str_));
    assert!(size <= storage::INLINE_MAX, "inline text fits its block");
    let o = Obj::new_leaf_in_block(
        str_ty,
        storage::inline_class(size),
        const { crate::object::size_class::one_of::<PyStr>() },
        |block| {
            Payload::Str(PyStr {
                // SAFETY: the text starts `TEXT_OFFSET` bytes into the
                // fresh block of `inline_class(size)`, and the payload
                // is moved into that block; `fill` writes it below.
                s: unsafe { StrText::inline_at(block.add(storage::TEXT_OFFSET), size) },
                nchars,
                hash: Cell::new(-1),
            })
        },
    );
    // SAFETY: the object was just made and is not shared; its block
    // holds `size` bytes of text after `TEXT_OFFSET`, written once.
    let mut w = unsafe { TextWriter::over((o.word() as *mut u8).add(storage::TEXT_OFFSET), size) };
    fill(&mut w);
    w.check_full();
    o
}

/// A new exact str of `size` bytes and `nchars` code points whose text
/// `fill` writes (exactly `size` bytes, whole `&str`s): the text is
/// written once, into the object's block when it is short. Empty and
/// one-character results are the shared strs.
#[inline(always)]
pub(crate) fn new_exact_with(
    size: usize,
    nchars: usize,
    fill: impl FnOnce(&mut TextWriter),
) -> Obj {
    if nchars <= 1 {
        return new_tiny(size, fill);
    }
    build(size, nchars, fill)
}

/// `new_exact_with` for text of at most one code point (at most 4 bytes).
#[cold]
fn new_tiny(size: usize, fill: impl FnOnce(&mut TextWriter)) -> Obj {
    let mut buf = [0u8; 4];
    assert!(size <= buf.len(), "one code point is at most 4 bytes");
    // SAFETY: the stack buffer holds `size` bytes, used only here.
    let mut w = unsafe { TextWriter::over(buf.as_mut_ptr(), size) };
    fill(&mut w);
    w.check_full();
    match std::str::from_utf8(&buf[..size]) {
        Ok(s) => new_str(s),
        Err(_) => unreachable!("a TextWriter holds whole strs"),
    }
}

/// A new str holding `s`, whose code points are already counted.
#[inline]
pub fn new_counted(s: &str, nchars: usize) -> Obj {
    debug_assert_eq!(nchars, count_chars(s));
    if nchars <= 1 {
        return new_str(s);
    }
    alloc_counted(s, nchars)
}

/// A new str object.
pub fn new_str(s: &str) -> Obj {
    match s.len() {
        0 => builtin().empty_str.clone(),
        1 => char_str(s.as_bytes()[0] as char),
        _ => alloc(s),
    }
}

/// A new str object from ASCII text (its code points are its bytes, so
/// nothing is counted).
pub fn new_ascii(s: &str) -> Obj {
    new_ascii_inlined(s)
}

/// `new_ascii` inlined into the caller, for the loops that make many strs
/// (`split`'s pieces).
#[inline(always)]
pub(crate) fn new_ascii_inlined(s: &str) -> Obj {
    debug_assert!(s.is_ascii());
    match s.len() {
        // (The common cases, text inline in the object's block and the
        // shared one-character strs (`str(d)` of a digit, split's short
        // pieces), stay small: the others are out of line.)
        n @ 2..=storage::INLINE_MAX => alloc_counted(s, n),
        1 => latin1_str(s.as_bytes()[0]),
        _ => new_ascii_other(s),
    }
}

/// The strs of many ASCII pieces of one text (`split`'s): `new_ascii`
/// with the str type and the one-character strs' table looked up once,
/// not once a piece.
pub(crate) struct AsciiPieces {
    str_ty: &'static Obj,
    latin1: *const Obj,
}

impl AsciiPieces {
    #[inline(always)]
    pub(crate) fn new() -> AsciiPieces {
        AsciiPieces {
            str_ty: &builtin().str_,
            latin1: latin1_table(),
        }
    }

    /// `new_ascii(s)`.
    #[inline(always)]
    pub(crate) fn piece(&self, s: &str) -> Obj {
        debug_assert!(s.is_ascii());
        match s.len() {
            n @ 2..=storage::INLINE_MAX => build_inline_of(self.str_ty, n, n, |w| w.push(s)),
            // SAFETY: the table is a leaked, never-freed array of 256 strs,
            // and a byte is below 256.
            1 => unsafe { (*self.latin1.add(usize::from(s.as_bytes()[0]))).clone() },
            _ => new_ascii_other(s),
        }
    }
}

/// The shared one-character str of the code point `b` (below 256).
#[inline(always)]
fn latin1_str(b: u8) -> Obj {
    // SAFETY: the table is a leaked, never-freed array of 256 strs, and
    // `b < 256`.
    unsafe { (*latin1_table().add(usize::from(b))).clone() }
}

/// `new_ascii` of the empty str or text too long to be inline.
#[cold]
#[inline(never)]
fn new_ascii_other(s: &str) -> Obj {
    match s.len() {
        0 => builtin().empty_str.clone(),
        n => alloc_counted(s, n),
    }
}

/// `str(i)`: the decimal digits are written into a stack buffer and
/// copied once into an exactly sized str.
pub fn from_i64(i: i64) -> Obj {
    let mut buf = [0u8; 20];
    new_ascii(crate::fmt::decimal_i64(&mut buf, i, true))
}

/// A new str object from an owned String.
pub fn new_string(s: String) -> Obj {
    match s.len() {
        0 => builtin().empty_str.clone(),
        1 => char_str(s.as_bytes()[0] as char),
        n if n <= storage::INLINE_MAX => alloc(&s),
        _ => Obj::new_leaf(
            &builtin().str_,
            Payload::Str(PyStr::new(s.into_boxed_str())),
        ),
    }
}

/// A str whose code-point count is already known.
pub fn new_string_counted(s: String, nchars: usize) -> Obj {
    debug_assert_eq!(nchars, count_chars(&s));
    if nchars <= 1 {
        return new_string(s);
    }
    if s.len() <= storage::INLINE_MAX {
        return alloc_counted(&s, nchars);
    }
    Obj::new_leaf(
        &builtin().str_,
        Payload::Str(PyStr {
            s: StrText::from_box(s.into_boxed_str()),
            nchars,
            hash: Cell::new(-1),
        }),
    )
}

/// An instance of `cls` (str or a subclass of it) holding `s`.
pub fn new_str_of_type(cls: &Obj, s: String) -> Obj {
    if cls.is(&builtin().str_) {
        new_string(s)
    } else {
        Obj::new(cls, Payload::Str(PyStr::new(s.into_boxed_str())))
    }
}

/// Frees the str object `p` if it is an exact str with inline text (the
/// pieces of split, formatting, concatenation): nothing to drop, one push
/// onto its block's free list. Small enough for the loops that release a
/// list's items to inline; `free_if_exact` does the rest.
///
/// # Safety
/// As `free_if_exact`.
#[inline(always)]
pub(crate) unsafe fn free_if_exact_inline(p: *mut crate::object::PyObject) -> bool {
    // SAFETY: caller contract.
    unsafe { free_if_exact_inline_of(p, builtin().str_.word()) }
}

/// `free_if_exact_inline` where `str_word` is the `str` type's word (for
/// loops that look it up once).
///
/// # Safety
/// As `free_if_exact`.
#[inline(always)]
pub(crate) unsafe fn free_if_exact_inline_of(
    p: *mut crate::object::PyObject,
    str_word: u64,
) -> bool {
    // SAFETY: caller contract: the object is exclusively ours.
    let o = unsafe { &*p };
    let Payload::Str(s) = &o.payload else {
        return false;
    };
    let Some(class) = s.s.inline_block_class() else {
        return false;
    };
    if o.ty.get() != str_word {
        return false;
    }
    debug_assert!(o.dict.get() == 0, "an exact str with a dict");
    // SAFETY: inline text owns nothing (the rest of the payload neither),
    // and the block's class is the inline text's.
    unsafe { crate::object::pool::free_block(p, class) };
    true
}

/// Frees the str object `p` if it is an exact str (whose block class
/// follows from where its text is), returning whether it did.
///
/// # Safety
/// `p` is a heap object with a str payload whose refcount just reached
/// zero; if this returns true it is not used afterwards.
#[inline(always)]
pub(crate) unsafe fn free_if_exact(p: *mut crate::object::PyObject) -> bool {
    // SAFETY: caller contract: the object is exclusively ours.
    let o = unsafe { &mut *p };
    let Payload::Str(s) = &mut o.payload else {
        return false;
    };
    if o.ty.get() != builtin().str_.word() {
        return false;
    }
    debug_assert!(o.dict.get() == 0, "an exact str with a dict");
    // (The class first: it depends on where the text is.)
    let class = s.block_class();
    // SAFETY: the text is dropped once here (the rest of the payload owns
    // nothing), and the block's class is the payload's.
    unsafe {
        std::ptr::drop_in_place(&mut s.s);
        crate::object::pool::free_block(p, class);
    }
    true
}

/// The interned str for `s`: one shared, never-freed object per text.
pub fn intern(s: &str) -> Obj {
    if let Some(o) = interned(s) {
        return o;
    }
    let o = shared_str(s).unwrap_or_else(|| immortal_str(s));
    INTERNED.with(|t| t.borrow_mut().insert(Interned(o.clone())));
    o
}

/// The str CPython shares for `s`, if any: the empty str, which str
/// literals (interned here) must be too (`"" is "x"[:0]`). (Whether a
/// one-character literal is CPython's cached latin-1 str depends on what
/// was interned first in that process, so those stay their own objects.)
fn shared_str(s: &str) -> Option<Obj> {
    if !s.is_empty() {
        return None;
    }
    let o = builtin().empty_str.clone();
    if let Payload::Str(p) = o.payload()
        && p.hash.get() == -1
    {
        compute_hash(p);
    }
    Some(o)
}

/// `sys.intern(v)` for an exact str: the interned str with `v`'s text,
/// which becomes `v` itself when there is none yet. The table keeps it
/// alive for good, so it becomes immortal like every other interned str
/// (modules loaded later take their str constants from this table, and
/// generated code hands constants out without counting).
pub fn intern_obj(v: &Obj) -> Obj {
    let Some(text) = as_str(v) else {
        return v.clone();
    };
    if let Some(o) = interned(text) {
        return o;
    }
    if let Some(h) = v.heap() {
        h.refcnt.set(crate::object::IMMORTAL);
    }
    INTERNED.with(|t| t.borrow_mut().insert(Interned(v.clone())));
    v.clone()
}

/// The text of a str (or str subclass instance).
pub fn as_str(v: &Obj) -> Option<&str> {
    match v.payload() {
        Payload::Str(p) => Some(&p.s),
        _ => None,
    }
}

/// The payload of a str (or str subclass instance).
pub fn pystr(v: &Obj) -> Option<&PyStr> {
    match v.payload() {
        Payload::Str(p) => Some(p),
        _ => None,
    }
}

/// The str payload of a method's receiver.
#[inline]
pub(crate) fn this(v: &Obj) -> PyResult<&PyStr> {
    match pystr(v) {
        Some(p) => Ok(p),
        None => not_a_str(v),
    }
}

/// `this`'s TypeError (out of line: every str method inlines `this`).
#[cold]
#[inline(never)]
fn not_a_str(v: &Obj) -> PyResult<&PyStr> {
    crate::errors::type_error(format!(
        "descriptor requires a 'str' object but received a '{}'",
        crate::types::type_name_of(v)
    ))
}

/// Is `v` exactly a `str` (not a subclass instance)?
pub fn is_exact_str(v: &Obj) -> bool {
    v.ty_word() == builtin().str_.word()
}

/// CPython's hash of a str with PYTHONHASHSEED=0 (cached in the payload).
pub fn hash_str(p: &PyStr) -> i64 {
    let h = p.hash.get();
    if h != -1 {
        return h;
    }
    compute_hash(p)
}

/// `hash_str` of a str whose hash is not cached yet (out of line: the
/// cached case is inlined into the container probes).
#[inline(never)]
fn compute_hash(p: &PyStr) -> i64 {
    // ASCII text (known from the lengths) is hashed as its bytes.
    let h = if p.is_ascii() {
        hash_bytes(p.s.as_bytes())
    } else {
        hash_text(&p.s)
    };
    p.hash.set(h);
    h
}

/// The code point at index `i`, if in range.
pub fn char_at(p: &PyStr, i: usize) -> Option<char> {
    if p.is_ascii() {
        p.s.as_bytes().get(i).map(|&b| b as char)
    } else {
        p.s.chars().nth(i)
    }
}

/// The byte offset of code point `i` (`s.len()` when `i >= nchars`).
pub fn char_to_byte(p: &PyStr, i: usize) -> usize {
    if p.is_ascii() {
        return i.min(p.s.len());
    }
    p.s.char_indices().nth(i).map_or(p.s.len(), |(b, _)| b)
}

thread_local! {
    /// The str object (an owned reference, as a raw word; 0 when empty)
    /// whose checkpoints `INDEX_OFFSETS` holds. Holding the reference keeps
    /// the address from being reused by another string.
    static INDEX_OWNER: Cell<u64> = const { Cell::new(0) };
    /// Byte offsets of every `INDEX_STRIDE`-th code point of that string.
    static INDEX_OFFSETS: RefCell<Vec<usize>> = const { RefCell::new(Vec::new()) };
}
const INDEX_STRIDE: usize = 32;

/// The byte offset of code point `i` of the str object `s` (whose payload
/// is `p`). For long non-ASCII strings a checkpoint table of the most
/// recently indexed string is kept, so loops like `for i in
/// range(len(s)): s[i]` stay linear.
pub fn byte_offset(s: &Obj, p: &PyStr, i: usize) -> usize {
    if p.is_ascii() {
        return i.min(p.s.len());
    }
    if i >= p.nchars {
        return p.s.len();
    }
    if p.nchars < 4 * INDEX_STRIDE {
        return char_to_byte(p, i);
    }
    let mut replaced = None;
    if INDEX_OWNER.get() != s.word() {
        let offsets: Vec<usize> =
            p.s.char_indices()
                .step_by(INDEX_STRIDE)
                .map(|(b, _)| b)
                .collect();
        INDEX_OFFSETS.with(|o| *o.borrow_mut() = offsets);
        replaced = Some(INDEX_OWNER.replace(s.clone().into_word()));
    }
    let base = INDEX_OFFSETS.with(|o| o.borrow().get(i / INDEX_STRIDE).copied().unwrap_or(0));
    let rest = &p.s[base..];
    let off = base
        + rest
            .char_indices()
            .nth(i % INDEX_STRIDE)
            .map_or(rest.len(), |(b, _)| b);
    // Release the previous owner last: freeing it may run arbitrary code.
    if let Some(old) = replaced {
        drop(Obj::from_word(old));
    }
    off
}

/// The code-point index of byte offset `b` (which must be a boundary).
pub fn byte_to_char(p: &PyStr, b: usize) -> usize {
    if p.is_ascii() {
        b
    } else {
        count_chars(&p.s[..b])
    }
}

/// The substring of code points `start..end` (clamped, empty if start >= end).
pub fn substring(p: &PyStr, start: usize, end: usize) -> &str {
    if start >= end {
        return "";
    }
    if p.is_ascii() {
        let e = end.min(p.s.len());
        return &p.s[start.min(e)..e];
    }
    let b0 = char_to_byte(p, start);
    let rest = &p.s[b0..];
    let b1 = rest
        .char_indices()
        .nth(end - start)
        .map_or(rest.len(), |(b, _)| b);
    &rest[..b1]
}

/// `s[start:stop:step]` for indices already adjusted by `slice_indices`.
pub fn slice(p: &PyStr, start: isize, step: isize, n: usize) -> String {
    if n == 0 {
        return String::new();
    }
    if step == 1 {
        let s = start as usize;
        return substring(p, s, s + n).to_string();
    }
    let idx = (0..n).map(|k| (start + k as isize * step) as usize);
    if p.is_ascii() {
        let b = p.s.as_bytes();
        idx.map(|i| b[i] as char).collect()
    } else {
        let chars: Vec<char> = p.s.chars().collect();
        idx.map(|i| chars[i]).collect()
    }
}

/// A code point as a `char`, or ValueError for lone surrogates (which a
/// UTF-8 string cannot hold) and values past U+10FFFF.
pub fn code_point(cp: u32) -> PyResult<char> {
    match char::from_u32(cp) {
        Some(c) => Ok(c),
        None if (0xd800..0xe000).contains(&cp) => {
            value_error("lone surrogates are not supported in str (text is UTF-8)")
        }
        None => value_error("chr() arg not in range(0x110000)"),
    }
}

/// Appends CPython's escape for code point `c` (`\xhh`, `\uhhhh`, `\Uhhhhhhhh`).
pub fn push_hex_escape(out: &mut String, c: u32) {
    use std::fmt::Write;
    let _ = if c < 0x100 {
        write!(out, "\\x{c:02x}")
    } else if c < 0x10000 {
        write!(out, "\\u{c:04x}")
    } else {
        write!(out, "\\U{c:08x}")
    };
}

/// `repr(s)`: single quotes unless the text contains `'` and no `"`;
/// `\t \n \r \\` and the quote escaped, other non-printable characters as
/// `\x..`/`\u....`/`\U........`; printable non-ASCII characters kept.
pub fn repr_str(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            ' '..='~' => out.push(c),
            c if !c.is_ascii() && unicode::is_printable(c) => out.push(c),
            c => push_hex_escape(&mut out, c as u32),
        }
    }
    out.push(quote);
    out
}

/// `ascii(s)` for a str: its repr with non-ASCII characters escaped.
pub fn ascii_repr(s: &str) -> String {
    backslash_non_ascii(&repr_str(s))
}

/// Escapes every non-ASCII character as `\x..`/`\u....`/`\U........`
/// (the "backslashreplace" error handler applied to ASCII encoding).
pub fn backslash_non_ascii(s: &str) -> String {
    if s.is_ascii() {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if c.is_ascii() {
            out.push(c);
        } else {
            push_hex_escape(&mut out, c as u32);
        }
    }
    out
}

/// Registers str's methods on the `str` type.
pub fn init_methods(b: &super::Builtins) {
    dunder::register(b);
    methods::register(b);
    format::register(b);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::object::IMMORTAL;

    #[test]
    fn repr_quoting() {
        assert_eq!(repr_str("abc"), "'abc'");
        assert_eq!(repr_str("it's"), "\"it's\"");
        assert_eq!(repr_str("'\""), "'\\'\"'");
        assert_eq!(repr_str("a\tb\nc\r\\"), "'a\\tb\\nc\\r\\\\'");
        assert_eq!(
            repr_str("\x00\x7f\u{80}é\u{200b}😀"),
            "'\\x00\\x7f\\x80é\\u200b😀'"
        );
        assert_eq!(ascii_repr("é😀\u{200b}"), "'\\xe9\\U0001f600\\u200b'");
    }

    #[test]
    fn indexing_and_slicing() {
        crate::types::init();
        let o = new_str("héllo");
        let p = pystr(&o).expect("str");
        assert_eq!(p.nchars, 5);
        assert_eq!(char_at(p, 1), Some('é'));
        assert_eq!(substring(p, 1, 3), "él");
        assert_eq!(slice(p, 4, -2, 3), "olh");
        assert_eq!(byte_to_char(p, 3), 2);
        assert!(intern("abc").is(&intern("abc")));
        assert!(char_str('x').refcount() >= IMMORTAL / 2);
    }
}
