//! haven's one test binary: a module per feature, each building tiny sites in temp folders
//! with the real `haven` binary and asserting on the written files and exit codes.

mod link_server;
mod pictures;
mod support;

mod accessibility;
mod agreement;
mod build;
mod cli;
mod eal;
mod errors;
mod external_links;
mod image_files;
mod images;
mod lessons;
mod links;
mod output;
mod policy;
mod portable;
mod posters;
mod report;
mod search;
mod serve;
mod service_worker;
mod sid;
mod third_party;
mod translations;
mod useful_links;
mod versions;
