//! Built-in modules implemented natively (`sys`, `math`, …), registered by
//! name so `import` finds them.
