//! Unit tests of the set algebra's result orders (int elements, so no
//! Python code runs), checked against CPython 3.11.

use super::*;

fn mk(xs: &[i64]) -> Obj {
    let items: Vec<Obj> = xs.iter().map(|&i| Obj::from_small(i)).collect();
    new_set(&items).expect("ints hash")
}

fn order(s: &Obj) -> Vec<i64> {
    elements(s)
        .iter()
        .map(|o| o.small_int().unwrap_or(i64::MIN))
        .collect()
}

fn range(a: i64, b: i64, step: i64) -> Vec<i64> {
    let mut v = Vec::new();
    let mut i = a;
    while (step > 0 && i < b) || (step < 0 && i > b) {
        v.push(i);
        i += step;
    }
    v
}

#[test]
fn operator_orders_match_cpython() {
    crate::types::init();
    let a = mk(&[1, 2, 3, 4, 5, 40, 33, 17]);
    let b = mk(&[4, 5, 6, 7, 33, 100, 68]);
    let o = |r: PyResult<Obj>| order(&r.expect("ok"));
    assert_eq!(o(union(&a, &b)), [1, 2, 3, 4, 5, 33, 6, 40, 7, 100, 68, 17]);
    assert_eq!(o(union(&b, &a)), [33, 1, 2, 4, 5, 6, 7, 100, 68, 3, 40, 17]);
    assert_eq!(o(intersection(&a, &b)), [33, 4, 5]);
    assert_eq!(o(intersection(&b, &a)), [33, 4, 5]);
    assert_eq!(o(difference(&a, &b)), [1, 2, 3, 40, 17]);
    assert_eq!(o(difference(&b, &a)), [100, 68, 6, 7]);
    assert_eq!(
        o(symmetric_difference(&a, &b)),
        [1, 2, 3, 6, 7, 68, 17, 100, 40]
    );
    assert_eq!(
        o(symmetric_difference(&b, &a)),
        [1, 2, 3, 68, 100, 6, 7, 40, 17]
    );
    let big = mk(&range(0, 200, 3));
    let small = mk(&[9, 1, 300, 27]);
    let mut expected: Vec<i64> = range(0, 200, 3);
    expected.retain(|&x| x != 9 && x != 27);
    assert_eq!(o(difference(&big, &small)), expected);
    assert_eq!(o(difference(&small, &big)), [1, 300]);
    assert_eq!(o(intersection(&big, &small)), [9, 27]);
    assert_eq!(
        o(symmetric_difference(&big, &small)),
        [
            0, 1, 129, 3, 132, 6, 135, 138, 12, 141, 15, 144, 18, 147, 21, 150, 24, 153, 156, 30,
            159, 33, 162, 36, 165, 39, 168, 42, 171, 300, 45, 174, 48, 177, 51, 180, 54, 183, 57,
            186, 60, 189, 63, 192, 66, 195, 69, 198, 72, 75, 78, 81, 84, 87, 90, 93, 96, 99, 102,
            105, 108, 111, 114, 117, 120, 123, 126
        ]
    );
    let mut expected = vec![0, 1, 3, 6, 12, 15, 18, 21, 24, 30, 33, 36, 39, 42, 300];
    expected.extend(range(45, 200, 3));
    assert_eq!(o(symmetric_difference(&small, &big)), expected);
}

