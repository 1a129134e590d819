//! haven's one test binary: a module per feature, each building tiny sites in temp folders
//! with the real `haven` binary and asserting on the written files and exit codes.

mod support;

mod build;
mod cli;
mod errors;
mod output;
mod portable;
mod search;
mod service_worker;
mod third_party;
