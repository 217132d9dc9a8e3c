//! Tests of the iterator objects and container reprs through the generic
//! object protocol (they need `ops` to be implemented).

use crate::object::Obj;
use crate::types::{self, list::util};

fn s(x: &str) -> Obj {
    types::str::new_str(x)
}

fn repr(v: &Obj) -> String {
    crate::ops::repr_string(v).expect("repr")
}

fn ints(v: &[i64]) -> Obj {
    types::list::new_list(v.iter().map(|&i| Obj::from_small(i)).collect())
}

fn call(f: &Obj, args: &[Obj]) -> Obj {
    crate::ops::call(f, args, None).unwrap_or_else(|e| {
        let args = crate::errors::exc_data(e.value()).map(|d| d.args.borrow().clone());
        panic!(
            "call failed: {} {:?}",
            types::type_name_of(e.value()),
            args.map(|a| repr(&a))
        )
    })
}

fn list_of(it: &Obj) -> Obj {
    types::list::new_list(crate::ops::iterate(it).expect("iterate"))
}

#[test]
fn container_reprs() {
    crate::types::init();
    let l = ints(&[1, 2]);
    types::list::append(&l, l.clone()).expect("append");
    assert_eq!(repr(&l), "[1, 2, [...]]");
    let t = types::tuple::new_tuple(vec![Obj::from_small(1)]);
    assert_eq!(repr(&t), "(1,)");
    let d = types::dict::new_dict();
    types::dict::set_item(&d, &s("a"), Obj::from_small(1)).expect("set");
    types::dict::set_item(&d, &s("self"), d.clone()).expect("set");
    assert_eq!(repr(&d), "{'a': 1, 'self': {...}}");
    let st = types::set::new_set(&[Obj::from_small(3), Obj::from_small(1)]).expect("set");
    assert_eq!(repr(&st), "{1, 3}");
    let fs = types::set::new_frozenset(vec![]).expect("frozenset");
    assert_eq!(repr(&fs), "frozenset()");
    let keys = types::dict::new_view(&d, super::DictKind::Keys);
    assert_eq!(repr(&keys), "dict_keys(['a', 'self'])");
    let r = types::range::new_range_i64(0, 10, 2).expect("range");
    assert_eq!(repr(&r), "range(0, 10, 2)");
    let sl = types::range::new_slice(Obj::from_small(1), Obj::from_small(2), util::none());
    assert_eq!(repr(&sl), "slice(1, 2, None)");
}

#[test]
fn builtin_iterators() {
    crate::types::init();
    let ts = super::types();
    let e = call(&ts.enumerate, &[s("ab"), Obj::from_small(5)]);
    assert_eq!(repr(&list_of(&e)), "[(5, 'a'), (6, 'b')]");
    let z = call(&ts.zip, &[s("abc"), ints(&[1, 2])]);
    assert_eq!(repr(&list_of(&z)), "[('a', 1), ('b', 2)]");
    let r = call(
        &ts.reversed,
        &[types::tuple::new_tuple(vec![s("x"), s("y")])],
    );
    assert_eq!(repr(&list_of(&r)), "['y', 'x']");
    let f = call(&ts.filter, &[util::none(), ints(&[0, 1, 0, 2])]);
    assert_eq!(repr(&list_of(&f)), "[1, 2]");
    let rr = types::range::new_range_i64(10, 0, -3).expect("range");
    assert_eq!(repr(&list_of(&rr)), "[10, 7, 4, 1]");
    let rev = types::range::range_reversed(&rr).expect("reversed");
    assert_eq!(repr(&list_of(&rev)), "[1, 4, 7, 10]");
    assert_eq!(types::type_name_of(&rev), "range_iterator");
    let it = crate::ops::get_iter(&s("é")).expect("iter");
    assert_eq!(types::type_name_of(&it), "str_iterator");
}

#[test]
fn sort_with_key_and_reverse_is_stable() {
    crate::types::init();
    let words: Vec<Obj> = ["banana", "Apple", "cherry", "date", "fig", "apple"]
        .iter()
        .map(|w| s(w))
        .collect();
    let mut v = words.clone();
    let len = crate::ops::getattr_str(&types::builtin().str_, "__len__").expect("str.__len__");
    types::list::sort_vec(&mut v, Some(&len), true).expect("sort");
    assert_eq!(
        repr(&types::list::new_list(v)),
        "['banana', 'cherry', 'Apple', 'apple', 'date', 'fig']"
    );
}
