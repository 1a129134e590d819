//! haven's one test binary: a module per feature, each building tiny sites in temp folders
//! with the real `haven` binary and asserting on the written files and exit codes.

mod accessibility;
mod agreement;
mod build;
mod cli;
mod corpus;
mod curriculum;
mod eal;
mod edit;
mod errors;
mod external_links;
mod findings;
mod hostile;
mod image_files;
mod images;
mod init;
mod languages;
mod lessons;
mod link_server;
mod link_summary;
mod links;
mod nothing_lost;
mod output;
mod page_lints;
mod pictures;
mod policy;
mod portable;
mod posters;
mod published;
mod reading_level;
mod report;
mod reproducible;
mod search;
mod serve;
mod service_worker;
mod sid;
mod support;
mod third_party;
mod tls_links;
mod translations;
mod useful_links;
mod versions;

