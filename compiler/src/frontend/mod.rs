//! The front end: source text to code objects.
//!
//! Passes: `parse` (ruff parser, Python 3.11 rules) → `symtable` (scopes and
//! the local/global/cell/free resolution of every name, CPython's two-pass
//! algorithm) → `codegen` (AST to instructions with pseudo-ops for exception
//! handling) → `bytecode::cfg` (labels resolved, stack depths and handlers).
//! `unparse` renders annotations as text for `from __future__ import annotations`.

pub mod codegen;
pub mod parse;
pub mod symtable;
pub(crate) mod unparse;
