//! Generator expressions consumed in one go: `sum(x * y for ...)`,
//! `any(...)`, `all(...)`, `min`/`max` and everything that collects an iterable into a
//! list first (`list(...)`, `tuple(...)`, `sorted(...)`, `str.join`, ...,
//! through `ops::iterate`).
//!
//! When such a consumer gets a generator expression right after its
//! creation (an exact generator, not started, whose only reference is the
//! consumer's argument), it runs the generator's frame through the push
//! variant of its code (`types::generator::run_pushed`) instead of
//! resuming it once per item: the body runs to its end as a plain
//! function, and each `YIELD_VALUE` hands the item to `rt_push_item`, which
//! feeds the consumer below and answers go on, stop (`any` found its
//! answer) or failed (the consumer raised, e.g. `sum` adding a str to an
//! int). Nothing else can observe the generator meanwhile, and its end
//! state is the one full iteration leaves: finished, frame gone. A
//! consumer that stops early leaves it finished too, where CPython drops
//! the suspended generator right after the call (closing it releases the
//! same references at the same point of the program).
//!
//! `rt_genexpr_consume` goes one step further for a generator expression
//! written straight into the call of its consumer (`sum(x for x in xs)`,
//! `sep.join(...)`): when the consumer is the built-in it names, the push
//! variant runs in a frame made from the new function and its first
//! iterable, without a generator object at all.

use crate::abi::{
    NB_ADD, PUSH_FAST_ALL, PUSH_FAST_ANY, PUSH_FAST_COLLECT, PUSH_FAST_NONE, PUSH_FAST_SUM,
};
use crate::errors::PyResult;
use crate::eval::frame::Frame;
use crate::eval::state;
use crate::object::{Obj, Payload};
use crate::ops;
use crate::types::{self, builtin, generator};

/// What a consumer does with the items pushed to it.
pub enum Consumer {
    /// `sum`: the running total.
    Sum(Obj),
    /// `any`: true once an item was true.
    Any(bool),
    /// `all`: false once an item was false.
    All(bool),
    /// The items, in order.
    Collect(Vec<Obj>),
    /// `min`/`max`: the best item so far with its key (`op` compares keys).
    Best {
        key: Option<Obj>,
        op: u64,
        best: Option<(Obj, Obj)>,
    },
}

/// The consumer of one push run, which `frame.sent` points to meanwhile.
///
/// Its first words (`abi::PUSH_SINK_*`) let the push variant's
/// `YIELD_VALUE` feed the commonest consumers inline: while `fast` is
/// `PUSH_FAST_SUM`, `total` is `sum`'s running total, a tagged int, and a
/// tagged-int item whose addition does not overflow is added there; while
/// it is `PUSH_FAST_COLLECT`, `items` are the items collected, and an item
/// goes into their spare capacity; while it is `PUSH_FAST_ANY` (`ALL`), a
/// `False` (`True`) item is passed over. Everything else calls `rt_push_item`,
/// which moves the state back into `consumer` when it must.
#[repr(C)]
struct Sink {
    fast: u64,
    total: u64,
    items: Vec<Obj>,
    consumer: Consumer,
    /// The consumer raised (the pending exception is its own).
    failed: bool,
}

impl Sink {
    fn new(consumer: Consumer) -> Sink {
        let mut sink = Sink {
            fast: PUSH_FAST_NONE,
            total: 0,
            items: Vec::new(),
            consumer,
            failed: false,
        };
        sink.go_fast();
        sink
    }

    /// Moves a sum's small-int total or the collected items to the inline
    /// words.
    fn go_fast(&mut self) {
        match &mut self.consumer {
            Consumer::Sum(total) if total.small_int().is_some() => {
                self.total = total.word();
                self.fast = PUSH_FAST_SUM;
            }
            Consumer::Collect(items) => {
                self.items = std::mem::take(items);
                self.fast = PUSH_FAST_COLLECT;
            }
            // (The answer stays in `consumer`: only items that keep it
            // are taken inline.)
            Consumer::Any(false) => self.fast = PUSH_FAST_ANY,
            Consumer::All(true) => self.fast = PUSH_FAST_ALL,
            _ => {}
        }
    }

