//! `tuple`: constructor, item and slice access, concatenation and
//! repetition, comparison, repr, and hashing (CPython 3.11's xxHash-based
//! tuple hash, bit for bit). Where the items live is `storage`'s concern.

use super::list::util::{
    self, as_ssize, check_none, check_one, check_range, int_usize, is_index, no_kwargs,
    not_implemented, py_bool,
};
use crate::errors::{Exc, PyErr, PyResult, index_error, type_error};
use crate::object::{Obj, Payload};
use crate::types::function::Kwargs;
use crate::types::typeobj::{add_kw_methods, add_methods};
use crate::types::{self, builtin, dict};

pub(crate) mod storage;
pub use storage::TupleItems;

/// A new tuple (the empty tuple is a singleton, as in CPython).
pub fn new_tuple(items: Vec<Obj>) -> Obj {
    new_tuple_of_type(&builtin().tuple, items)
}

/// A new tuple of the items `items` yields (exactly `items.len()` of
/// them), moved straight into the tuple's block when they fit there.
#[inline]
pub fn new_tuple_from(items: impl ExactSizeIterator<Item = Obj>) -> Obj {
    let n = items.len();
    if n == 0 {
        return builtin().empty_tuple.clone();
    }
    // SAFETY: exactly `n` items are written (checked).
    unsafe {
        build_with(&builtin().tuple, n, |dst| {
            let mut len = 0;
            for o in items {
                assert!(len < n, "a tuple's items outnumber its length");
                // SAFETY: slot `len < n` of the `n` slots, written once.
                dst.add(len).write(o);
                len += 1;
            }
            assert!(len == n, "a tuple's items fall short of its length");
        })
    }
}

/// A new tuple holding clones of `items`.
#[inline]
pub fn new_tuple_cloned(items: &[Obj]) -> Obj {
    if items.is_empty() {
        return builtin().empty_tuple.clone();
    }
    // SAFETY: one clone per item is written to each of the `len` slots.
    unsafe {
        build_with(&builtin().tuple, items.len(), |dst| {
            for (i, o) in items.iter().enumerate() {
                dst.add(i).write(o.clone());
            }
        })
    }
}

/// A new tuple that takes over the references of the `n` words at
/// `items` (a `BUILD_TUPLE` operand array).
///
/// # Safety
/// `items` points to `n` owned value words, which the caller gives up
/// (it neither releases nor reads them again).
#[inline]
pub(crate) unsafe fn new_tuple_taking(items: *const Obj, n: usize) -> Obj {
    if n == 0 {
        return builtin().empty_tuple.clone();
    }
    // SAFETY: the `n` references move bitwise into the `n` slots (the
    // caller's contract: nothing else owns them any more).
    unsafe { build_with(&builtin().tuple, n, |dst| move_items(items, dst, n)) }
}

/// A new tuple of the `N` items of an array (a pair: no vector).
#[inline]
pub fn new_tuple_array<const N: usize>(items: [Obj; N]) -> Obj {
    let items = std::mem::ManuallyDrop::new(items);
    // SAFETY: the array's items move into the tuple (it is not dropped).
    unsafe { new_tuple_taking(items.as_ptr(), N) }
}

/// A new instance of `cls` (tuple or a tuple subclass) holding `items`.
pub fn new_tuple_of_type(cls: &Obj, items: Vec<Obj>) -> Obj {
    let n = items.len();
    if n == 0 && cls.is(&builtin().tuple) {
        return builtin().empty_tuple.clone();
    }
    if n > storage::INLINE_MAX {
        // (The vector's buffer becomes the box.)
        let items = TupleItems::from_box(items.into_boxed_slice());
        return Obj::new(cls, Payload::Tuple(items));
    }
    let mut items = std::mem::ManuallyDrop::new(items);
    // SAFETY: the vector's items move into the tuple; the vector then
    // frees only its buffer (its length is set to 0 first).
    unsafe {
        let o = build_with(cls, n, |dst| move_items(items.as_ptr(), dst, n));
        items.set_len(0);
        std::mem::ManuallyDrop::drop(&mut items);
        o
    }
}

