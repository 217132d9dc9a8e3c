//! Execution of compiled code: frames, calls into native code, the `rt_*`
//! entry points of the ABI, tracebacks and program startup.

pub mod frame;
