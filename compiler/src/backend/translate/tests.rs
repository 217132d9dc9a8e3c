//! Translation tests on hand-assembled code objects: each function must pass
//! the Cranelift verifier and compile to machine code. (Running the code
//! needs the runtime; the end-to-end tests do that.) Set
//! `CRANEPY_TEST_SHOW_CLIF=1` to print the CLIF of each translated function.

use super::translate_function;
use crate::abi;
use crate::backend::object::{self, ModuleImports};
use crate::backend::runtime_fns::RuntimeFn;
use crate::bytecode::code::{CodeObject, Const, Handler, Instr, Position};
use crate::bytecode::opcode::Opcode::{self, *};
use cranelift_codegen::ir::{Function, UserFuncName};
use cranelift_codegen::verifier::verify_function;
use cranelift_frontend::FunctionBuilderContext;
use cranelift_module::Module;
use cranelift_object::ObjectModule;

/// A tiny assembler: instructions, forward jumps patched by label, and
/// handler ranges.
#[derive(Default)]
struct Asm {
    instrs: Vec<Instr>,
    /// `(first, last, handler)`: instructions first..=last use `handler`.
    handlers: Vec<(usize, usize, Handler)>,
}

impl Asm {
    fn op(&mut self, op: Opcode, arg: u32) -> usize {
        self.instrs.push(Instr {
            op,
            arg,
            pos: Position::default(),
        });
        self.instrs.len() - 1
    }

    fn ops(&mut self, ops: &[(Opcode, u32)]) {
        for &(op, arg) in ops {
            self.op(op, arg);
        }
    }

    /// The index of the next instruction.
    fn here(&self) -> u32 {
        self.instrs.len() as u32
    }

    /// Points the jump at `at` to the next instruction.
    fn bind(&mut self, at: usize) {
        self.instrs[at].arg = self.here();
    }

    fn handler(&mut self, first: usize, last: usize, target: u32, depth: u32) {
        self.handlers.push((first, last, Handler { target, depth }));
    }

    /// A code object with depths computed from the stack effects.
    fn finish(
        self,
        flags: u32,
        argcount: u32,
        locals: &[&str],
        names: &[&str],
        consts: Vec<Const>,
    ) -> CodeObject {
        let n = self.instrs.len();
        let mut handlers = vec![None; n];
        for &(first, last, h) in &self.handlers {
            for slot in &mut handlers[first..=last] {
                *slot = Some(h);
            }
        }
        let mut depths: Vec<Option<u32>> = vec![None; n];
        let mut stacksize = 0;
        let mut work = vec![(0usize, 0i32)];
        while let Some((i, d)) = work.pop() {
            if i >= n || depths[i].is_some() {
                continue;
            }
            assert!(d >= 0, "negative depth at {i}");
            depths[i] = Some(d as u32);
            let instr = self.instrs[i];
            let after = d + instr.op.stack_effect(instr.arg, false);
            stacksize = stacksize.max(d).max(after);
            if !instr.op.is_terminator() {
                work.push((i + 1, after));
            }
            if instr.op.is_jump() {
                let jumped = d + instr.op.stack_effect(instr.arg, true);
                stacksize = stacksize.max(jumped);
                work.push((instr.arg as usize, jumped));
            }
            if let Some(h) = handlers[i] {
                stacksize = stacksize.max(h.depth as i32 + 1);
                work.push((h.target as usize, h.depth as i32 + 1));
            }
        }
        CodeObject {
            name: "f".into(),
            qualname: "f".into(),
            filename: "test.py".into(),
            firstlineno: 1,
            argcount,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            flags,
            stacksize: stacksize as u32,
            localsplus: locals
                .iter()
                .map(|name| (name.to_string(), crate::bytecode::code::CO_FAST_LOCAL))
                .collect(),
            names: names.iter().map(|s| s.to_string()).collect(),
            consts,
            instrs: self.instrs,
            depths,
            handlers,
            module_index: 0,
        }
    }
}

fn new_module() -> (ObjectModule, ModuleImports) {
    let mut module = object::new_module().expect("module");
    let imports = object::declare_imports(&mut module).expect("imports");
    (module, imports)
}