/// Copies the `n` words at `src` to `dst`: one fixed-size move for the
/// lengths that fit a block (a copy of a length known only at run time is
/// a call to `memcpy`, which costs a pair more than building it).
///
/// # Safety
/// `src` and `dst` are valid for `n` items and do not overlap.
#[inline(always)]
unsafe fn move_items(src: *const Obj, dst: *mut Obj, n: usize) {
    /// # Safety
    /// As `move_items`, with `n == N`.
    #[inline(always)]
    unsafe fn fixed<const N: usize>(src: *const Obj, dst: *mut Obj) {
        // SAFETY: the caller's contract; the array type has `Obj`'s
        // alignment.
        unsafe { dst.cast::<[Obj; N]>().write(src.cast::<[Obj; N]>().read()) }
    }
    const _: () = assert!(storage::INLINE_MAX == 10);
    // SAFETY: the caller's contract, for the length matched.
    unsafe {
        match n {
            1 => fixed::<1>(src, dst),
            2 => fixed::<2>(src, dst),
            3 => fixed::<3>(src, dst),
            4 => fixed::<4>(src, dst),
            5 => fixed::<5>(src, dst),
            6 => fixed::<6>(src, dst),
            7 => fixed::<7>(src, dst),
            8 => fixed::<8>(src, dst),
            9 => fixed::<9>(src, dst),
            10 => fixed::<10>(src, dst),
            _ => std::ptr::copy_nonoverlapping(src, dst, n),
        }
    }
}

/// A new object of type `cls` (tuple or a subclass) with `n` items, which
/// `fill` writes to the slots it is given: in the object's own block when
/// they fit there (`storage`), else in a heap box.
///
/// # Safety
/// `fill` writes exactly `n` owned items to the `n` slots starting at its
/// argument (or panics).
#[inline(always)]
unsafe fn build_with(cls: &Obj, n: usize, fill: impl FnOnce(*mut Obj)) -> Obj {
    if n > storage::INLINE_MAX {
        let mut b = Box::<[Obj]>::new_uninit_slice(n);
        fill(b.as_mut_ptr().cast::<Obj>());
        // SAFETY: `fill` initialised all `n` items (the caller's contract).
        let items = TupleItems::from_box(unsafe { b.assume_init() });
        return Obj::new(cls, Payload::Tuple(items));
    }
    Obj::new_in_block(
        cls,
        storage::inline_class(n),
        storage::HEAD_CLASS,
        |block| {
            // SAFETY: the items start `ITEMS_OFFSET` bytes into the fresh
            // block of `inline_class(n)`, `fill` writes all `n` of them,
            // and the payload is moved into that block.
            unsafe {
                let at = block.add(storage::ITEMS_OFFSET);
                fill(at.cast::<Obj>());
                Payload::Tuple(TupleItems::inline_at(at, n))
            }
        },
    )
}

/// The items of a tuple (or tuple subclass instance).
pub fn as_slice(v: &Obj) -> Option<&[Obj]> {
    match v.payload() {
        Payload::Tuple(t) => Some(t),
        _ => None,
    }
}

fn slice_of(v: &Obj) -> PyResult<&[Obj]> {
    as_slice(v).ok_or_else(|| {
        PyErr::new(
            Exc::TypeError,
            format!("expected a tuple, got '{}'", types::type_name_of(v)),
        )
    })
}

/// `t[start:stop:step]` for unpacked bounds (`slice_unpack`'s result).
pub fn get_slice(t: &Obj, start: isize, stop: isize, step: isize) -> PyResult<Obj> {
    let items = slice_of(t)?;
    let (start, _, step, n) = types::range::slice_adjust(items.len(), start, stop, step);
    if n == items.len() && step == 1 && util::exact(t, &builtin().tuple) {
        return Ok(t.clone());
    }
    Ok(new_tuple_from((0..n).map(|k| {
        items[(start + k as isize * step) as usize].clone()
    })))
}

/// `t[key]` for an int-like or a slice.
pub fn getitem(t: &Obj, key: &Obj) -> PyResult<Obj> {
    let items = slice_of(t)?;
    // Slices first: `slice` has no `__index__`, so this order saves
    // `is_index` a by-name type lookup.
    if let Payload::Slice(..) = key.payload() {
        let (start, stop, step) = types::range::slice_unpack(key)?;
        return get_slice(t, start, stop, step);
    }
    if is_index(key) {
        let i = match key.small_int() {
            Some(i) => i,
            None => as_ssize(key, Some(Exc::IndexError))?,
        };
        let n = items.len() as i64;
        let j = if i < 0 { i + n } else { i };
        if j < 0 || j >= n {
            return index_error("tuple index out of range");
        }
        return Ok(items[j as usize].clone());
    }
    type_error(format!(
        "tuple indices must be integers or slices, not {}",
        types::type_name_of(key)
    ))
}