    /// Moves the inline state back into `consumer`.
    fn go_slow(&mut self) {
        match (self.fast, &mut self.consumer) {
            (PUSH_FAST_SUM, Consumer::Sum(total)) => {
                *total = Obj::from_word(self.total).expect("a tagged int");
            }
            (PUSH_FAST_COLLECT, Consumer::Collect(items)) => {
                *items = std::mem::take(&mut self.items);
            }
            _ => {}
        }
        self.fast = PUSH_FAST_NONE;
    }
}

/// Feeds the items of `genobj` to `consumer` through the push variant
/// when `genobj` qualifies (see the module header); None otherwise, with
/// nothing done. An exception raised by the generator's body is reported
/// as iterating it would (PEP 479's RuntimeError for a StopIteration).
pub fn consume(genobj: &Obj, consumer: Consumer) -> Option<PyResult<Consumer>> {
    let mut sink = Sink::new(consumer);
    let addr = &mut sink as *mut Sink as u64;
    let ran = generator::run_pushed(genobj, addr, &|| {
        // SAFETY: the run is over; the sink is ours again.
        unsafe { (*(addr as *const Sink)).failed }
    });
    sink.go_slow();
    Some(ran?.map(|()| sink.consumer))
}

/// Collects the items of a fresh generator expression (see `consume`).
pub fn collect(genobj: &Obj) -> Option<PyResult<Vec<Obj>>> {
    // (Room for a short run's items up front: most collected generator
    // expressions are short, and growing from empty reallocates twice by 8.)
    match consume(genobj, Consumer::Collect(Vec::with_capacity(8)))? {
        Ok(Consumer::Collect(items)) => Some(Ok(items)),
        Ok(_) => unreachable!("a collecting consumer stays one"),
        Err(e) => Some(Err(e)),
    }
}

/// One item for the consumer of a push run.
fn feed(consumer: &mut Consumer, item: Obj) -> PyResult<bool> {
    match consumer {
        Consumer::Sum(acc) => {
            *acc = match (acc.small_int(), item.small_int()) {
                (Some(p), Some(q)) if p.checked_add(q).is_some() => types::int::new_int(p + q),
                _ => ops::binary_op(acc, &item, NB_ADD)?,
            };
            Ok(true)
        }
        Consumer::Any(found) => {
            *found = ops::is_true(&item)?;
            Ok(!*found)
        }
        Consumer::All(holds) => {
            *holds = ops::is_true(&item)?;
            Ok(*holds)
        }
        Consumer::Collect(items) => {
            items.push(item);
            Ok(true)
        }
        Consumer::Best { key, op, best } => {
            *best = crate::builtins::iterfns::better(best.take(), item, key.as_ref(), *op)?;
            Ok(true)
        }
    }
}

/// `YIELD_VALUE` in a push variant: gives `item` (a reference that moves
/// here) to the consumer of the run, when the inline paths of the sink's
/// first words did not take it. Returns 0 to go on, 1 when the
/// consumer has its result, -1 when it raised (pending).
///
/// # Safety
/// `frame_w` must be the calling push variant's frame, whose `sent` word
/// `consume` set to its sink.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rt_push_item(frame_w: u64, item: u64) -> u64 {
    // SAFETY: guaranteed by the caller.
    let sink =
        unsafe { &mut *((*(frame_w as *const crate::eval::frame::Frame)).sent as *mut Sink) };
    let item = Obj::from_word(item).expect("a pushed item is an object");
    if sink.fast == PUSH_FAST_COLLECT {
        // (The items' capacity is full: this push grows it.)
        sink.items.push(item);
        return 0;
    }
    sink.go_slow();
    let fed = feed(&mut sink.consumer, item);
    sink.go_fast();
    match fed {
        Ok(true) => 0,
        Ok(false) => 1,
        Err(e) => {
            sink.failed = true;
            state::set_pending(e);
            -1i64 as u64
        }
    }
}

/// The built-in consumers `rt_genexpr_consume` runs a generator
/// expression into directly.
#[derive(Clone, Copy)]
enum Direct {
    Sum,
    Any,
    All,
    /// `sep.join(...)` of an exact str `sep`.
    Join,
}