/// Translates `code`, runs the verifier on the result and compiles it.
fn translate(code: &CodeObject) -> Result<Function, String> {
    translate_with_text(code).map(|(func, _)| func)
}

/// Like `translate`, also returning the annotated CLIF.
fn translate_with_text(code: &CodeObject) -> Result<(Function, String), String> {
    let (mut module, imports) = new_module();
    let ids = object::declare_code_functions(&mut module, 1)?;
    let mut ctx = module.make_context();
    ctx.func.signature = object::code_signature(&module);
    ctx.func.name = UserFuncName::user(0, ids[0].as_u32());
    translate_function(
        &mut module,
        &imports,
        (code, &super::InlineTable::empty()),
        false,
        &mut ctx.func,
        &mut FunctionBuilderContext::new(),
    )?;
    if let Err(errors) = verify_function(&ctx.func, module.isa().flags()) {
        let text = cranelift_codegen::print_errors::pretty_verifier_error(&ctx.func, None, errors);
        return Err(format!("verifier:\n{text}"));
    }
    let func = ctx.func.clone();
    let text = super::function_text(code, &func, module.declarations());
    module
        .define_function(ids[0], &mut ctx)
        .map_err(|e| format!("compile: {e:?}"))?;
    Ok((func, text))
}

/// Translates `code` (which must succeed) and returns the CLIF text.
fn assert_translates(code: &CodeObject) -> String {
    match translate_with_text(code) {
        Ok((_, text)) => {
            if std::env::var_os("CRANEPY_TEST_SHOW_CLIF").is_some() {
                eprintln!("{text}");
            }
            text
        }
        Err(e) => panic!("translation failed: {e}"),
    }
}

/// `def f(a, b): return a + b + 1`
#[test]
fn arithmetic() {
    let mut asm = Asm::default();
    asm.ops(&[
        (LOAD_FAST, 0),
        (LOAD_FAST, 1),
        (BINARY_OP, abi::NB_ADD as u32),
        (LOAD_CONST, 0),
        (
            BINARY_OP,
            (abi::NB_INPLACE_OFFSET + abi::NB_SUBTRACT) as u32,
        ),
        (LOAD_CONST, 0),
        (BINARY_OP, abi::NB_MULTIPLY as u32),
        (LOAD_CONST, 0),
        (BINARY_OP, abi::NB_XOR as u32),
        (RETURN_VALUE, 0),
    ]);
    let code = asm.finish(abi::CO_OPTIMIZED, 2, &["a", "b"], &[], vec![Const::Int(1)]);
    let text = assert_translates(&code);
    assert!(text.contains("; 2 BINARY_OP 0"), "{text}");
    assert!(text.contains("sadd_overflow"), "{text}");
    assert!(text.contains("ssub_overflow"), "{text}");
}

/// `def f(xs):  t = 0;  for x in xs: t += x;  return t`
#[test]
fn for_loop() {
    let mut asm = Asm::default();
    asm.ops(&[
        (LOAD_CONST, 0),
        (STORE_FAST, 1),
        (LOAD_FAST, 0),
        (GET_ITER, 0),
    ]);
    let head = asm.here();
    let for_iter = asm.op(FOR_ITER, 0);
    asm.ops(&[
        (STORE_FAST, 2),
        (LOAD_FAST, 1),
        (LOAD_FAST, 2),
        (BINARY_OP, 13),
        (STORE_FAST, 1),
        (JUMP_BACKWARD, head),
    ]);
    asm.bind(for_iter);
    asm.ops(&[(LOAD_FAST, 1), (RETURN_VALUE, 0)]);
    let code = asm.finish(
        abi::CO_OPTIMIZED,
        1,
        &["xs", "t", "x"],
        &[],
        vec![Const::Int(0)],
    );
    assert_translates(&code);
}

