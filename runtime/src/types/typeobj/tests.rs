//! Unit tests for class creation, attribute lookup, MRO, descriptors,
//! `super` and the object protocol (no compiled Python code involved: the
//! methods used are built-in functions).

use crate::errors::{PyErr, PyResult};
use crate::object::{Obj, Payload};
use crate::ops;
use crate::types::function::BuiltinImpl;
use crate::types::{self, builtin, dict};

fn s(v: &str) -> Obj {
    types::str::new_str(v)
}

fn text(v: &Obj) -> String {
    types::str::as_str(v).unwrap_or("<not a str>").to_string()
}

fn msg(e: PyErr) -> String {
    let ty = types::type_name_of(&e.0);
    let args = crate::errors::exc_data(&e.0)
        .map(|d| d.args.borrow().clone())
        .and_then(|a| types::tuple::as_slice(&a).and_then(|t| t.first().cloned()));
    format!("{}: {}", ty, args.map(|a| text(&a)).unwrap_or_default())
}

fn err<T: std::fmt::Debug>(r: PyResult<T>) -> String {
    match r {
        Ok(v) => panic!("expected an error, got {v:?}"),
        Err(e) => msg(e),
    }
}

fn ns(items: &[(&str, Obj)]) -> Obj {
    let d = dict::new_dict();
    dict::set_str(&d, "__module__", s("__main__"));
    for (k, v) in items {
        dict::set_str(&d, k, v.clone());
    }
    d
}

fn class(name: &str, bases: &[Obj], items: &[(&str, Obj)]) -> Obj {
    types::init();
    super::new_class(&builtin().type_, name, bases, &ns(items)).expect("class creation")
}

fn repr(v: &Obj) -> String {
    ops::repr_string(v).expect("repr")
}

fn names(v: &[Obj]) -> Vec<String> {
    v.iter().map(types::type_name).collect()
}

#[test]
fn class_repr_and_instance_repr() {
    let a = class("A", &[], &[]);
    assert_eq!(repr(&a), "<class '__main__.A'>");
    assert_eq!(repr(&builtin().object), "<class 'object'>");
    let i = ops::call(&a, &[], None).expect("instantiate");
    assert!(repr(&i).starts_with("<__main__.A object at 0x"));
    assert!(i.ty().is(&a));
}

#[test]
fn diamond_mro() {
    let a = class("A", &[], &[]);
    let b = class("B", std::slice::from_ref(&a), &[]);
    let c = class("C", std::slice::from_ref(&a), &[]);
    let d = class("D", &[b.clone(), c.clone()], &[]);
    let mro = types::type_data(&d).mro.borrow().clone();
    assert_eq!(names(&mro), ["D", "B", "C", "A", "object"]);
    let e = super::new_class(&builtin().type_, "E", &[a.clone(), b.clone()], &ns(&[]));
    assert_eq!(
        err(e),
        "TypeError: Cannot create a consistent method resolution\norder (MRO) for bases A, B"
    );
}

#[test]
fn base_errors() {
    types::init();
    let b = builtin();
    let t = &b.type_;
    assert_eq!(
        err(super::new_class(
            t,
            "X",
            &[b.int.clone(), b.str_.clone()],
            &ns(&[])
        )),
        "TypeError: multiple bases have instance lay-out conflict"
    );
    assert_eq!(
        err(super::new_class(
            t,
            "X",
            std::slice::from_ref(&b.bool_),
            &ns(&[])
        )),
        "TypeError: type 'bool' is not an acceptable base type"
    );
    assert_eq!(
        err(super::new_class(
            t,
            "X",
            &[b.object.clone(), b.object.clone()],
            &ns(&[])
        )),
        "TypeError: duplicate base class object"
    );
    let bad_q = ns(&[("__qualname__", types::int::new_int(1))]);
    assert_eq!(
        err(super::new_class(t, "X", &[], &bad_q)),
        "TypeError: type __qualname__ must be a str, not int"
    );
}

