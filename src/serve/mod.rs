//! `haven serve`: build for local preview and serve the result.

pub mod server;