/// `while i < n: i += 1` with the comparison fused into the branch.
#[test]
fn fused_compare_loop() {
    let mut asm = Asm::default();
    let head = asm.here();
    asm.ops(&[
        (LOAD_FAST, 0),
        (LOAD_FAST, 1),
        (COMPARE_OP, abi::CMP_LT as u32),
    ]);
    let exit = asm.op(POP_JUMP_IF_FALSE, 0);
    asm.ops(&[
        (LOAD_FAST, 0),
        (LOAD_CONST, 0),
        (BINARY_OP, 13),
        (STORE_FAST, 0),
        (JUMP_BACKWARD, head),
    ]);
    asm.bind(exit);
    asm.ops(&[(LOAD_CONST, 1), (RETURN_VALUE, 0)]);
    let code = asm.finish(
        abi::CO_OPTIMIZED,
        2,
        &["i", "n"],
        &[],
        vec![Const::Int(1), Const::None],
    );
    let text = assert_translates(&code);
    assert!(
        text.contains("rt_compare_bool") || text.contains("fn"),
        "{text}"
    );
    assert!(
        !text.contains("; 3 POP_JUMP_IF_FALSE"),
        "fused jump has its own code:\n{text}"
    );
}

/// ```python
/// def f(a, k):
///     a[:k + 1] = a[k::-1]
///     x, y, z = k, a, k
///     return -x, a[1:2]
/// ```
/// The slices make no slice object (`rt_*subscr_slice`), the copy of one
/// list's slice into another is tried in one call first
/// (`rt_list_slice_copy`), the tuple display
/// unpacked at once is never built, and `-x` has an inline path.
#[test]
fn fused_slices_and_unpacking() {
    let mut asm = Asm::default();
    asm.ops(&[
        (LOAD_FAST, 0),
        (LOAD_FAST, 1),
        (LOAD_CONST, 0),
        (LOAD_CONST, 1),
        (BUILD_SLICE, 3),
        (BINARY_SUBSCR, 0),
        (LOAD_FAST, 0),
        (LOAD_CONST, 0),
        (LOAD_FAST, 1),
        (LOAD_CONST, 2),
        (BINARY_OP, abi::NB_ADD as u32),
        (BUILD_SLICE, 2),
        (STORE_SUBSCR, 0),
        (LOAD_FAST, 1),
        (LOAD_FAST, 0),
        (LOAD_FAST, 1),
        (BUILD_TUPLE, 3),
        (UNPACK_SEQUENCE, 3),
        (STORE_FAST, 2),
        (STORE_FAST, 3),
        (STORE_FAST, 4),
        (LOAD_FAST, 2),
        (UNARY_NEGATIVE, 0),
        (LOAD_FAST, 0),
        (LOAD_CONST, 2),
        (LOAD_CONST, 3),
        (BUILD_SLICE, 2),
        (BINARY_SUBSCR, 0),
        (BUILD_TUPLE, 2),
        (RETURN_VALUE, 0),
    ]);
    let code = asm.finish(
        abi::CO_OPTIMIZED,
        2,
        &["a", "k", "x", "y", "z"],
        &[],
        vec![Const::None, Const::Int(-1), Const::Int(1), Const::Int(2)],
    );
    let text = assert_translates(&code);
    for wanted in [
        "rt_list_slice_copy",
        "rt_subscr_slice",
        "rt_store_subscr_slice",
        "ssub_overflow",
    ] {
        assert!(text.contains(wanted), "no {wanted}:\n{text}");
    }
    assert!(!text.contains("rt_build_slice"), "{text}");
    assert!(!text.contains("rt_unpack_sequence"), "{text}");
    // A fused pair's code is listed under the subscript; the unpacking of
    // the tuple display emits nothing at all.
    for fused in [
        "; 4 BUILD_SLICE",
        "; 16 BUILD_TUPLE",
        "; 17 UNPACK_SEQUENCE",
    ] {
        assert!(!text.contains(fused), "{fused} has its own code:\n{text}");
    }
}

