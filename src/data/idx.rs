//! IDX files (LeCun's format for MNIST) over a read-only memory map.
//!
//! Layout: two zero bytes, an element-type byte, a rank byte, then `rank` big-endian u32 dimension
//! sizes, then the elements in row-major order, big-endian. Every field is checked against the file:
//! the magic, the element type, the rank, and the product of the dimensions (computed without overflow)
//! against the number of bytes that follow the header. Trailing bytes are an error too.

use std::fs::File;
use std::path::{Path, PathBuf};

use byteorder::{BigEndian, ByteOrder};
use memmap2::Mmap;

use crate::error::{Error, Result};

/// The six element types of the IDX format.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ElemType {
    U8,
    I8,
    I16,
    I32,
    F32,
    F64,
}

impl ElemType {
    pub fn from_code(code: u8) -> Option<Self> {
        Some(match code {
            0x08 => ElemType::U8,
            0x09 => ElemType::I8,
            0x0B => ElemType::I16,
            0x0C => ElemType::I32,
            0x0D => ElemType::F32,
            0x0E => ElemType::F64,
            _ => return None,
        })
    }
    pub fn code(self) -> u8 {
        match self {
            ElemType::U8 => 0x08,
            ElemType::I8 => 0x09,
            ElemType::I16 => 0x0B,
            ElemType::I32 => 0x0C,
            ElemType::F32 => 0x0D,
            ElemType::F64 => 0x0E,
        }
    }
    pub fn size(self) -> usize {
        match self {
            ElemType::U8 | ElemType::I8 => 1,
            ElemType::I16 => 2,
            ElemType::I32 | ElemType::F32 => 4,
            ElemType::F64 => 8,
        }
    }
    pub fn name(self) -> &'static str {
        match self {
            ElemType::U8 => "unsigned byte",
            ElemType::I8 => "signed byte",
            ElemType::I16 => "i16",
            ElemType::I32 => "i32",
            ElemType::F32 => "f32",
            ElemType::F64 => "f64",
        }
    }
}

/// A parsed IDX header.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Header {
    pub elem: ElemType,
    pub dims: Vec<usize>,
    /// Offset of the first element.
    pub data_offset: usize,
    /// Number of elements (product of dims).
    pub len: usize,
}

impl Header {
    /// The size of the file this header describes: header and data.
    pub fn file_len(&self) -> usize {
        self.data_offset + self.len * self.elem.size()
    }
}

/// Parses and checks a header against the whole file's bytes. `path` is only used in messages.
pub fn parse_header(path: &Path, bytes: &[u8]) -> Result<Header> {
    let header = parse_header_only(path, bytes)?;
    let body = header.file_len() - header.data_offset;
    let found = bytes.len() - header.data_offset;
    if found != body {
        let what = if found < body {
            "body cut short"
        } else {
            "trailing bytes after the data"
        };
        return Err(Error::idx(
            path,
            format!(
                "{what}: dimensions {:?} of {} need {body} data bytes, the file has {found}",
                header.dims,
                header.elem.name()
            ),
        ));
    }
    Ok(header)
}

/// Parses and checks a header from the file's first bytes (at least the header's, more are
/// ignored), without looking at the data: what the file promises to hold.
pub fn parse_header_only(path: &Path, bytes: &[u8]) -> Result<Header> {
    if bytes.is_empty() {
        return Err(Error::idx(path, "the file is empty"));
    }
    if bytes.len() < 4 {
        return Err(Error::idx(
            path,
            format!(
                "header cut short: {}, a header needs at least 4",
                crate::words::count(bytes.len(), "byte")
            ),
        ));
    }
    if bytes[0] != 0 || bytes[1] != 0 {
        return Err(Error::idx(
            path,
            format!(
                "wrong magic: expected 00 00 <type> <rank>, found {:02x} {:02x} {:02x} {:02x}",
                bytes[0], bytes[1], bytes[2], bytes[3]
            ),
        ));
    }
    let elem = ElemType::from_code(bytes[2]).ok_or_else(|| {
        Error::idx(
            path,
            format!(
                "unknown element type 0x{:02x} (expected one of 08 09 0b 0c 0d 0e)",
                bytes[2]
            ),
        )
    })?;
    let rank = bytes[3] as usize;
    if rank == 0 {
        return Err(Error::idx(path, "rank 0: expected at least one dimension"));
    }
    let data_offset = 4 + 4 * rank;
    if bytes.len() < data_offset {
        return Err(Error::idx(
            path,
            format!(
                "header cut short: rank {rank} needs {data_offset} header bytes, the file has {}",
                bytes.len()
            ),
        ));
    }
    let dims: Vec<usize> = (0..rank)
        .map(|i| BigEndian::read_u32(&bytes[4 + 4 * i..]) as usize)
        .collect();
    let overflow = || {
        Error::idx(
            path,
            format!("dimension sizes {dims:?} overflow when multiplied"),
        )
    };
    // One item's bytes are checked on their own too: with a count of 0 the whole body is empty
    // however large the item dimensions, and `item_len` must not overflow later.
    let item_bytes = dims[1..]
        .iter()
        .try_fold(elem.size(), |acc, &d| acc.checked_mul(d))
        .ok_or_else(overflow)?;
    let body = dims[0].checked_mul(item_bytes).ok_or_else(overflow)?;
    // The whole file's size must be addressable too, for a reader that holds it in memory.
    data_offset.checked_add(body).ok_or_else(overflow)?;
    Ok(Header {
        elem,
        dims,
        data_offset,
        len: body / elem.size(),
    })
}

