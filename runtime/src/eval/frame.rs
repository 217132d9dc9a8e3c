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
        let p = Self::alloc_uninit(nslots);
        // SAFETY: `p` has room for the header and `nslots` slots.
        unsafe { std::ptr::write_bytes(p as *mut u8, 0, Self::layout(nslots).size()) };
        p
    }

    /// Allocates a frame whose header and slots the caller initialises
    /// (every field and all `nslots` slots must be written before use).
    #[inline]
    pub fn alloc_uninit(nslots: usize) -> *mut Frame {
        match cache_pop(nslots) {
            Some(p) => p,
            None => Self::alloc_fresh(nslots),
        }
    }

    /// `alloc_uninit` when the cache has no frame of this size.
    #[inline(never)]
    fn alloc_fresh(nslots: usize) -> *mut Frame {
        let layout = Self::layout(nslots);
        // SAFETY: the layout has a non-zero size (the fixed header).
        let p = unsafe { std::alloc::alloc(layout) } as *mut Frame;
        if p.is_null() {
            std::alloc::handle_alloc_error(layout);
        }
        p
    }

    /// Frees the memory of a frame allocated by `alloc` (not its slots).
    ///
    /// # Safety
    /// `f` must come from `Frame::alloc(nslots)` and not be used afterwards.
    #[inline(always)]
    pub unsafe fn free(f: *mut Frame, nslots: usize) {
        if cache_push(f, nslots) {
            return;
        }
        // SAFETY: guaranteed by the caller.
        unsafe { Self::free_uncached(f, nslots) };
    }

    /// `free` when the cache has no room (or the frame is too large).
    ///
    /// # Safety
    /// As `free`.
    #[inline(never)]
    unsafe fn free_uncached(f: *mut Frame, nslots: usize) {
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

    /// The variables of a function frame by name, as `locals()` returns
    /// them, when its code keeps them current in the frame
    /// (`CO_LOCALS_IN_FRAME`); None for other function frames. As in
    /// CPython 3.11 the frame has one such dict (held in `locals` and
    /// released by the function's epilogue), refreshed at every call.
    ///
    /// # Safety
    /// `f` must be a live frame.
    pub unsafe fn fast_locals(f: *mut Frame) -> Option<crate::object::Obj> {
        use crate::object::Obj;
        // SAFETY: the caller guarantees `f` is live.
        let fr = unsafe { &mut *f };
        let (flags, n) = (fr.code_data().flags, fr.code_data().nlocalsplus());
        let wanted = abi::CO_LOCALS_IN_FRAME | abi::CO_OPTIMIZED;
        if flags & wanted != wanted {
            return None;
        }
        if fr.locals == 0 {
            fr.locals = crate::types::dict::new_dict().into_word();
        }
        let d = Obj::borrow(&fr.locals).clone();
        // SAFETY: a frame has `nlocalsplus` slots after its header; code with
        // CO_LOCALS_IN_FRAME keeps each one 0 or a live (borrowed) word.
        let values = unsafe { std::slice::from_raw_parts(Self::slots(f), n) };
        crate::eval::rt::names::fast_to_locals(fr, values, &d).ok()?;
        Some(d)
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

/// Frames are allocated and freed at every call: freed frames are kept on
/// per-size free lists (linked through their first word) and reused.
const CACHE_MAX_SLOTS: usize = 32;
const CACHE_PER_SIZE: u32 = 256;

struct FrameCache {
    heads: [std::cell::Cell<usize>; CACHE_MAX_SLOTS],
    counts: [std::cell::Cell<u32>; CACHE_MAX_SLOTS],
}

thread_local! {
    static FRAME_CACHE: FrameCache = const {
        FrameCache {
            heads: [const { std::cell::Cell::new(0) }; CACHE_MAX_SLOTS],
            counts: [const { std::cell::Cell::new(0) }; CACHE_MAX_SLOTS],
        }
    };
}

#[inline]
fn cache_pop(nslots: usize) -> Option<*mut Frame> {
    if nslots >= CACHE_MAX_SLOTS {
        return None;
    }
    FRAME_CACHE
        .try_with(|c| {
            let head = c.heads[nslots].get();
            if head == 0 {
                return None;
            }
            // SAFETY: a cached frame stores the next free frame in its first word.
            let next = unsafe { *(head as *const usize) };
            c.heads[nslots].set(next);
            c.counts[nslots].set(c.counts[nslots].get() - 1);
            Some(head as *mut Frame)
        })
        .ok()
        .flatten()
}

#[inline]
fn cache_push(f: *mut Frame, nslots: usize) -> bool {
    if nslots >= CACHE_MAX_SLOTS {
        return false;
    }
    FRAME_CACHE
        .try_with(|c| {
            let n = c.counts[nslots].get();
            if n >= CACHE_PER_SIZE {
                return false;
            }
            // SAFETY: the frame is no longer used; its first word links it.
            unsafe { *(f as *mut usize) = c.heads[nslots].get() };
            c.heads[nslots].set(f as usize);
            c.counts[nslots].set(n + 1);
            true
        })
        .unwrap_or(false)
}