/// ```python
/// def f(x):
///     try:
///         return g(x)
///     except ValueError:
///         return None
/// ```
#[test]
fn try_except() {
    let mut asm = Asm::default();
    asm.ops(&[
        (LOAD_GLOBAL, 1),
        (LOAD_FAST, 0),
        (CALL, 1),
        (RETURN_VALUE, 0),
    ]);
    asm.handler(0, 3, 4, 0);
    asm.ops(&[(PUSH_EXC_INFO, 0), (LOAD_GLOBAL, 2), (CHECK_EXC_MATCH, 0)]);
    let no_match = asm.op(POP_JUMP_IF_FALSE, 0);
    asm.ops(&[
        (POP_TOP, 0),
        (POP_EXCEPT, 0),
        (LOAD_CONST, 0),
        (RETURN_VALUE, 0),
    ]);
    asm.handler(4, 8, 13, 1);
    asm.bind(no_match);
    let reraise = asm.op(RERAISE, 0);
    asm.handler(reraise, reraise, 13, 1);
    asm.ops(&[(SWAP, 2), (POP_EXCEPT, 0), (RERAISE, 0)]);
    let code = asm.finish(
        abi::CO_OPTIMIZED,
        1,
        &["x"],
        &["g", "ValueError"],
        vec![Const::None],
    );
    assert_eq!(code.depths[13], Some(2));
    let text = assert_translates(&code);
    assert!(text.contains("rt_fetch_exception"), "{text}");
}

/// `raise E from c` and a bare `raise` inside a handler-free function.
#[test]
fn raise() {
    let mut asm = Asm::default();
    asm.ops(&[(LOAD_FAST, 0)]);
    let skip = asm.op(POP_JUMP_IF_TRUE, 0);
    asm.ops(&[(RAISE_VARARGS, 0)]);
    asm.bind(skip);
    asm.ops(&[(LOAD_GLOBAL, 0), (LOAD_FAST, 0), (RAISE_VARARGS, 2)]);
    let code = asm.finish(abi::CO_OPTIMIZED, 1, &["c"], &["E"], vec![]);
    assert_translates(&code);
}

/// `def gen(n): i = 0; while i < n: yield i; i += 1`
#[test]
fn generator() {
    let mut asm = Asm::default();
    asm.ops(&[(LOAD_CONST, 0), (STORE_FAST, 1)]);
    let head = asm.here();
    asm.ops(&[(LOAD_FAST, 1), (LOAD_FAST, 0), (COMPARE_OP, 0)]);
    let exit = asm.op(POP_JUMP_IF_FALSE, 0);
    asm.ops(&[
        (LOAD_FAST, 1),
        (YIELD_VALUE, 0),
        (POP_TOP, 0),
        (LOAD_FAST, 1),
        (LOAD_CONST, 1),
        (BINARY_OP, 13),
        (STORE_FAST, 1),
        (JUMP_BACKWARD, head),
    ]);
    asm.bind(exit);
    asm.ops(&[(LOAD_CONST, 2), (RETURN_VALUE, 0)]);
    let consts = vec![Const::Int(0), Const::Int(1), Const::None];
    let code = asm.finish(
        abi::CO_OPTIMIZED | abi::CO_GENERATOR,
        1,
        &["n", "i"],
        &[],
        consts,
    );
    let text = assert_translates(&code);
    assert!(text.contains("br_table"), "{text}");
}

/// `def g(it): r = yield from it; return r` — a delegating yield.
#[test]
fn yield_from() {
    let mut asm = Asm::default();
    asm.ops(&[(LOAD_FAST, 0), (GET_YIELD_FROM_ITER, 0), (LOAD_CONST, 0)]);
    let send_at = asm.here();
    let send = asm.op(SEND, 0);
    asm.ops(&[(YIELD_VALUE, 0), (JUMP_BACKWARD, send_at)]);
    asm.bind(send);
    asm.ops(&[(STORE_FAST, 1), (LOAD_FAST, 1), (RETURN_VALUE, 0)]);
    let code = asm.finish(
        abi::CO_OPTIMIZED | abi::CO_GENERATOR,
        1,
        &["it", "r"],
        &[],
        vec![Const::None],
    );
    let text = assert_translates(&code);
    assert!(text.contains("rt_gen_throw_into"), "{text}");
}

/// A yield inside `try`, so a value thrown in lands in the handler.
#[test]
fn yield_in_try() {
    let mut asm = Asm::default();
    asm.ops(&[(LOAD_CONST, 0), (YIELD_VALUE, 0), (RETURN_VALUE, 0)]);
    asm.handler(0, 2, 3, 0);
    asm.ops(&[
        (PUSH_EXC_INFO, 0),
        (POP_TOP, 0),
        (POP_EXCEPT, 0),
        (LOAD_CONST, 0),
        (RETURN_VALUE, 0),
    ]);
    let code = asm.finish(
        abi::CO_OPTIMIZED | abi::CO_COROUTINE,
        0,
        &[],
        &[],
        vec![Const::None],
    );
    assert_translates(&code);
}