/// `x in t`.
pub fn contains(t: &Obj, x: &Obj) -> PyResult<bool> {
    for item in slice_of(t)? {
        if util::obj_eq(item, x)? {
            return Ok(true);
        }
    }
    Ok(false)
}

const XXPRIME_1: u64 = 11400714785074694791;
const XXPRIME_2: u64 = 14029467366897019727;
const XXPRIME_5: u64 = 2870177450012600261;

/// CPython 3.11's tuple hash over already-computed item hashes.
pub fn hash_of_hashes(hashes: impl ExactSizeIterator<Item = i64>) -> i64 {
    let len = hashes.len();
    xx_finish(hashes.fold(XXPRIME_5, xx_round), len)
}

/// One xxHash round of the tuple hash, for item hash `h`.
fn xx_round(acc: u64, h: i64) -> u64 {
    acc.wrapping_add((h as u64).wrapping_mul(XXPRIME_2))
        .rotate_left(31)
        .wrapping_mul(XXPRIME_1)
}

/// The tuple hash after the rounds over `len` items.
fn xx_finish(acc: u64, len: usize) -> i64 {
    let acc = acc.wrapping_add(len as u64 ^ (XXPRIME_5 ^ 3527539));
    if acc == u64::MAX {
        return 1546275796;
    }
    acc as i64
}

/// `hash(t)`: combines the item hashes with CPython's xxHash-based scheme.
pub fn hash(t: &Obj) -> PyResult<i64> {
    let items = slice_of(t)?;
    let mut acc = XXPRIME_5;
    for item in items {
        acc = xx_round(acc, util::key_hash(item)?);
    }
    Ok(xx_finish(acc, items.len()))
}

/// `repr(t)`.
pub fn tuple_repr(t: &Obj) -> PyResult<String> {
    let items = slice_of(t)?;
    if items.is_empty() {
        return Ok("()".to_string());
    }
    let Some(_guard) = util::repr_enter(t) else {
        return Ok("(...)".to_string());
    };
    let mut out = String::from("(");
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(&util::repr_of(item)?);
    }
    if items.len() == 1 {
        out.push(',');
    }
    out.push(')');
    Ok(out)
}

/// Rich comparison of two tuples (NotImplemented unless both are tuples).
pub fn richcompare(v: &Obj, w: &Obj, op: u64) -> PyResult<Obj> {
    let (Some(a), Some(b)) = (as_slice(v), as_slice(w)) else {
        return Ok(not_implemented());
    };
    super::list::seq_richcompare(
        &|i| a.get(i).cloned(),
        &|| a.len(),
        &|i| b.get(i).cloned(),
        &|| b.len(),
        op,
    )
}

/// `a + b` for two tuples; any other `b` raises CPython's TypeError.
pub fn concat(a: &Obj, b: &Obj) -> PyResult<Obj> {
    let x = slice_of(a)?;
    let Some(y) = as_slice(b) else {
        return type_error(format!(
            "can only concatenate tuple (not \"{}\") to tuple",
            types::type_name_of(b)
        ));
    };
    let bi = builtin();
    if y.is_empty() && util::exact(a, &bi.tuple) {
        return Ok(a.clone());
    }
    if x.is_empty() && util::exact(b, &bi.tuple) {
        return Ok(b.clone());
    }
    // (Indices, not `chain`: the length must be known up front.)
    let n = x.len();
    Ok(new_tuple_from(
        (0..n + y.len()).map(|i| if i < n { &x[i] } else { &y[i - n] }.clone()),
    ))
}

/// `t * n`.
pub fn repeat(t: &Obj, n: i64) -> PyResult<Obj> {
    let items = slice_of(t)?;
    if n == 1 && util::exact(t, &builtin().tuple) {
        return Ok(t.clone());
    }
    Ok(new_tuple(super::list::repeat_vec(items, n)?))
}