#[test]
fn attribute_lookup_and_errors() {
    let a = class("A", &[], &[("x", s("class-x"))]);
    let b = class("B", std::slice::from_ref(&a), &[]);
    let i = ops::call(&b, &[], None).unwrap();
    assert_eq!(text(&ops::getattr_str(&i, "x").unwrap()), "class-x");
    ops::setattr(&i, &s("x"), &s("inst-x")).unwrap();
    assert_eq!(text(&ops::getattr_str(&i, "x").unwrap()), "inst-x");
    assert_eq!(text(&ops::getattr_str(&b, "x").unwrap()), "class-x");
    assert_eq!(
        err(ops::getattr_str(&i, "nope")),
        "AttributeError: 'B' object has no attribute 'nope'"
    );
    assert_eq!(
        err(ops::getattr_str(&b, "nope")),
        "AttributeError: type object 'B' has no attribute 'nope'"
    );
    ops::delattr(&i, &s("x")).unwrap();
    assert_eq!(text(&ops::getattr_str(&i, "x").unwrap()), "class-x");
    assert_eq!(
        err(ops::delattr(&i, &s("x"))),
        "AttributeError: 'B' object has no attribute 'x'"
    );
    // The instance dict is materialised through __dict__.
    let d = ops::getattr_str(&i, "__dict__").unwrap();
    assert!(matches!(d.payload(), Payload::Dict(_)));
    // Class attributes set later are visible through instances (the
    // lookup cache is invalidated).
    assert!(ops::getattr_opt(&i, "y").unwrap().is_none());
    ops::setattr(&a, &s("y"), &s("late")).unwrap();
    assert_eq!(text(&ops::getattr_str(&i, "y").unwrap()), "late");
    ops::delattr(&a, &s("y")).unwrap();
    assert!(ops::getattr_opt(&i, "y").unwrap().is_none());
}

#[test]
fn builtin_instance_attribute_errors() {
    types::init();
    let b = builtin();
    let o = ops::call(&b.object, &[], None).unwrap();
    assert_eq!(
        err(ops::setattr(&o, &s("x"), &s("v"))),
        "AttributeError: 'object' object has no attribute 'x'"
    );
    assert_eq!(
        err(ops::setattr(&b.int, &s("x"), &s("v"))),
        "TypeError: cannot set 'x' attribute of immutable type 'int'"
    );
    assert_eq!(
        err(ops::getattr_str(&o, "__dict__")),
        "AttributeError: 'object' object has no attribute '__dict__'"
    );
    assert_eq!(
        err(ops::call(&b.object, &[s("a")], None)),
        "TypeError: object() takes no arguments"
    );
}

#[test]
fn type_special_attributes() {
    let a = class("A", &[], &[]);
    let b = class("B", std::slice::from_ref(&a), &[]);
    assert_eq!(text(&ops::getattr_str(&b, "__name__").unwrap()), "B");
    assert_eq!(text(&ops::getattr_str(&b, "__qualname__").unwrap()), "B");
    assert_eq!(
        text(&ops::getattr_str(&b, "__module__").unwrap()),
        "__main__"
    );
    assert_eq!(
        text(&ops::getattr_str(&builtin().int, "__module__").unwrap()),
        "builtins"
    );
    let bases = ops::getattr_str(&b, "__bases__").unwrap();
    assert_eq!(names(types::tuple::as_slice(&bases).unwrap()), ["A"]);
    let mro = ops::getattr_str(&b, "__mro__").unwrap();
    assert_eq!(
        names(types::tuple::as_slice(&mro).unwrap()),
        ["B", "A", "object"]
    );
    let doc = ops::getattr_str(&b, "__doc__").unwrap();
    assert!(matches!(doc.payload(), Payload::None));
    let cls = ops::getattr_str(&b, "__class__").unwrap();
    assert!(cls.is(&builtin().type_));
    let proxy = ops::getattr_str(&b, "__dict__").unwrap();
    assert!(repr(&proxy).starts_with("mappingproxy("));
    // The namespace order matches CPython's.
    let keys: Vec<String> = dict::items(types::type_data(&a).dict())
        .iter()
        .map(|(k, _)| text(k))
        .collect();
    assert_eq!(keys, ["__module__", "__dict__", "__weakref__", "__doc__"]);
    ops::setattr(&b, &s("__name__"), &s("Renamed")).unwrap();
    assert_eq!(repr(&b), "<class '__main__.B'>");
    assert_eq!(types::type_name(&b), "Renamed");
    assert_eq!(
        err(ops::setattr(&b, &s("__name__"), &types::int::new_int(1))),
        "TypeError: can only assign string to Renamed.__name__, not 'int'"
    );
}