/// Most other instructions in one straight-line function.
#[test]
fn many_instructions() {
    let mut asm = Asm::default();
    #[rustfmt::skip]
    asm.ops(&[
        // f(x, 2, k=...) and unpacking the result
        (LOAD_GLOBAL, 1), (LOAD_FAST, 0), (LOAD_CONST, 1), (KW_NAMES, 2), (CALL, 2),
        (UNPACK_SEQUENCE, 2), (BUILD_LIST, 2), (LOAD_FAST, 0), (LIST_APPEND, 1), (LIST_TO_TUPLE, 0),
        (UNPACK_EX, 0x0101), (BUILD_SET, 3),
        (LOAD_CONST, 3), (LOAD_FAST, 0), (BUILD_MAP, 1), (LOAD_FAST, 0), (LOAD_FAST, 0), (MAP_ADD, 1),
        (LOAD_FAST, 0), (FORMAT_VALUE, 0), (LOAD_FAST, 0), (LOAD_CONST, 3), (FORMAT_VALUE, 5),
        (BUILD_STRING, 2), (BUILD_TUPLE, 3), (STORE_FAST, 1),
        // attributes, methods, subscripts, slices
        (LOAD_FAST, 1), (LOAD_ATTR, 0), (LOAD_FAST, 0), (STORE_ATTR, 0), (LOAD_FAST, 0), (DELETE_ATTR, 0),
        (LOAD_FAST, 0), (LOAD_METHOD, 0), (CALL, 0), (POP_TOP, 0),
        (LOAD_FAST, 0), (LOAD_FAST, 1), (BINARY_SUBSCR, 0), (POP_TOP, 0),
        (LOAD_FAST, 0), (LOAD_FAST, 1), (LOAD_FAST, 1), (STORE_SUBSCR, 0),
        (LOAD_FAST, 1), (LOAD_FAST, 0), (DELETE_SUBSCR, 0),
        (LOAD_FAST, 0), (LOAD_FAST, 0), (BUILD_SLICE, 2), (LOAD_FAST, 0), (LOAD_FAST, 0), (LOAD_FAST, 0),
        (BUILD_SLICE, 3), (POP_TOP, 0), (POP_TOP, 0),
        // operators
        (LOAD_FAST, 0), (UNARY_NEGATIVE, 0), (UNARY_NOT, 0), (UNARY_INVERT, 0), (UNARY_POSITIVE, 0), (POP_TOP, 0),
        (LOAD_FAST, 0), (LOAD_FAST, 1), (IS_OP, 1), (POP_TOP, 0),
        (LOAD_FAST, 0), (LOAD_FAST, 1), (CONTAINS_OP, 0), (POP_TOP, 0),
        (LOAD_FAST, 0), (LOAD_FAST, 1), (COMPARE_OP, 2), (POP_TOP, 0),
        (LOAD_FAST, 0), (LOAD_FAST, 1), (BINARY_OP, abi::NB_AND as u32), (POP_TOP, 0),
        // names and globals
        (LOAD_NAME, 0), (STORE_NAME, 0), (DELETE_NAME, 0),
        (LOAD_GLOBAL, 0), (STORE_GLOBAL, 0), (DELETE_GLOBAL, 0),
        // imports
        (LOAD_CONST, 0), (LOAD_CONST, 4), (IMPORT_NAME, 0), (IMPORT_FROM, 0), (STORE_FAST, 1), (IMPORT_STAR, 0),
        // cells and closures
        (LOAD_DEREF, 2), (STORE_DEREF, 2), (LOAD_CLOSURE, 2), (POP_TOP, 0), (DELETE_DEREF, 2),
        (LOAD_CLASSDEREF, 2), (POP_TOP, 0), (DELETE_FAST, 1),
        (LOAD_CLOSURE, 2), (BUILD_TUPLE, 1), (LOAD_CONST, 5), (MAKE_FUNCTION, 8), (POP_TOP, 0),
        (LOAD_BUILD_CLASS, 0), (POP_TOP, 0), (LOAD_ASSERTION_ERROR, 0), (POP_TOP, 0), (SETUP_ANNOTATIONS, 0),
        // f(*args, **kw)
        (LOAD_GLOBAL, 1), (LOAD_FAST, 0), (BUILD_TUPLE, 1), (BUILD_MAP, 0), (LOAD_FAST, 0), (DICT_MERGE, 1),
        (LOAD_FAST, 0), (DICT_UPDATE, 1), (CALL_FUNCTION_EX, 1), (POP_TOP, 0),
        (BUILD_LIST, 0), (LOAD_FAST, 0), (LIST_EXTEND, 1), (BUILD_SET, 0), (LOAD_FAST, 0), (SET_UPDATE, 1),
        (LOAD_FAST, 0), (SET_ADD, 1), (POP_TOP, 0), (POP_TOP, 0),
        // pattern matching
        (LOAD_FAST, 0), (MATCH_SEQUENCE, 0), (POP_TOP, 0), (GET_LEN, 0), (POP_TOP, 0),
        (MATCH_MAPPING, 0), (POP_TOP, 0), (LOAD_CONST, 4), (MATCH_KEYS, 0), (POP_TOP, 0),
        (COPY_DICT_WITHOUT_KEYS, 0), (POP_TOP, 0), (POP_TOP, 0),
        (LOAD_FAST, 0), (LOAD_GLOBAL, 0), (LOAD_CONST, 4), (MATCH_CLASS, 1), (POP_TOP, 0),
        // stack shuffling
        (LOAD_FAST, 0), (COPY, 1), (SWAP, 2), (POP_TOP, 0), (POP_TOP, 0), (PUSH_NULL, 0), (POP_TOP, 0), (NOP, 0),
        (LOAD_FAST, 0), (LOAD_FAST, 1), (LOAD_CONST, 4), (BUILD_CONST_KEY_MAP, 2), (POP_TOP, 0),
        // coroutine helpers (valid in any code for translation purposes)
        (LOAD_FAST, 0), (GET_AWAITABLE, 0), (GET_AITER, 0), (GET_ANEXT, 0), (ASYNC_GEN_WRAP, 0),
        (POP_TOP, 0), (POP_TOP, 0),
    ]);
    // Conditional jumps of every kind.
    asm.op(LOAD_FAST, 0);
    let j1 = asm.op(JUMP_IF_FALSE_OR_POP, 0);
    asm.op(LOAD_FAST, 1);
    asm.bind(j1);
    asm.op(POP_TOP, 0);
    asm.op(LOAD_FAST, 0);
    let j2 = asm.op(JUMP_IF_TRUE_OR_POP, 0);
    asm.op(LOAD_FAST, 1);
    asm.bind(j2);
    asm.op(POP_TOP, 0);
    asm.op(LOAD_FAST, 0);
    let j3 = asm.op(POP_JUMP_IF_NONE, 0);
    asm.op(NOP, 0);
    asm.bind(j3);
    asm.op(LOAD_FAST, 0);
    let j4 = asm.op(POP_JUMP_IF_NOT_NONE, 0);
    asm.op(NOP, 0);
    asm.bind(j4);
    asm.op(LOAD_FAST, 0);
    let j5 = asm.op(POP_JUMP_IF_TRUE, 0);
    asm.op(JUMP_FORWARD, 0);
    let j6 = asm.instrs.len() - 1;
    asm.bind(j5);
    asm.bind(j6);
    asm.ops(&[(LOAD_CONST, 0), (RETURN_VALUE, 0)]);

    let consts = vec![
        Const::None,
        Const::Int(2),
        Const::Tuple(vec![Const::Str("k".into())]),
        Const::Str("s".into()),
        Const::Tuple(vec![Const::Str("a".into()), Const::Str("b".into())]),
        Const::Code(1),
    ];
    let mut code = asm.finish(
        abi::CO_OPTIMIZED,
        1,
        &["x", "y", "c"],
        &["a", "f", "c"],
        consts,
    );
    code.localsplus[2].1 = crate::bytecode::code::CO_FAST_CELL;
    assert_translates(&code);
}