fn this<'a>(a: &'a [Obj], name: &str) -> PyResult<&'a Obj> {
    match a.first() {
        Some(t) if as_slice(t).is_some() => Ok(t),
        Some(t) => util::descr_error(name, "tuple", t),
        None => type_error(format!(
            "descriptor '{name}' of 'tuple' object needs an argument"
        )),
    }
}

fn t_len(a: &[Obj]) -> PyResult<Obj> {
    check_none("tuple.__len__", a)?;
    Ok(int_usize(slice_of(this(a, "__len__")?)?.len()))
}

fn t_getitem(a: &[Obj]) -> PyResult<Obj> {
    check_one("tuple.__getitem__", a)?;
    getitem(this(a, "__getitem__")?, &a[1])
}

fn t_contains(a: &[Obj]) -> PyResult<Obj> {
    check_one("tuple.__contains__", a)?;
    Ok(py_bool(contains(this(a, "__contains__")?, &a[1])?))
}

fn t_iter(a: &[Obj]) -> PyResult<Obj> {
    check_none("tuple.__iter__", a)?;
    Ok(types::iter::new_tuple_iter(this(a, "__iter__")?))
}

fn t_hash(a: &[Obj]) -> PyResult<Obj> {
    check_none("tuple.__hash__", a)?;
    Ok(types::int::new_int(hash(this(a, "__hash__")?)?))
}

fn t_repr(a: &[Obj]) -> PyResult<Obj> {
    check_none("tuple.__repr__", a)?;
    Ok(types::str::new_string(tuple_repr(this(a, "__repr__")?)?))
}

fn t_count(a: &[Obj]) -> PyResult<Obj> {
    check_one("tuple.count", a)?;
    let mut n = 0usize;
    for item in slice_of(this(a, "count")?)? {
        if util::obj_eq(item, &a[1])? {
            n += 1;
        }
    }
    Ok(int_usize(n))
}

fn t_index(a: &[Obj]) -> PyResult<Obj> {
    let t = this(a, "index")?;
    check_range("index", a.len() - 1, 1, 3)?;
    let items = slice_of(t)?;
    let n = items.len() as i64;
    let mut start = match a.get(2) {
        Some(v) => util::slice_index_arg(v)?,
        None => 0,
    };
    let mut stop = match a.get(3) {
        Some(v) => util::slice_index_arg(v)?,
        None => i64::MAX,
    };
    if start < 0 {
        start = (start + n).max(0);
    }
    if stop < 0 {
        stop = (stop + n).max(0);
    }
    let mut i = start;
    while i < stop.min(n) {
        if util::obj_eq(&items[i as usize], &a[1])? {
            return Ok(types::int::new_int(i));
        }
        i += 1;
    }
    Err(PyErr::new(
        Exc::ValueError,
        "tuple.index(x): x not in tuple",
    ))
}

fn t_add(a: &[Obj]) -> PyResult<Obj> {
    check_one("tuple.__add__", a)?;
    let t = this(a, "__add__")?;
    if as_slice(&a[1]).is_none() && super::list::defer_to(&a[1], "__radd__") {
        return Ok(not_implemented());
    }
    concat(t, &a[1])
}

fn t_mul(a: &[Obj]) -> PyResult<Obj> {
    check_one("tuple.__mul__", a)?;
    let t = this(a, "__mul__")?;
    match super::list::repeat_count(&a[1])? {
        Some(n) => repeat(t, n),
        None if super::list::defer_to(&a[1], "__rmul__") => Ok(not_implemented()),
        None => super::list::cant_multiply(&a[1]),
    }
}

fn t_rmul(a: &[Obj]) -> PyResult<Obj> {
    check_one("tuple.__rmul__", a)?;
    let t = this(a, "__rmul__")?;
    match super::list::repeat_count(&a[1])? {
        Some(n) => repeat(t, n),
        None => super::list::cant_multiply(&a[1]),
    }
}