/// Where an IDX file's bytes live: a map of the file, or an anonymous map holding a decompressed
/// copy when the file's folder could not be written, or a data set built in memory (a transfer set
/// cut to some classes).
pub enum Bytes {
    File(Mmap),
    Anon(memmap2::MmapMut),
    /// A zero-length file cannot be mapped on every platform; it never gets past the header check.
    Empty,
}

impl std::ops::Deref for Bytes {
    type Target = [u8];
    fn deref(&self) -> &[u8] {
        match self {
            Bytes::File(m) => m,
            Bytes::Anon(m) => m,
            Bytes::Empty => &[],
        }
    }
}

/// An IDX file, memory-mapped and checked.
pub struct IdxFile {
    pub path: PathBuf,
    pub header: Header,
    bytes: Bytes,
}

impl IdxFile {
    /// Maps `path` and checks its header.
    pub fn open(path: &Path) -> Result<Self> {
        if let Some(kind) = crate::io::not_a_regular_file(path) {
            return Err(Error::idx(
                path,
                format!("expected a regular file, found {kind}"),
            ));
        }
        let meta = std::fs::metadata(path).map_err(|e| Error::io(path, "read", e))?;
        let file = File::open(path).map_err(|e| Error::io(path, "open", e))?;
        let bytes = if meta.len() == 0 {
            Bytes::Empty
        } else {
            // SAFETY: the map is read-only and we never hand out references that outlive it. Another
            // process rewriting the file in place while it is mapped would change bytes under a
            // shared reference (undefined behaviour), and truncating it would fault (SIGBUS) on the
            // next read; the data files are treated as immutable inputs, as every mmap-based reader
            // must (README).
            Bytes::File(unsafe { Mmap::map(&file) }.map_err(|e| Error::io(path, "memory-map", e))?)
        };
        Self::from_bytes(path, bytes)
    }

    pub fn from_bytes(path: &Path, bytes: Bytes) -> Result<Self> {
        let header = parse_header(path, &bytes)?;
        Ok(IdxFile {
            path: path.to_path_buf(),
            header,
            bytes,
        })
    }

    pub fn dims(&self) -> &[usize] {
        &self.header.dims
    }
    pub fn elem(&self) -> ElemType {
        self.header.elem
    }
    /// Number of items (the first dimension).
    pub fn count(&self) -> usize {
        self.header.dims[0]
    }
    /// Elements per item (product of the other dimensions).
    pub fn item_len(&self) -> usize {
        self.header.dims[1..].iter().product()
    }
    /// The raw big-endian data bytes.
    pub fn data(&self) -> &[u8] {
        &self.bytes[self.header.data_offset..]
    }
    /// The data as bytes, when the element type is unsigned byte.
    pub fn as_u8(&self) -> Option<&[u8]> {
        (self.header.elem == ElemType::U8).then(|| self.data())
    }
    /// Element `i` (flat index) converted to f64.
    pub fn get_f64(&self, i: usize) -> f64 {
        let d = self.data();
        match self.header.elem {
            ElemType::U8 => d[i] as f64,
            ElemType::I8 => d[i] as i8 as f64,
            ElemType::I16 => BigEndian::read_i16(&d[2 * i..]) as f64,
            ElemType::I32 => BigEndian::read_i32(&d[4 * i..]) as f64,
            ElemType::F32 => BigEndian::read_f32(&d[4 * i..]) as f64,
            ElemType::F64 => BigEndian::read_f64(&d[8 * i..]),
        }
    }
}

