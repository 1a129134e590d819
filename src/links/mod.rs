//! Link checks (DESIGN §9), read from the pages haven wrote so content, templates and
//! data are all covered.

pub mod internal;