fn cmp(a: &[Obj], op: u64) -> PyResult<Obj> {
    check_one("tuple.__eq__", a)?;
    richcompare(&a[0], &a[1], op)
}
fn t_eq(a: &[Obj]) -> PyResult<Obj> {
    cmp(a, crate::abi::CMP_EQ)
}
fn t_ne(a: &[Obj]) -> PyResult<Obj> {
    cmp(a, crate::abi::CMP_NE)
}
fn t_lt(a: &[Obj]) -> PyResult<Obj> {
    cmp(a, crate::abi::CMP_LT)
}
fn t_le(a: &[Obj]) -> PyResult<Obj> {
    cmp(a, crate::abi::CMP_LE)
}
fn t_gt(a: &[Obj]) -> PyResult<Obj> {
    cmp(a, crate::abi::CMP_GT)
}
fn t_ge(a: &[Obj]) -> PyResult<Obj> {
    cmp(a, crate::abi::CMP_GE)
}

/// `tuple.__new__(cls, iterable=())`.
fn t_new(a: &[Obj], kw: &Kwargs) -> PyResult<Obj> {
    let b = builtin();
    let cls = util::check_new_cls(a, &b.tuple, "tuple")?;
    if cls.is(&b.tuple) {
        no_kwargs("tuple", kw)?;
    }
    check_range("tuple", a.len() - 1, 0, 1)?;
    let Some(it) = a.get(1) else {
        return Ok(new_tuple_of_type(cls, Vec::new()));
    };
    if cls.is(&b.tuple) && util::exact(it, &b.tuple) {
        return Ok(it.clone());
    }
    Ok(new_tuple_of_type(cls, util::collect(it)?))
}

