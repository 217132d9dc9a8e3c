//! Unit tests for the `fmt` module; expected values come from running CPython 3.11.

// The CPython-derived cases use literals such as 3.14159 on purpose.
#![allow(clippy::approx_constant)]

mod engine;
mod float;
mod int;
mod percent;
mod spec;
