//! Code objects and the passes over them: the opcode table, the code object
//! type, control-flow finishing (labels, stack depths, exception handlers),
//! the `dis` listing and serialization into the executable.

pub mod cfg;
pub mod code;
pub mod dis;
pub mod opcode;
pub mod serialize;