/// `with m: pass`, which needs `rt_call_exit`.
#[test]
fn with_statement() {
    let mut asm = Asm::default();
    asm.ops(&[
        (LOAD_FAST, 0),
        (BEFORE_WITH, 0),
        (POP_TOP, 0),
        (CALL_EXIT, 0),
        (POP_TOP, 0),
    ]);
    asm.ops(&[(LOAD_CONST, 0), (RETURN_VALUE, 0)]);
    asm.handler(2, 2, 7, 1);
    // Exceptional exit: [exit, exc] -> [exit, prev, exc] -> __exit__ result.
    asm.ops(&[(PUSH_EXC_INFO, 0), (WITH_EXCEPT_START, 0)]);
    let handled = asm.op(POP_JUMP_IF_TRUE, 0);
    asm.op(RERAISE, 0);
    asm.bind(handled);
    asm.ops(&[
        (POP_TOP, 0),
        (POP_EXCEPT, 0),
        (POP_TOP, 0),
        (LOAD_CONST, 0),
        (RETURN_VALUE, 0),
    ]);
    let code = asm.finish(abi::CO_OPTIMIZED, 1, &["m"], &[], vec![Const::None]);
    match (RuntimeFn::by_name("rt_call_exit"), translate(&code)) {
        (Some(_), result) => {
            result.unwrap();
        }
        (None, Err(e)) => assert!(e.contains("rt_call_exit"), "{e}"),
        (None, Ok(_)) => panic!("translated CALL_EXIT without rt_call_exit"),
    }
}