/// The consumer of `CALL 1` with method slot `m` and callable slot `c`
/// (`rt_call_method`'s layout), when it is one `rt_genexpr_consume` runs
/// directly: exactly the built-in, not a rebinding or a subclass's method.
fn direct_consumer(m: &u64, c: &u64) -> Option<Direct> {
    if *m == 0 {
        let Payload::Builtin(bd) = Obj::borrow(c).payload() else {
            return None;
        };
        if bd.module != Some("builtins") || bd.self_.is_some() || bd.is_method {
            return None;
        }
        return match bd.name {
            "sum" => Some(Direct::Sum),
            "any" => Some(Direct::Any),
            "all" => Some(Direct::All),
            _ => None,
        };
    }
    let Payload::Builtin(bd) = Obj::borrow(m).payload() else {
        return None;
    };
    (bd.name == "join"
        && bd.self_.is_none()
        && bd.owner.as_ref().is_some_and(|o| o.is(&builtin().str_))
        && types::str::is_exact_str(Obj::borrow(c)))
    .then_some(Direct::Join)
}

/// Runs the push variant of the generator expression `code` over `iter`
/// (a reference that moves into its frame) into `sink`, in a frame of its
/// own with the cells of `closure`, the globals and builtins of `caller`:
/// what `consume` does with the generator that calling the function the
/// caller's `MAKE_FUNCTION` would make returns. `iter` back (nothing done)
/// when the code does not qualify.
fn run_direct(
    caller: &Frame,
    code: &Obj,
    closure: Option<&Obj>,
    iter: Obj,
    sink: &mut Sink,
) -> Result<PyResult<()>, Obj> {
    let Some(cd) = types::code::as_code(code) else {
        return Err(iter);
    };
    let Some(push) = cd.push_native else {
        return Err(iter);
    };
    let cells = match closure {
        Some(c) => match types::tuple::as_slice(c) {
            Some(cells) => Some(cells),
            None => return Err(iter),
        },
        None => None,
    };
    if cd.flags & (crate::abi::CO_COROUTINE | crate::abi::CO_ASYNC_GENERATOR) != 0
        || !cd.is_generator_like()
    {
        return Err(iter);
    }
    let (globals, builtins) = (caller.globals_obj(), caller.builtins_obj());
    let f = crate::eval::call::genexpr_frame((code, cd), globals, builtins, cells, iter)?;
    let nslots = cd.frame_slots();
    // SAFETY: `f` is a fresh frame of `cd`, exclusively ours; the push
    // variant reads `sent` only as its sink.
    unsafe {
        (*f).sent = sink as *mut Sink as u64;
        (*f).state = crate::abi::FRAME_STATE_RUNNING;
        if let Err(e) = state::enter_frame(f) {
            Frame::release_slots(f, nslots);
            Frame::free(f, nslots);
            return Ok(Err(e));
        }
    }
    // SAFETY: the frame is initialised for `cd`, whose push variant uses
    // its layout and releases its slots before it returns; the frame stays
    // linked only while it runs.
    let r = unsafe {
        let r = push(f);
        state::leave_frame(f);
        Frame::free(f, nslots);
        r
    };
    let failed = sink.failed;
    Ok(generator::push_outcome(
        r,
        &|| failed,
        generator::GenKind::Generator,
    ))
}

/// The consumer's part of a generator expression consumed on the spot
/// (see `rt_genexpr_consume`).
struct Consumed<'a> {
    /// The consumer's method slot and callable slot (`rt_call_method`'s
    /// layout), borrowed.
    m: &'a u64,
    c: &'a u64,
}