#[test]
fn in_place_orders_match_cpython() {
    crate::types::init();
    let c = mk(&range(0, 50, 1));
    difference_update(&c, &mk(&range(0, 1000, 2))).expect("ok");
    assert_eq!(order(&c), range(1, 50, 2));
    let d = mk(&range(0, 20, 1));
    symmetric_difference_update(&d, &mk(&range(10, 40, 3))).expect("ok");
    assert_eq!(
        order(&d),
        [
            0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 14, 15, 17, 18, 22, 25, 28, 31, 34, 37
        ]
    );
    let f = mk(&[5, 9, 13]);
    update(&f, &mk(&range(30, 0, -4))).expect("ok");
    let copied = copy(&mk(&range(0, 40, 1))).expect("ok");
    assert_eq!(order(&copied), range(0, 40, 1));
    assert!(issubset(&mk(&[1, 2]), &mk(&[2, 1, 3])).expect("ok"));
    assert!(!issubset(&mk(&[1, 4]), &mk(&[2, 1, 3])).expect("ok"));
    assert!(isdisjoint(&mk(&[1, 4]), &mk(&[2, 3])).expect("ok"));
    assert!(contains(&f, &Obj::from_small(26)).expect("ok"));
    assert!(discard(&f, &Obj::from_small(26)).expect("ok"));
    assert!(!contains(&f, &Obj::from_small(26)).expect("ok"));
    assert_eq!(pop(&mk(&[3, 1, 2])).expect("ok").small_int(), Some(1));
    assert!(pop(&mk(&[])).is_err());
}

/// Generated code reads an exact set's slots and key counts at the
/// `abi::SET_*` offsets.
#[test]
fn set_table_offsets_match_abi() {
    use crate::abi::*;
    crate::types::init();
    let s = mk(&[3, 40, 7]);
    let Payload::Set(cell) = s.payload() else {
        panic!("mk makes a set");
    };
    let t = cell.borrow();
    let base = s.word() as usize;
    let field = &t.slots as *const _ as usize;
    // SAFETY: the two words of the live table's boxed slice.
    let words = unsafe { [*(field as *const usize), *((field + 8) as *const usize)] };
    let ptr_at = if words[0] == t.slots.as_ptr() as usize {
        0
    } else {
        8
    };
    assert_eq!(words[ptr_at / 8], t.slots.as_ptr() as usize);
    assert_eq!(words[1 - ptr_at / 8], t.slots.len());
    assert_eq!(field + ptr_at - base, SET_SLOTS_PTR_OFFSET as usize);
    assert_eq!(field + 8 - ptr_at - base, SET_SLOTS_LEN_OFFSET as usize);
    assert_eq!(
        &t.counts as *const _ as usize - base,
        SET_COUNTS_OFFSET as usize
    );
    assert_eq!(size_of::<table::Slot>(), SET_SLOT_SIZE as usize);
    let slot = &t.slots[3];
    assert_eq!(
        slot.key.as_ref().map(|k| k.word()),
        Some(Obj::from_small(3).word())
    );
    let key_at = slot.key.as_ref().expect("3 sits at home") as *const Obj as usize;
    assert_eq!(key_at - slot as *const _ as usize, SET_SLOT_KEY as usize);
    // The counts word holds one key in each of the buckets of 3, 7 and 8 (40).
    let counts = t.counts.0;
    assert_eq!((counts >> 6) & 3, 1);
    assert_eq!((counts >> 14) & 3, 1);
    assert_eq!((counts >> 16) & 3, 1);
    assert_eq!((counts >> 2) & 3, 0);
    let hints = &t.hints as *const _ as usize;
    assert_eq!(hints - base, SET_HINTS_OFFSET as usize);
    // SAFETY: the word of the live table's Option<Box<Hints>>.
    assert_eq!(unsafe { *(hints as *const usize) }, 0, "no hints yet");
    drop(t);
    // Churn makes hints; their word points at the per-bucket slot bytes.
    for k in [35, 67, 99] {
        add(&s, &Obj::from_small(k)).expect("ints hash");
        discard(&s, &Obj::from_small(k - 32)).expect("ints hash");
    }
    assert!(contains(&s, &Obj::from_small(99)).expect("ints hash"));
    let t = cell.borrow();
    let h = t
        .hints
        .as_ref()
        .expect("a probe walked past 99's home slot");
    // SAFETY: as above.
    let word = unsafe { *(hints as *const usize) };
    assert_eq!(word, &**h as *const table::Hints as usize);
    // SAFETY: the hints box is live; byte 3 is bucket 3's slot.
    let j = unsafe { *((word + 3) as *const u8) } as usize;
    assert_eq!(
        t.slots[j].key.as_ref().map(|k| k.word()),
        Some(Obj::from_small(99).word())
    );
}