#[test]
fn invalid_code_is_an_error() {
    // A pseudo-instruction left in the stream.
    let mut asm = Asm::default();
    asm.ops(&[(NOP, 0), (POP_BLOCK, 0), (LOAD_CONST, 0), (RETURN_VALUE, 0)]);
    let code = asm.finish(0, 0, &[], &[], vec![Const::None]);
    assert!(translate(&code).unwrap_err().contains("pseudo-instruction"));

    // A constant out of range.
    let mut asm = Asm::default();
    asm.ops(&[(LOAD_CONST, 3), (RETURN_VALUE, 0)]);
    let code = asm.finish(0, 0, &[], &[], vec![Const::None]);
    assert!(translate(&code).unwrap_err().contains("constant 3"));

    // Inconsistent depths: a pop from an empty stack.
    let mut asm = Asm::default();
    asm.ops(&[(NOP, 0), (LOAD_CONST, 0), (RETURN_VALUE, 0)]);
    let mut code = asm.finish(0, 0, &[], &[], vec![Const::None]);
    code.instrs[0].op = POP_TOP;
    assert!(translate(&code).unwrap_err().contains("underflow"));

    // Control running off the end.
    let mut asm = Asm::default();
    asm.ops(&[(LOAD_CONST, 0), (POP_TOP, 0)]);
    let code = asm.finish(0, 0, &[], &[], vec![Const::None]);
    assert!(translate(&code).unwrap_err().contains("falls off"));
}

/// The whole back end on a two-function program.
#[test]
fn compile_program_emits_object_and_listings() {
    let mut asm = Asm::default();
    asm.ops(&[(LOAD_CONST, 0), (RETURN_VALUE, 0)]);
    let module_code = asm.finish(0, 0, &[], &[], vec![Const::None]);
    let mut asm = Asm::default();
    asm.ops(&[
        (LOAD_FAST, 0),
        (LOAD_CONST, 0),
        (BINARY_OP, 0),
        (RETURN_VALUE, 0),
    ]);
    let func_code = asm.finish(abi::CO_OPTIMIZED, 1, &["x"], &[], vec![Const::Int(1)]);

    let opts = crate::backend::BackendOptions {
        emit_clif: true,
        emit_asm: false,
    };
    let out =
        crate::backend::compile_program(&[module_code.clone(), func_code.clone()], b"blob", &opts)
            .unwrap();
    assert_eq!(&out.object[..4], b"\x7fELF");
    let clif = out.clif.unwrap();
    assert!(
        clif.contains("; code 0: f") && clif.contains("; code 1: f"),
        "{clif}"
    );
    assert!(clif.contains("; 1 LOAD_CONST 0 (Int(1))"), "{clif}");
    assert!(out.asm.is_none());

    let has_objdump = std::process::Command::new("objdump")
        .arg("--version")
        .output()
        .is_ok();
    if has_objdump {
        let opts = crate::backend::BackendOptions {
            emit_clif: false,
            emit_asm: true,
        };
        let out = crate::backend::compile_program(&[module_code, func_code], b"", &opts).unwrap();
        let asm = out.asm.unwrap();
        assert!(asm.contains("__cranepy_code_1"), "{asm}");
        assert!(asm.contains("rt_binary_op"), "{asm}");
    }
}