#[test]
fn slots() {
    let slots = types::tuple::new_tuple(vec![s("a")]);
    let c = class("S", &[], &[("__slots__", slots)]);
    let i = ops::call(&c, &[], None).unwrap();
    assert_eq!(
        err(ops::getattr_str(&i, "a")),
        "AttributeError: 'S' object has no attribute 'a'"
    );
    ops::setattr(&i, &s("a"), &s("va")).unwrap();
    assert_eq!(text(&ops::getattr_str(&i, "a").unwrap()), "va");
    assert_eq!(
        err(ops::setattr(&i, &s("b"), &s("vb"))),
        "AttributeError: 'S' object has no attribute 'b'"
    );
    let m = ops::getattr_str(&c, "a").unwrap();
    assert_eq!(repr(&m), "<member 'a' of 'S' objects>");
    let conflict = ns(&[
        ("__slots__", types::tuple::new_tuple(vec![s("a")])),
        ("a", s("x")),
    ]);
    assert_eq!(
        err(super::new_class(&builtin().type_, "T", &[], &conflict)),
        "ValueError: 'a' in __slots__ conflicts with class variable"
    );
}

fn getter_impl(a: &[Obj]) -> PyResult<Obj> {
    let _ = a;
    Ok(s("computed"))
}

fn first_arg_name(a: &[Obj]) -> PyResult<Obj> {
    Ok(types::str::new_string(types::type_name(&a[0])))
}

#[test]
fn property_and_classmethod() {
    types::init();
    let getter = super::builtin_fn("test", "getter", BuiltinImpl::Pos(getter_impl));
    let prop = ops::call(&builtin().property, &[getter], None).unwrap();
    let cm_fn = super::builtin_fn("test", "cm", BuiltinImpl::Pos(first_arg_name));
    let cm = ops::call(&builtin().classmethod, &[cm_fn], None).unwrap();
    let c = class("P", &[], &[("p", prop), ("cm", cm)]);
    let i = ops::call(&c, &[], None).unwrap();
    assert_eq!(text(&ops::getattr_str(&i, "p").unwrap()), "computed");
    assert_eq!(
        err(ops::setattr(&i, &s("p"), &s("v"))),
        "AttributeError: property 'p' of 'P' object has no setter"
    );
    let via_inst = ops::call_method(&i, "cm", &[]).unwrap();
    assert_eq!(text(&via_inst), "P");
    let via_cls = ops::call_method(&c, "cm", &[]).unwrap();
    assert_eq!(text(&via_cls), "P");
    let p = ops::getattr_str(&c, "p").unwrap();
    assert!(repr(&p).starts_with("<property object at 0x"));
}

#[test]
fn super_lookup() {
    let a = class("A", &[], &[("who", s("A"))]);
    let b = class("B", std::slice::from_ref(&a), &[("who", s("B"))]);
    let c = class("C", std::slice::from_ref(&b), &[]);
    let i = ops::call(&c, &[], None).unwrap();
    let sup = crate::types::function::superobj::new_super(&b, &i).unwrap();
    assert_eq!(text(&ops::getattr_str(&sup, "who").unwrap()), "A");
    let sup2 = crate::types::function::superobj::new_super(&c, &i).unwrap();
    assert_eq!(text(&ops::getattr_str(&sup2, "who").unwrap()), "B");
    assert_eq!(repr(&sup2), "<super: <class 'C'>, <C object>>");
    assert_eq!(
        err(ops::getattr_str(&sup, "nope")),
        "AttributeError: 'super' object has no attribute 'nope'"
    );
    let other = ops::call(&a, &[], None).unwrap();
    assert_eq!(
        err(crate::types::function::superobj::new_super(&b, &other)),
        "TypeError: super(type, obj): obj must be an instance or subtype of type"
    );
}

#[test]
fn comparisons_and_hashing() {
    let a = class("A", &[], &[]);
    let x = ops::call(&a, &[], None).unwrap();
    let y = ops::call(&a, &[], None).unwrap();
    assert!(ops::eq(&x, &x).unwrap());
    assert!(!ops::rich_compare_bool(&x, &y, crate::abi::CMP_EQ).unwrap());
    assert!(ops::rich_compare_bool(&x, &y, crate::abi::CMP_NE).unwrap());
    assert_eq!(
        err(ops::rich_compare(&x, &y, crate::abi::CMP_LT)),
        "TypeError: '<' not supported between instances of 'A' and 'A'"
    );
    assert_eq!(
        err(ops::rich_compare(
            &types::int::new_int(1),
            &s("a"),
            crate::abi::CMP_LT
        )),
        "TypeError: '<' not supported between instances of 'int' and 'str'"
    );
    assert_eq!(ops::hash(&x).unwrap(), ops::hash(&x).unwrap());
    assert_eq!(ops::hash(&types::int::new_int(-1)).unwrap(), -2);
    assert_eq!(ops::hash(&types::int::new_int((1 << 61) + 5)).unwrap(), 6);
    // Defining __eq__ without __hash__ makes instances unhashable.
    let eq = super::builtin_fn("test", "__eq__", BuiltinImpl::Pos(getter_impl));
    let h = class("H", &[], &[("__eq__", eq)]);
    let hi = ops::call(&h, &[], None).unwrap();
    assert_eq!(err(ops::hash(&hi)), "TypeError: unhashable type: 'H'");
}

