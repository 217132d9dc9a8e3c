//! Unit tests of list item/slice access and assignment (int items only, so
//! no Python code runs), checked against CPython's results.

use super::*;

fn ints(v: &[i64]) -> Obj {
    new_list(v.iter().map(|&i| Obj::from_small(i)).collect())
}

fn vals(l: &Obj) -> Vec<i64> {
    items(l)
        .iter()
        .map(|o| o.small_int().unwrap_or(i64::MIN))
        .collect()
}

fn sl(a: Option<i64>, b: Option<i64>, c: Option<i64>) -> Obj {
    let f = |x: Option<i64>| x.map(Obj::from_small).unwrap_or_else(util::none);
    types::range::new_slice(f(a), f(b), f(c))
}

fn range_list(n: i64) -> Obj {
    ints(&(0..n).collect::<Vec<_>>())
}

#[test]
fn slice_assignment_matches_cpython() {
    crate::types::init();
    let xs = range_list(10);
    setitem(&xs, &sl(Some(2), Some(5), None), &ints(&[100, 101])).expect("ok");
    assert_eq!(vals(&xs), [0, 1, 100, 101, 5, 6, 7, 8, 9]);
    setitem(&xs, &sl(Some(1), Some(1), None), &ints(&[200, 201])).expect("ok");
    assert_eq!(vals(&xs), [0, 200, 201, 1, 100, 101, 5, 6, 7, 8, 9]);
    setitem(&xs, &sl(Some(-2), None, None), &ints(&[])).expect("ok");
    assert_eq!(vals(&xs), [0, 200, 201, 1, 100, 101, 5, 6, 7]);
    setitem(&xs, &sl(None, None, Some(2)), &ints(&[0, 0, 0, 0, 0])).expect("ok");
    assert_eq!(vals(&xs), [0, 200, 0, 1, 0, 101, 0, 6, 0]);
    delitem(&xs, &sl(None, None, Some(3))).expect("ok");
    assert_eq!(vals(&xs), [200, 0, 0, 101, 6, 0]);
    delitem(&xs, &sl(Some(1), Some(3), None)).expect("ok");
    assert_eq!(vals(&xs), [200, 101, 6, 0]);
    let ys = ints(&[1, 2, 3, 4, 5, 6]);
    let evens = getitem(&ys, &sl(None, None, Some(2))).expect("ok");
    setitem(&ys, &sl(Some(1), None, Some(2)), &evens).expect("ok");
    assert_eq!(vals(&ys), [1, 1, 3, 3, 5, 5]);
    let r = range_list(6);
    setitem(&r, &sl(None, None, Some(-1)), &r.clone()).expect("ok");
    assert_eq!(vals(&r), [5, 4, 3, 2, 1, 0]);
    let w = range_list(12);
    delitem(&w, &sl(Some(10), Some(2), Some(-3))).expect("ok");
    assert_eq!(vals(&w), [0, 1, 2, 3, 5, 6, 8, 9, 11]);
    let v = range_list(5);
    setitem(&v, &sl(Some(5), Some(2), None), &ints(&[9])).expect("ok");
    assert_eq!(vals(&v), [0, 1, 2, 3, 4, 9]);
    let e = setitem(&ys, &sl(None, None, Some(2)), &ints(&[1, 2, 3, 4]));
    assert!(e.is_err());
    assert_eq!(vals(&ys), [1, 1, 3, 3, 5, 5]);
}

#[test]
fn slicing_matches_cpython() {
    crate::types::init();
    let z = range_list(10);
    let g = |a, b, c| vals(&getitem(&z, &sl(a, b, c)).expect("ok"));
    assert_eq!(g(Some(7), Some(2), Some(-2)), [7, 5, 3]);
    assert_eq!(g(Some(-1), Some(-10), Some(-3)), [9, 6, 3]);
    assert_eq!(g(Some(2), Some(7), Some(-1)), Vec::<i64>::new());
    assert_eq!(g(None, None, Some(100)), [0]);
    assert_eq!(g(Some(100), None, None), Vec::<i64>::new());
    assert_eq!(g(Some(-100), Some(2), None), [0, 1]);
    assert_eq!(g(None, None, Some(-1)), [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]);
    assert!(getitem(&z, &sl(None, None, Some(0))).is_err());
    assert_eq!(
        getitem(&z, &Obj::from_small(-1)).expect("ok").small_int(),
        Some(9)
    );
    assert!(getitem(&z, &Obj::from_small(10)).is_err());
    assert!(setitem(&z, &Obj::from_small(-11), &Obj::from_small(0)).is_err());
}
