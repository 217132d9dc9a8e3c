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

impl Frame {
    fn layout(nslots: usize) -> std::alloc::Layout {
        let size = abi::FRAME_LOCALSPLUS as usize + 8 * nslots;
        std::alloc::Layout::from_size_align(size, 8).expect("frame sizes are small")
    }

    /// Allocates a zeroed frame with `nslots` `localsplus` slots.
    pub fn alloc(nslots: usize) -> *mut Frame {
        if let Some(p) = cache_pop(nslots) {
            // SAFETY: `p` is a cached allocation of exactly this layout.
            unsafe {
                std::ptr::write_bytes(p as *mut u8, 0, Self::layout(nslots).size());
            }
            return p;
        }
        let layout = Self::layout(nslots);
        // SAFETY: the layout has a non-zero size (the fixed header).
        let p = unsafe { std::alloc::alloc_zeroed(layout) } as *mut Frame;
        if p.is_null() {
            std::alloc::handle_alloc_error(layout);
        }
        p
    }

    /// Frees the memory of a frame allocated by `alloc` (not its slots).
    ///
    /// # Safety
    /// `f` must come from `Frame::alloc(nslots)` and not be used afterwards.
    pub unsafe fn free(f: *mut Frame, nslots: usize) {
        if cache_push(f, nslots) {
            return;
        }
        // SAFETY: guaranteed by the caller.
        unsafe { std::alloc::dealloc(f as *mut u8, Self::layout(nslots)) };
    }

    /// Pointer to the first `localsplus` slot.
    #[inline]
    pub fn slots(f: *mut Frame) -> *mut u64 {
        // SAFETY: `localsplus` is the trailing array of the allocation.
        unsafe { (f as *mut u8).add(abi::FRAME_LOCALSPLUS as usize) as *mut u64 }
    }

    /// Releases every non-zero slot in `0..n` (owned words) and zeroes it.
    ///
    /// # Safety
    /// `f` must be a live frame with at least `n` slots.
    pub unsafe fn release_slots(f: *mut Frame, n: usize) {
        let s = Self::slots(f);
        for i in 0..n {
            // SAFETY: `i < n` slots exist.
            let w = unsafe { s.add(i).replace(0) };
            drop(crate::object::Obj::from_word(w));
        }
    }

    /// The code object this frame runs (borrowed).
    #[inline]
    pub fn code_obj(&self) -> &crate::object::Obj {
        crate::object::Obj::borrow(&self.code)
    }

    /// The code data of this frame's code object.
    #[inline]
    pub fn code_data(&self) -> &crate::types::code::CodeData {
        crate::types::code::code_data(self.code_obj())
    }

    /// The globals dict (borrowed).
    #[inline]
    pub fn globals_obj(&self) -> &crate::object::Obj {
        crate::object::Obj::borrow(&self.globals)
    }

    /// The builtins dict (borrowed).
    #[inline]
    pub fn builtins_obj(&self) -> &crate::object::Obj {
        crate::object::Obj::borrow(&self.builtins)
    }

    /// The locals mapping (class bodies and module code), if any.
    #[inline]
    pub fn locals_obj(&self) -> Option<&crate::object::Obj> {
        if self.locals == 0 {
            None
        } else {
            Some(crate::object::Obj::borrow(&self.locals))
        }
    }
}

/// Frames are allocated and freed at every call: recently freed frames are
/// kept per slot count and reused.
const CACHE_MAX_SLOTS: usize = 64;
const CACHE_PER_SIZE: usize = 64;

thread_local! {
    static FRAME_CACHE: std::cell::RefCell<Vec<Vec<usize>>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

fn cache_pop(nslots: usize) -> Option<*mut Frame> {
    if nslots >= CACHE_MAX_SLOTS {
        return None;
    }
    FRAME_CACHE
        .try_with(|c| {
            let mut c = c.borrow_mut();
            c.get_mut(nslots).and_then(|v| v.pop())
        })
        .ok()
        .flatten()
        .map(|p| p as *mut Frame)
}

fn cache_push(f: *mut Frame, nslots: usize) -> bool {
    if nslots >= CACHE_MAX_SLOTS {
        return false;
    }
    FRAME_CACHE
        .try_with(|c| {
            let mut c = c.borrow_mut();
            if c.len() <= nslots {
                c.resize_with(nslots + 1, Vec::new);
            }
            let v = &mut c[nslots];
            if v.len() >= CACHE_PER_SIZE {
                return false;
            }
            v.push(f as usize);
            true
        })
        .unwrap_or(false)
}
