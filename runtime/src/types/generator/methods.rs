//! The Python-visible methods and attributes of generators, coroutines and
//! async generators (`send`, `throw`, `close`, `__next__`, `__await__`,
//! `gi_running`, `cr_frame`, ...), and the direct path of `coro.send(v)`
//! calls (`call_send_method`).

use super::*;

fn this(args: &[Obj]) -> PyResult<(&Obj, &GenData)> {
    match args.first() {
        Some(g) => match gen_data(g) {
            Some(d) => Ok((g, d)),
            None => type_error("descriptor requires a generator object"),
        },
        None => type_error("descriptor requires a generator object"),
    }
}

fn target(args: &[Obj]) -> PyResult<Obj> {
    let (g, d) = this(args)?;
    Ok(match (&d.kind, d.wrapped()) {
        (GenKind::CoroWrapper, Some(c)) => c.clone(),
        _ => g.clone(),
    })
}

fn m_next(args: &[Obj]) -> PyResult<Obj> {
    let g = target(args)?;
    yielded_or_stop(&g, resume_next(&g))
}

fn m_send(args: &[Obj]) -> PyResult<Obj> {
    let g = target(args)?;
    let [_, v] = args else {
        return type_error(format!(
            "{}.send() takes exactly one argument ({} given)",
            types::type_name_of(&args[0]),
            args.len().saturating_sub(1)
        ));
    };
    // `send(None)` (schedulers stepping coroutines) is `next()`.
    let r = if v.is(&builtin().none) {
        resume_next(&g)
    } else {
        resume_send(&g, v.clone())
    };
    yielded_or_stop(&g, r)
}

/// `g.send(v)` called as `rt_call_method` calls a method loaded from an
/// exact generator or coroutine (`callable` its type's `send` descriptor,
/// `args` = `[g, v]`): `m_send`'s work without the built-in call protocol
/// (the scheduler's `coro.send(None)`). None, having done nothing, for any
/// other call.
#[inline]
pub(crate) fn call_send_method(callable: &Obj, args: &[Obj]) -> Option<PyResult<Obj>> {
    let [g, v] = args else {
        return None;
    };
    let gd = gen_data(g)?;
    if !matches!(gd.kind, GenKind::Generator | GenKind::Coroutine) {
        return None;
    }
    let Payload::Builtin(b) = callable.payload() else {
        return None;
    };
    // The descriptor of the generator's own type (not one applied to
    // another kind, which raises TypeError the generic way).
    if b.name != "send" || b.self_.is_some() || b.owner.as_ref()?.word() != g.ty_word() {
        return None;
    }
    if v.is(&builtin().none)
        && let Some(step) = super::send::step_flat(g, true)
    {
        return Some(match step {
            super::send::Step::Yielded(r) => Ok(Obj::from_word(r).expect("a yielded value")),
            super::send::Step::Returned(r) => Err(stop_iteration(
                Obj::from_word(r).expect("a returned value"),
                gd.kind,
            )),
            super::send::Step::Failed => Err(state::fetch_err()),
        });
    }
    let r = if v.is(&builtin().none) {
        resume_next(g)
    } else {
        resume_send(g, v.clone())
    };
    Some(yielded_or_stop(g, r))
}

fn m_throw(args: &[Obj]) -> PyResult<Obj> {
    let g = target(args)?;
    if args.len() < 2 || args.len() > 4 {
        return type_error(format!(
            "throw expected at least 1 argument, got {}",
            args.len().saturating_sub(1)
        ));
    }
    // A traceback object is accepted; the thrown exception keeps its own
    // traceback entries.
    if let Some(tb) = args.get(3)
        && !tb.is(&builtin().none)
        && !crate::eval::traceback::is_traceback(tb)
    {
        return type_error("throw() third argument must be a traceback object");
    }
    let exc = normalize_throw(&args[1], args.get(2))?;
    gen_throw(&g, exc)
}

fn m_close(args: &[Obj]) -> PyResult<Obj> {
    let g = target(args)?;
    gen_close(&g)?;
    Ok(builtin().none.clone())
}

fn m_iter(args: &[Obj]) -> PyResult<Obj> {
    let (g, _) = this(args)?;
    Ok(g.clone())
}

fn m_repr(args: &[Obj]) -> PyResult<Obj> {
    let (g, d) = this(args)?;
    let what = match d.kind {
        GenKind::Generator => "generator",
        GenKind::Coroutine => "coroutine",
        GenKind::AsyncGenerator => "async_generator",
        GenKind::CoroWrapper | GenKind::ASend | GenKind::AThrow => {
            let n = match d.kind {
                GenKind::CoroWrapper => "coroutine_wrapper",
                GenKind::ASend => "async_generator_asend",
                _ => "async_generator_athrow",
            };
            return Ok(types::str::new_string(format!(
                "<{n} object at {:#x}>",
                g.word()
            )));
        }
    };
    Ok(types::str::new_string(format!(
        "<{} object {} at {:#x}>",
        what,
        str_of(d.qualname()),
        g.word()
    )))
}

