//! The frame record shared with generated code (layout fixed by `abi`).

use crate::abi;

/// A frame: what generated code addresses through its `frame` parameter.
#[repr(C)]
pub struct Frame {
    pub code: u64,
    pub globals: u64,
    pub builtins: u64,
    pub locals: u64,
    pub func: u64,
    pub prev: *mut Frame,
    pub lasti: u32,
    pub resume: u32,
    pub state: u32,
    pub throw: u32,
    pub sent: u64,
    pub consts: *const u64,
    pub names: *const u64,
    pub localsplus: [u64; 0],
}

const _: () = {
    assert!(std::mem::offset_of!(Frame, code) == abi::FRAME_CODE as usize);
    assert!(std::mem::offset_of!(Frame, globals) == abi::FRAME_GLOBALS as usize);
    assert!(std::mem::offset_of!(Frame, builtins) == abi::FRAME_BUILTINS as usize);
    assert!(std::mem::offset_of!(Frame, locals) == abi::FRAME_LOCALS as usize);
    assert!(std::mem::offset_of!(Frame, func) == abi::FRAME_FUNC as usize);
    assert!(std::mem::offset_of!(Frame, prev) == abi::FRAME_PREV as usize);
    assert!(std::mem::offset_of!(Frame, lasti) == abi::FRAME_LASTI as usize);
    assert!(std::mem::offset_of!(Frame, resume) == abi::FRAME_RESUME as usize);
    assert!(std::mem::offset_of!(Frame, state) == abi::FRAME_STATE as usize);
    assert!(std::mem::offset_of!(Frame, throw) == abi::FRAME_THROW as usize);
    assert!(std::mem::offset_of!(Frame, sent) == abi::FRAME_SENT as usize);
    assert!(std::mem::offset_of!(Frame, consts) == abi::FRAME_CONSTS as usize);
    assert!(std::mem::offset_of!(Frame, names) == abi::FRAME_NAMES as usize);
    assert!(std::mem::offset_of!(Frame, localsplus) == abi::FRAME_LOCALSPLUS as usize);
};
