//! haven's one test binary: a module per feature, each building tiny sites in temp folders
//! with the real `haven` binary and asserting on the written files and exit codes.

mod link_server;
mod pictures;
mod support;

mod accessibility;
mod agreement;
mod build;
mod cli;
mod corpus;
mod eal;
mod errors;
mod external_links;
mod findings;
mod image_files;
mod images;
mod init;
mod lessons;
mod links;
mod nothing_lost;
mod output;
mod page_lints;
mod policy;
mod portable;
mod posters;
mod published;
mod report;
mod reproducible;
mod search;
mod serve;
mod service_worker;
mod sid;
mod third_party;
mod translations;
mod useful_links;
mod versions;