fn m_await(args: &[Obj]) -> PyResult<Obj> {
    let (g, _) = this(args)?;
    Ok(Obj::new(
        &coro_wrapper_type(),
        Payload::Generator(GenData::frameless(
            GenKind::CoroWrapper,
            "coroutine_wrapper",
            g.clone(),
            None,
        )),
    ))
}

fn g_frame(args: &[Obj]) -> PyResult<Obj> {
    let (_, d) = this(args)?;
    let b = builtin();
    Ok(if d.frame.get().is_null() {
        b.none.clone()
    } else {
        b.true_.clone()
    })
}

fn g_running(args: &[Obj]) -> PyResult<Obj> {
    let (_, d) = this(args)?;
    Ok(types::int::new_bool(d.running.get()))
}

fn g_suspended(args: &[Obj]) -> PyResult<Obj> {
    let (_, d) = this(args)?;
    Ok(types::int::new_bool(
        frame_state(d.frame.get()) == FRAME_STATE_SUSPENDED,
    ))
}

fn g_code(args: &[Obj]) -> PyResult<Obj> {
    let (_, d) = this(args)?;
    Ok(d.code.clone().unwrap_or_else(|| builtin().none.clone()))
}

fn g_yieldfrom(args: &[Obj]) -> PyResult<Obj> {
    let (_, d) = this(args)?;
    Ok(match d.yieldfrom() {
        Some(y) if frame_state(d.frame.get()) == FRAME_STATE_SUSPENDED => y,
        _ => builtin().none.clone(),
    })
}

fn g_name(args: &[Obj]) -> PyResult<Obj> {
    Ok(this(args)?.1.name().clone())
}

fn g_qualname(args: &[Obj]) -> PyResult<Obj> {
    Ok(this(args)?.1.qualname().clone())
}

thread_local! {
    static CORO_WRAPPER: std::mem::ManuallyDrop<RefCell<Option<Obj>>> =
        const { std::mem::ManuallyDrop::new(RefCell::new(None)) };
}

/// The iterator-protocol methods of generators, which a coroutine's
/// `__await__` wrapper has too.
const ITER_METHODS: &[(&str, fn(&[Obj]) -> PyResult<Obj>)] = &[
    ("__iter__", m_iter),
    ("__next__", m_next),
    ("send", m_send),
    ("throw", m_throw),
    ("close", m_close),
    ("__repr__", m_repr),
];

fn coro_wrapper_type() -> Obj {
    if let Some(t) = CORO_WRAPPER.with(|c| c.borrow().clone()) {
        return t;
    }
    let t = crate::eval::util::new_native_type("coroutine_wrapper", "builtins", None);
    types::typeobj::add_methods(&t, ITER_METHODS);
    CORO_WRAPPER.with(|c| *c.borrow_mut() = Some(t.clone()));
    t
}

/// Registers the methods and attributes of generators and coroutines.
pub fn init_methods(b: &crate::types::Builtins) {
    use crate::eval::util::add_getters;
    use types::typeobj::add_methods;
    add_methods(&b.generator, ITER_METHODS);
    add_getters(
        &b.generator,
        &[
            ("gi_frame", g_frame),
            ("gi_running", g_running),
            ("gi_suspended", g_suspended),
            ("gi_code", g_code),
            ("gi_yieldfrom", g_yieldfrom),
            ("__name__", g_name),
            ("__qualname__", g_qualname),
        ],
    );
    add_methods(
        &b.coroutine,
        &[
            ("send", m_send),
            ("throw", m_throw),
            ("close", m_close),
            ("__await__", m_await),
            ("__repr__", m_repr),
        ],
    );
    add_getters(
        &b.coroutine,
        &[
            ("cr_frame", g_frame),
            ("cr_running", g_running),
            ("cr_suspended", g_suspended),
            ("cr_code", g_code),
            ("cr_await", g_yieldfrom),
            ("cr_origin", |_| Ok(builtin().none.clone())),
            ("__name__", g_name),
            ("__qualname__", g_qualname),
        ],
    );
    crate::eval::rt::asyncgen::init_methods(b);
    add_getters(
        &b.async_generator,
        &[
            ("ag_frame", g_frame),
            ("ag_running", g_running),
            ("ag_code", g_code),
            ("ag_await", g_yieldfrom),
            ("__name__", g_name),
            ("__qualname__", g_qualname),
        ],
    );
    add_methods(&b.async_generator, &[("__repr__", m_repr)]);
    for t in [&b.generator, &b.coroutine, &b.async_generator] {
        types::dict::set_str(
            types::type_data(t).dict(),
            "__module__",
            types::str::new_str("builtins"),
        );
    }
}
