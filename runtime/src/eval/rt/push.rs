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

use crate::abi::NB_ADD;
use crate::errors::PyResult;
use crate::eval::state;
use crate::object::Obj;
use crate::ops;
use crate::types::{self, generator};

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
struct Sink {
    consumer: Consumer,
    /// The consumer raised (the pending exception is its own).
    failed: bool,
}

/// Feeds the items of `genobj` to `consumer` through the push variant
/// when `genobj` qualifies (see the module header); None otherwise, with
/// nothing done. An exception raised by the generator's body is reported
/// as iterating it would (PEP 479's RuntimeError for a StopIteration).
pub fn consume(genobj: &Obj, consumer: Consumer) -> Option<PyResult<Consumer>> {
    let mut sink = Sink {
        consumer,
        failed: false,
    };
    let addr = &mut sink as *mut Sink as u64;
    let ran = generator::run_pushed(genobj, addr, &|| {
        // SAFETY: the run is over; the sink is ours again.
        unsafe { (*(addr as *const Sink)).failed }
    })?;
    Some(ran.map(|()| sink.consumer))
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
/// here) to the consumer of the run. Returns 0 to go on, 1 when the
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
    match feed(&mut sink.consumer, item) {
        Ok(true) => 0,
        Ok(false) => 1,
        Err(e) => {
            sink.failed = true;
            state::set_pending(e);
            -1i64 as u64
        }
    }
}