/// Encodes an IDX file in memory (used by tests and tools that write IDX data).
pub fn encode(elem: ElemType, dims: &[u32], data_be: &[u8]) -> Vec<u8> {
    let mut out = vec![0, 0, elem.code(), dims.len() as u8];
    for &d in dims {
        out.extend_from_slice(&d.to_be_bytes());
    }
    out.extend_from_slice(data_be);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p() -> &'static Path {
        Path::new("x.idx")
    }

    #[test]
    fn parses_every_element_type_and_rank() {
        for (elem, size) in [
            (ElemType::U8, 1),
            (ElemType::I8, 1),
            (ElemType::I16, 2),
            (ElemType::I32, 4),
            (ElemType::F32, 4),
            (ElemType::F64, 8),
        ] {
            for dims in [vec![3u32], vec![2, 3], vec![2, 1, 3], vec![1, 2, 1, 3]] {
                let n: u32 = dims.iter().product();
                let bytes = encode(elem, &dims, &vec![0u8; n as usize * size]);
                let h = parse_header(p(), &bytes).unwrap();
                assert_eq!(h.elem, elem);
                assert_eq!(h.dims, dims.iter().map(|&d| d as usize).collect::<Vec<_>>());
                assert_eq!(h.len, n as usize);
            }
        }
    }

    #[test]
    fn reads_big_endian_values() {
        let mut data = Vec::new();
        data.extend_from_slice(&(-2i16).to_be_bytes());
        data.extend_from_slice(&300i16.to_be_bytes());
        let f = IdxFile::from_bytes(
            p(),
            Bytes::Anon({
                let b = encode(ElemType::I16, &[2], &data);
                let mut m = memmap2::MmapMut::map_anon(b.len()).unwrap();
                m.copy_from_slice(&b);
                m
            }),
        )
        .unwrap();
        assert_eq!(f.get_f64(0), -2.0);
        assert_eq!(f.get_f64(1), 300.0);
        let mut data = Vec::new();
        data.extend_from_slice(&1.5f64.to_be_bytes());
        let b = encode(ElemType::F64, &[1, 1], &data);
        let mut m = memmap2::MmapMut::map_anon(b.len()).unwrap();
        m.copy_from_slice(&b);
        let f = IdxFile::from_bytes(p(), Bytes::Anon(m)).unwrap();
        assert_eq!(f.get_f64(0), 1.5);
        assert_eq!(f.count(), 1);
        assert_eq!(f.item_len(), 1);
    }

    fn err(bytes: &[u8]) -> String {
        parse_header(p(), bytes).unwrap_err().to_string()
    }

    #[test]
    fn rejects_each_malformed_header() {
        assert!(err(&[]).contains("empty"));
        assert!(err(&[0, 0, 8]).contains("header cut short"));
        assert!(err(&[0, 0, 8, 3, 0, 0, 0]).contains("header cut short"));
        assert!(err(&[1, 2, 8, 1, 0, 0, 0, 0]).contains("wrong magic"));
        assert!(err(&[0, 0, 0x0a, 1, 0, 0, 0, 0]).contains("unknown element type 0x0a"));
        assert!(err(&[0, 0, 8, 0]).contains("rank 0"));
        // Body shorter and longer than the dimensions say.
        assert!(err(&encode(ElemType::U8, &[2, 3], &[0; 5])).contains("body cut short"));
        assert!(err(&encode(ElemType::U8, &[2, 3], &[0; 7])).contains("trailing bytes"));
        assert!(err(&encode(ElemType::F32, &[2], &[0; 4])).contains("need 8 data bytes"));
        // A rank that disagrees with the data: a rank-3 header over a rank-2 body is cut short.
        let mut b = encode(ElemType::U8, &[2, 2], &[1, 2, 3, 4]);
        b[3] = 3;
        assert!(err(&b).contains("cut short"));
        // Dimensions whose product overflows usize.
        let e = err(&encode(ElemType::U8, &[u32::MAX, u32::MAX, u32::MAX], &[]));
        assert!(e.contains("overflow"), "{e}");
        // No items, but one item's size overflows: refused, not wrapped.
        let e = err(&encode(
            ElemType::F64,
            &[0, 1 << 16, 1 << 16, 1 << 16, 1 << 16],
            &[],
        ));
        assert!(e.contains("overflow"), "{e}");
        // A PNG signature is not an IDX magic.
        assert!(err(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").contains("wrong magic"));
    }
}
