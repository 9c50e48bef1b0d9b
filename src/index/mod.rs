//! The prebuilt index: everything an engine computed when its vacancies were added, in one
//! compact binary file that a browser loads without parsing or tokenising a feed, and the
//! shard sets that split a national set into such files per area.
//!
//! - [`file`]: the file's frame (magic, version, length, checksum), writing and reading;
//! - [`disk`]: the file's own types and their conversions from and to the engine's;
//! - [`checksum`]: the CRC-32 of the frame and of content-hashed file names;
//! - [`shards`]: shard sets, their manifest and which shards a profile needs.

pub mod checksum;
pub mod disk;
pub mod file;
pub mod shards;

pub use disk::DescriptionMode;
pub use file::{frame, read_index, read_index_kept, taxonomy_check, write_index, IndexData, IndexRef, FORMAT_VERSION, MAGIC};
