//! Unit tests of the dict table (keys that never run Python code).

use super::*;

fn int(i: i64) -> Obj {
    Obj::from_small(i)
}

#[test]
fn insertion_order_deletion_and_growth() {
    crate::types::init();
    let d = new_dict();
    for i in 0..100 {
        set_item(&d, &int(i * 7 % 101), int(i)).expect("int keys");
    }
    assert_eq!(len(&d), 100);
    for i in (0..100).step_by(3) {
        assert!(del_item(&d, &int(i * 7 % 101)).expect("int keys"));
    }
    assert!(!del_item(&d, &int(1000)).expect("int keys"));
    let ks: Vec<i64> = keys(&d).iter().filter_map(|k| k.small_int()).collect();
    let expected: Vec<i64> = (0..100)
        .filter(|i| i % 3 != 0)
        .map(|i| i * 7 % 101)
        .collect();
    assert_eq!(ks, expected);
    // Re-inserting a deleted key appends it at the end.
    set_item(&d, &int(0), int(-1)).expect("int keys");
    assert_eq!(keys(&d).last().and_then(|k| k.small_int()), Some(0));
    // Overwriting keeps the position.
    set_item(&d, &int(7), int(-7)).expect("int keys");
    assert_eq!(
        get_item(&d, &int(7))
            .expect("ok")
            .and_then(|v| v.small_int()),
        Some(-7)
    );
    let (k, _) = pop_last(&d).expect("non-empty");
    assert_eq!(k.small_int(), Some(0));
    clear(&d);
    assert_eq!(len(&d), 0);
    assert!(get_item(&d, &int(7)).expect("ok").is_none());
}

#[test]
fn str_keys_by_text() {
    crate::types::init();
    let d = new_dict();
    set_str(&d, "alpha", int(1));
    set_str(&d, "beta", int(2));
    set_str(&d, "alpha", int(3));
    assert_eq!(len(&d), 2);
    assert_eq!(get_str(&d, "alpha").and_then(|v| v.small_int()), Some(3));
    assert_eq!(get_str(&d, "beta").and_then(|v| v.small_int()), Some(2));
    assert!(get_str(&d, "gamma").is_none());
    assert_eq!(del_str(&d, "alpha").and_then(|v| v.small_int()), Some(3));
    assert!(get_str(&d, "alpha").is_none());
    // A str object key finds the entry set by text.
    let k = types::str::new_str("beta");
    assert_eq!(
        get_item(&d, &k).expect("ok").and_then(|v| v.small_int()),
        Some(2)
    );
}

/// The keys version (what `LOAD_GLOBAL` sites check) survives value
/// replacement, and with it the address of the value word; adding,
/// removing and clearing change it, as any change does the version.
#[test]
fn keys_version_changes_with_keys_only() {
    crate::types::init();
    let d = new_dict();
    let name = types::str::intern("glob_keys_version_test");
    let versions = |d: &Obj| {
        let t = table(d).expect("a dict").borrow();
        (t.version(), t.keys_version())
    };
    set_item(&d, &name, int(1)).expect("str key");
    let (v1, k1) = versions(&d);
    let slot = str_value_slot(&d, &name)
        .expect("str key")
        .expect("present");
    assert_eq!(slot.0, k1);
    set_item(&d, &name, int(2)).expect("str key");
    let (v2, k2) = versions(&d);
    assert_ne!(v1, v2);
    assert_eq!(k1, k2);
    assert_eq!(str_value_slot(&d, &name), Some(Some(slot)));
    set_item(&d, &int(5), int(5)).expect("int key");
    let (_, k3) = versions(&d);
    assert_ne!(k2, k3);
    assert!(del_item(&d, &int(5)).expect("int key"));
    let (_, k4) = versions(&d);
    assert_ne!(k3, k4);
    clear(&d);
    assert_ne!(versions(&d).1, k4);
    assert_eq!(str_value_slot(&d, &name), Some(None));
}
