//! haven's one test binary: a module per feature, each building tiny sites in temp folders
//! with the real `haven` binary and asserting on the written files and exit codes.

mod pictures;
mod support;

mod build;
mod cli;
mod errors;
mod image_files;
mod images;
mod output;
