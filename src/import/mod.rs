//! Importers for the real formats: ESCO CSV, PC4 postcode tables and schema.org JobPosting
//! feeds. Each turns third-party data into the model and reports what it could not use.

pub mod csv;
pub mod esco;
pub mod jobposting;
pub mod json;
pub mod pc4;