/// `if c: x = 1` then `y = x; return y`: only the read of `x` is checked.
#[test]
fn unbound_checks_only_where_needed() {
    let mut asm = Asm::default();
    asm.op(LOAD_FAST, 0);
    let skip = asm.op(POP_JUMP_IF_FALSE, 0);
    asm.ops(&[(LOAD_CONST, 0), (STORE_FAST, 1)]);
    asm.bind(skip);
    asm.ops(&[
        (LOAD_FAST, 1),
        (STORE_FAST, 2),
        (LOAD_FAST, 2),
        (DELETE_FAST, 2),
        (RETURN_VALUE, 0),
    ]);
    let code = asm.finish(
        abi::CO_OPTIMIZED,
        1,
        &["c", "x", "y"],
        &[],
        vec![Const::Int(1)],
    );
    let checks = super::analysis::unbound_checks(&code);
    assert_eq!(
        checks,
        [false, false, false, false, true, false, false, false, false]
    );
    let text = assert_translates(&code);
    // (Called from a cold block: through its trampoline.)
    assert_eq!(text.matches("_rt_unbound_local").count(), 1, "{text}");
}

/// `def f(c, k):  x = 0.0;  while x < 10.0: x = x * 2.0 + c;  y = k;
/// return x` — `x` and `c` are float locals (`c` beside the float `x*2.0`),
/// `k` is not (never beside a float), `y` is not (stores an unknown). The
/// function translates with a float body whose handler path is its own.
#[test]
fn float_locals_and_their_body() {
    let mut asm = Asm::default();
    asm.ops(&[(LOAD_CONST, 0), (STORE_FAST, 2)]);
    let top = asm.here();
    asm.ops(&[
        (LOAD_FAST, 2),
        (LOAD_CONST, 1),
        (COMPARE_OP, abi::CMP_LT as u32),
    ]);
    let exit = asm.op(POP_JUMP_IF_FALSE, 0);
    let first = asm.op(LOAD_FAST, 2);
    asm.ops(&[
        (LOAD_CONST, 2),
        (BINARY_OP, abi::NB_MULTIPLY as u32),
        (LOAD_FAST, 0),
        (BINARY_OP, abi::NB_ADD as u32),
        (STORE_FAST, 2),
    ]);
    let last = asm.op(JUMP_BACKWARD, top);
    asm.bind(exit);
    asm.ops(&[
        (LOAD_FAST, 1),
        (STORE_FAST, 3),
        (LOAD_FAST, 2),
        (RETURN_VALUE, 0),
    ]);
    let handler = asm.here();
    asm.ops(&[(POP_TOP, 0), (LOAD_FAST, 2), (RETURN_VALUE, 0)]);
    asm.handler(first, last, handler, 0);
    let code = asm.finish(
        abi::CO_OPTIMIZED,
        2,
        &["c", "k", "x", "y"],
        &[],
        vec![Const::Float(0.0), Const::Float(10.0), Const::Float(2.0)],
    );
    let checks = super::analysis::unbound_checks(&code);
    let floats = super::float_locals::float_locals(&code, &checks);
    assert_eq!(floats, Some(vec![true, false, true, false]));
    let text = assert_translates(&code);
    // Both bodies: the multiplication appears twice.
    assert_eq!(text.matches("BINARY_OP 5").count(), 2, "{text}");

    // A generator gets no float body.
    let mut generator = code.clone();
    generator.flags |= abi::CO_GENERATOR;
    assert_eq!(super::float_locals::float_locals(&generator, &checks), None);
}