/// Registers the methods of `tuple`.
pub fn init_methods(b: &super::Builtins) {
    add_methods(
        &b.tuple,
        &[
            ("__len__", t_len),
            ("__getitem__", t_getitem),
            ("__contains__", t_contains),
            ("__iter__", t_iter),
            ("__hash__", t_hash),
            ("__repr__", t_repr),
            ("__add__", t_add),
            ("__mul__", t_mul),
            ("__rmul__", t_rmul),
            ("__eq__", t_eq),
            ("__ne__", t_ne),
            ("__lt__", t_lt),
            ("__le__", t_le),
            ("__gt__", t_gt),
            ("__ge__", t_ge),
            ("count", t_count),
            ("index", t_index),
        ],
    );
    add_kw_methods(&b.tuple, &[("__new__", t_new)]);
    util::add_class_getitem(&b.tuple);
    dict::set_str(
        types::type_data(&b.tuple).dict(),
        "__module__",
        types::str::new_str("builtins"),
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::object::pool::CLASS_SIZES;
    use storage::INLINE_MAX;

    fn ints(n: usize) -> Vec<Obj> {
        (0..n as i64).map(types::int::new_int).collect()
    }

    fn items(t: &Obj) -> &TupleItems {
        match t.payload() {
            Payload::Tuple(x) => x,
            _ => panic!("{t:?} is not a tuple"),
        }
    }

    /// Up to `INLINE_MAX` items sit right after the payload, in the
    /// smallest block that holds them; longer tuples box them.
    #[test]
    fn short_tuples_hold_their_items_inline() {
        crate::types::init();
        assert_eq!(INLINE_MAX, 10);
        for n in 0..=INLINE_MAX + 3 {
            let t = new_tuple(ints(n));
            let it = items(&t);
            assert_eq!(&**it, &ints(n)[..]);
            if n == 0 {
                assert!(t.is(&builtin().empty_tuple));
                continue;
            }
            assert_eq!(it.is_inline(), n <= INLINE_MAX, "{n} items");
            let class = t.payload().size_class();
            if n > INLINE_MAX {
                assert_eq!(class, storage::HEAD_CLASS);
                continue;
            }
            let at = t.word() as usize + storage::ITEMS_OFFSET;
            assert_eq!(it.as_ptr() as usize, at);
            let bytes = storage::ITEMS_OFFSET + 8 * n;
            assert!(CLASS_SIZES[class] >= bytes);
            assert!(
                CLASS_SIZES[class - 1] < bytes,
                "{n} items take a larger block"
            );
        }
        let size = |n| CLASS_SIZES[new_tuple(ints(n)).payload().size_class()];
        let sizes: Vec<usize> = [1, 2, 3, 4, 5, 6, 7, 10, 11].map(size).into();
        assert_eq!(sizes, [64, 64, 80, 80, 96, 96, 128, 128, 48]);
    }

    /// Every way of building a tuple owns one reference per item, and
    /// dropping it releases them, inline or boxed.
    #[test]
    fn items_are_owned_and_released() {
        crate::types::init();
        let x = types::list::new_list(Vec::new());
        for n in [1, 2, INLINE_MAX, INLINE_MAX + 1, 20] {
            let t = new_tuple(vec![x.clone(); n]);
            assert_eq!(x.refcount(), 1 + n as isize);
            let u = new_tuple_cloned(items(&t));
            let v = concat(&t, &u).expect("tuples concatenate");
            let w = get_slice(&v, 1, isize::MAX, 2).expect("tuples slice");
            assert_eq!(items(&w).len(), n);
            assert_eq!(x.refcount(), 1 + 5 * n as isize);
            drop((t, u, v, w));
            assert_eq!(x.refcount(), 1);
        }
        let p = new_tuple_array([x.clone(), Obj::from_small(3)]);
        assert_eq!(x.refcount(), 2);
        drop(p);
        assert_eq!(x.refcount(), 1);
    }

    /// A freed tuple's block goes back to the free list of its class (the
    /// next tuple of that length takes it), and its items are released
    /// last to first, as CPython's `tupledealloc` does: the first item's
    /// block is then the head of the float free list.
    #[test]
    fn freeing_returns_the_block_and_releases_in_reverse() {
        crate::types::init();
        for n in [1, 3, 5, 8, INLINE_MAX, 12] {
            let t = new_tuple(ints(n));
            let w = t.word();
            drop(t);
            assert_eq!(new_tuple(ints(n)).word(), w, "{n} items");
        }
        for n in [3, INLINE_MAX + 2] {
            let floats: Vec<Obj> = (0..n).map(|i| types::float::new_float(i as f64)).collect();
            let first = floats[0].word();
            let t = new_tuple(floats);
            let block = t.word();
            drop(t);
            let a = types::float::new_float(0.5);
            let b = types::float::new_float(0.5);
            // (A boxed tuple's block, freed after its items, is of the
            // floats' class.)
            if n > INLINE_MAX {
                assert_eq!([a.word(), b.word()], [block, first]);
            } else {
                assert_eq!(a.word(), first);
            }
        }
    }

    /// Instances of a tuple subclass hold their items the same way, and
    /// may have an instance dict besides.
    #[test]
    fn subclass_instances_hold_items_inline() {
        crate::types::init();
        let b = builtin();
        let ns = dict::new_dict();
        dict::set_str(&ns, "__module__", types::str::new_str("__main__"));
        let cls = types::typeobj::new_class(&b.type_, "T", std::slice::from_ref(&b.tuple), &ns)
            .expect("tuple subclasses can be made");
        for n in [0, 1, 2, INLINE_MAX, INLINE_MAX + 1] {
            let t = new_tuple_of_type(&cls, ints(n));
            assert!(t.ty().is(&cls));
            assert_eq!(&**items(&t), &ints(n)[..]);
            assert_eq!(items(&t).is_inline(), n <= INLINE_MAX);
            let d = dict::new_dict();
            dict::set_str(&d, "x", types::int::new_int(n as i64));
            t.set_dict(Some(d.clone()));
            assert!(t.dict().is_some_and(|x| x.is(&d)));
            assert_eq!(as_slice(&t).map(<[Obj]>::len), Some(n));
        }
    }

    #[test]
    fn tuple_hash_matches_cpython() {
        crate::types::init();
        // PYTHONHASHSEED=0 python3 -c "print(hash(()), hash((1, 2)), hash((1,)), hash((-1, 0)), hash((1, (2, 3))))"
        assert_eq!(hash_of_hashes([].into_iter()), 5740354900026072187);
        assert_eq!(hash_of_hashes([1, 2].into_iter()), -3550055125485641917);
        assert_eq!(hash_of_hashes([1].into_iter()), -6644214454873602895);
        assert_eq!(hash_of_hashes([-2, 0].into_iter()), 2575514064802888272);
        let inner = hash_of_hashes([2, 3].into_iter());
        assert_eq!(hash_of_hashes([1, inner].into_iter()), 7267574591690527098);
        // hash((1, 'a')) with hash('a') == 4644417185603328019
        assert_eq!(
            hash_of_hashes([1, 4644417185603328019].into_iter()),
            3906047847676358913
        );
    }
}