#[test]
fn protocol_errors() {
    types::init();
    let n = types::int::new_int(5);
    assert_eq!(
        err(ops::len(&n)),
        "TypeError: object of type 'int' has no len()"
    );
    assert_eq!(
        err(ops::getitem(&n, &n)),
        "TypeError: 'int' object is not subscriptable"
    );
    assert_eq!(
        err(ops::get_iter(&n)),
        "TypeError: 'int' object is not iterable"
    );
    assert_eq!(
        err(ops::contains(&n, &n)),
        "TypeError: argument of type 'int' is not iterable"
    );
    assert_eq!(
        err(ops::call(&n, &[], None)),
        "TypeError: 'int' object is not callable"
    );
    assert_eq!(
        err(ops::next(&n)),
        "TypeError: 'int' object is not an iterator"
    );
    let a = class("A", &[], &[]);
    assert_eq!(
        err(ops::getitem(&a, &n)),
        "TypeError: type 'A' is not subscriptable"
    );
    assert!(!ops::is_true(&builtin().none).unwrap());
    assert!(ops::is_true(&a).unwrap());
    assert_eq!(
        err(ops::call(&a, std::slice::from_ref(&n), None)),
        "TypeError: A() takes no arguments"
    );
}

#[test]
fn builtin_reprs() {
    types::init();
    let bd = crate::builtins::create_builtins_dict();
    let len = dict::get_str(&bd, "len").unwrap();
    assert_eq!(repr(&len), "<built-in function len>");
    assert_eq!(
        err(ops::call(&len, &[], None)),
        "TypeError: len() takes exactly one argument (0 given)"
    );
    let kw = types::tuple::new_tuple(vec![s("x")]);
    assert_eq!(
        err(ops::call(&len, &[s("v")], Some(&kw))),
        "TypeError: len() takes no keyword arguments"
    );
    let print = dict::get_str(&bd, "print").unwrap();
    let kw = types::tuple::new_tuple(vec![s("x")]);
    assert_eq!(
        err(ops::call(&print, &[s("v")], Some(&kw))),
        "TypeError: 'x' is an invalid keyword argument for print()"
    );
    let init = ops::getattr_str(&builtin().object, "__init__").unwrap();
    assert_eq!(repr(&init), "<slot wrapper '__init__' of 'object' objects>");
    let o = ops::call(&builtin().object, &[], None).unwrap();
    let bound = ops::getattr_str(&o, "__dir__").unwrap();
    assert!(repr(&bound).starts_with("<built-in method __dir__ of object object at 0x"));
    let isinst = dict::get_str(&bd, "isinstance").unwrap();
    assert_eq!(
        err(ops::call(&isinst, &[o.clone(), o.clone()], None)),
        "TypeError: isinstance() arg 2 must be a type, a tuple of types, or a union"
    );
    let tup = types::tuple::new_tuple(vec![builtin().int.clone(), builtin().object.clone()]);
    let r = ops::call(&isinst, &[o, tup], None).unwrap();
    assert!(matches!(r.payload(), Payload::Bool(true)));
}

#[test]
fn modules() {
    types::init();
    let m = types::module::new_module("m");
    assert_eq!(repr(&m), "<module 'm' (built-in)>");
    dict::set_str(
        &types::module::module_dict(&m).unwrap(),
        "__file__",
        s("/p/m.py"),
    );
    assert_eq!(repr(&m), "<module 'm' from '/p/m.py'>");
    assert_eq!(
        err(ops::getattr_str(&m, "x")),
        "AttributeError: module 'm' has no attribute 'x'"
    );
    ops::setattr(&m, &s("x"), &s("v")).unwrap();
    assert_eq!(text(&ops::getattr_str(&m, "x").unwrap()), "v");
}

#[test]
fn generic_alias_and_union() {
    types::init();
    let b = builtin();
    let ga = ops::getitem(&b.type_, &b.int).unwrap();
    assert_eq!(repr(&ga), "type[int]");
    let u = ops::binary_op(&b.int, &b.none, crate::abi::NB_OR);
    if let Ok(u) = u {
        assert_eq!(repr(&u), "int | None");
    }
    let u = super::new_union(&[b.int.clone(), b.str_.clone(), b.int.clone()]).unwrap();
    assert_eq!(repr(&u), "int | str");
    assert!(crate::builtins::is_instance(&s("x"), &u).unwrap());
}