/// `consumer(genexpr(iter))` for the generator expression `code` with
/// `closure` (None: no free variables), made by `caller`: the consumer's
/// result.
fn genexpr_consume(
    caller: &Frame,
    Consumed { m, c }: Consumed<'_>,
    code: &Obj,
    closure: Option<Obj>,
    iter: Obj,
) -> PyResult<Obj> {
    let mut iter = iter;
    if let Some(kind) = direct_consumer(m, c) {
        let consumer = match kind {
            Direct::Sum => Consumer::Sum(types::int::new_int(0)),
            Direct::Any => Consumer::Any(false),
            Direct::All => Consumer::All(true),
            Direct::Join => Consumer::Collect(Vec::with_capacity(8)),
        };
        let mut sink = Sink::new(consumer);
        match run_direct(caller, code, closure.as_ref(), iter, &mut sink) {
            Ok(ran) => {
                sink.go_slow();
                drop(closure);
                ran?;
                return Ok(match (kind, sink.consumer) {
                    (Direct::Sum, Consumer::Sum(total)) => total,
                    (Direct::Any, Consumer::Any(b)) | (Direct::All, Consumer::All(b)) => {
                        types::int::new_bool(b)
                    }
                    (Direct::Join, Consumer::Collect(items)) => {
                        let items = types::list::new_list(items);
                        ops::call(Obj::borrow(m), &[Obj::borrow(c).clone(), items], None)?
                    }
                    _ => unreachable!("a consumer keeps its kind"),
                });
            }
            Err(back) => iter = back,
        }
    }
    // The general way: the function, the generator (which takes over the
    // iterator and the function), then the consumer's call.
    let (flags, extras) = match &closure {
        Some(cells) => (crate::abi::MAKE_FN_CLOSURE, [cells.word()]),
        None => (0, [0]),
    };
    let func = super::calls::make_function(caller, code, flags, extras.as_ptr() as u64);
    drop(closure);
    let func = func?;
    let gen_call = [0, func.word(), iter.word()];
    // SAFETY: three words: no method, the callable, its one argument.
    let g = unsafe { super::calls::rt_call_method(gen_call.as_ptr() as u64, 1, 0) };
    drop(iter);
    drop(func);
    let g = Obj::from_word(g).ok_or_else(state::fetch_err)?;
    let call = [*m, *c, g.word()];
    // SAFETY: three words: method (or 0), callable or self, one argument.
    let r = unsafe { super::calls::rt_call_method(call.as_ptr() as u64, 1, 0) };
    drop(g);
    Obj::from_word(r).ok_or_else(state::fetch_err)
}

/// A generator expression's `MAKE_FUNCTION`, its `CALL 1` with its first
/// iterator and the `CALL 1` of its consumer, in one (the compiler's
/// `translate::genexpr`): `frame_w` is the calling frame, `code` the
/// expression's code, and `args` holds the consumer's method slot and
/// callable (borrowed), the generator call's NULL, the closure tuple (0
/// for none) and the iterator, whose two references move here. Returns
/// the consumer's result, or 0 with the exception pending.
///
/// # Safety
/// `frame_w` must be the calling frame and `args` point to those five words.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rt_genexpr_consume(frame_w: u64, args: u64, code: u64) -> u64 {
    let p = args as *const u64;
    // SAFETY: caller contract.
    let (m, c, closure, iter) = unsafe { (&*p, &*p.add(1), *p.add(3), *p.add(4)) };
    // SAFETY: as above.
    let caller = unsafe { &*(frame_w as *const Frame) };
    let iter = Obj::from_word(iter).expect("a generator expression's first iterator");
    let consumed = Consumed { m, c };
    state::value_word(genexpr_consume(
        caller,
        consumed,
        Obj::borrow(&code),
        Obj::from_word(closure),
        iter,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::abi::{
        PUSH_SINK_FAST_OFFSET, PUSH_SINK_ITEMS_CAP_OFFSET, PUSH_SINK_ITEMS_LEN_OFFSET,
        PUSH_SINK_ITEMS_PTR_OFFSET, PUSH_SINK_TOTAL_OFFSET,
    };

    /// Generated code feeds a push run's sink inline at the `abi` offsets.
    #[test]
    fn sink_offsets_match_abi() {
        let mut items = Vec::with_capacity(7);
        items.extend([types::int::new_int(1), types::int::new_int(2)]);
        let sink = Sink::new(Consumer::Collect(items));
        let base = &sink as *const Sink as usize;
        let at = |p: *const u8| p as usize - base;
        assert_eq!(
            at(&sink.fast as *const u64 as *const u8),
            PUSH_SINK_FAST_OFFSET as usize
        );
        assert_eq!(
            at(&sink.total as *const u64 as *const u8),
            PUSH_SINK_TOTAL_OFFSET as usize
        );
        let vec_at = at(&sink.items as *const Vec<Obj> as *const u8);
        // SAFETY: a Vec is three words, inside the sink.
        let words: Vec<usize> = (0..3)
            .map(|i| unsafe { *((base + vec_at + 8 * i) as *const usize) })
            .collect();
        let find = |x: usize| vec_at + 8 * words.iter().position(|&w| w == x).expect("field");
        assert_eq!(
            find(sink.items.as_ptr() as usize),
            PUSH_SINK_ITEMS_PTR_OFFSET as usize
        );
        assert_eq!(find(2), PUSH_SINK_ITEMS_LEN_OFFSET as usize);
        assert_eq!(find(7), PUSH_SINK_ITEMS_CAP_OFFSET as usize);
        assert_eq!(sink.fast, PUSH_FAST_COLLECT);
    }
}
