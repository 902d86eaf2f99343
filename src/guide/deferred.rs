//! A tab's content, decoded when it is first read.
//!
//! The shipped guide is stored pre-parsed (`build.rs`, `src/shipped.rs`),
//! and each tab's content inside it as bytes of its own. Reading the guide
//! decodes its outline (titles, the UI's words, the diary's settings) and
//! leaves each tab's content stored until something reads it: a start that
//! shows one tab decodes that tab, not the whole guide, and holds only it in
//! memory. Content read from anything but the shipped guide's stored form (a
//! `--guide` file, a test's guide) is decoded at once, as before.

use std::fmt;
use std::marker::PhantomData;
use std::sync::{Arc, OnceLock};

use serde::de::{DeserializeOwned, Visitor};
use serde::ser::Error as _;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Content decoded on first read; cloning shares it. It reads as its
/// content (`Deref`).
pub struct Deferred<T: ?Sized>(Arc<Slot<T>>);

struct Slot<T: ?Sized> {
    value: OnceLock<Box<T>>,
    /// Its stored form, while it is not decoded yet.
    stored: &'static [u8],
}

/// Bytes that live as long as the program (the shipped guide's stored
/// form), in which content may stay stored until read, and what to do with
/// them after each read.
#[derive(Clone, Copy)]
pub struct Archive {
    pub bytes: &'static [u8],
    /// Called with `bytes` after content is decoded from them (the shipped
    /// guide gives its pages back to the kernel).
    pub after_read: fn(&'static [u8]),
}

static ARCHIVE: OnceLock<Archive> = OnceLock::new();

/// Lets content deserialized from inside `archive.bytes` stay stored until
/// it is read. Only the first archive counts (the program has one).
pub fn defer_within(archive: Archive) {
    let _ = ARCHIVE.set(archive);
}

/// `bytes` as a part of the program's archive, when they lie inside it.
fn archived(bytes: &[u8]) -> Option<(&'static [u8], Archive)> {
    let archive = *ARCHIVE.get()?;
    Some((part_of(archive.bytes, bytes)?, archive))
}

/// `bytes` as the same part of `whole`, when they lie inside it: found by
/// address, so content read from a copy of the archive is not taken for it.
fn part_of(whole: &'static [u8], bytes: &[u8]) -> Option<&'static [u8]> {
    let start = (bytes.as_ptr() as usize).checked_sub(whole.as_ptr() as usize)?;
    whole.get(start..start.checked_add(bytes.len())?)
}

impl<T: ?Sized> Deferred<T> {
    /// Content that is already decoded.
    pub fn new(value: Box<T>) -> Deferred<T> {
        Deferred(Arc::new(Slot { value: OnceLock::from(value), stored: &[] }))
    }

    /// Whether the content has been decoded (read, or never stored).
    pub fn is_decoded(&self) -> bool {
        self.0.value.get().is_some()
    }
}

impl<T: ?Sized> std::ops::Deref for Deferred<T>
where
    Box<T>: DeserializeOwned,
{
    type Target = T;

    fn deref(&self) -> &T {
        self.boxed()
    }
}

impl<T: ?Sized> Deferred<T>
where
    Box<T>: DeserializeOwned,
{
    /// The content, decoded now if it was not; as its box, which is what
    /// [`Deferred::make_mut`] copies (a `[T]` cannot be cloned, its box can).
    #[allow(clippy::borrowed_box)]
    fn boxed(&self) -> &Box<T> {
        self.0.value.get_or_init(|| {
            let value = postcard::from_bytes(self.0.stored)
                .expect("a tab's stored content decodes: build.rs wrote it from the same model (tests/shipped.rs)");
            if let Some((_, archive)) = archived(self.0.stored) {
                (archive.after_read)(archive.bytes);
            }
            value
        })
    }

    /// The content to change: copied first when it is shared, as
    /// `Arc::make_mut` does (a test's variant of a guide).
    pub fn make_mut(this: &mut Deferred<T>) -> &mut T
    where
        Box<T>: Clone,
    {
        if Arc::get_mut(&mut this.0).is_none_or(|slot| slot.value.get().is_none()) {
            *this = Deferred::new(this.boxed().clone());
        }
        let slot = Arc::get_mut(&mut this.0).and_then(|slot| slot.value.get_mut());
        slot.expect("a content just copied is decoded and not shared")
    }
}

impl<T: ?Sized> Clone for Deferred<T> {
    fn clone(&self) -> Deferred<T> {
        Deferred(Arc::clone(&self.0))
    }
}

impl<T> From<T> for Deferred<T> {
    fn from(value: T) -> Deferred<T> {
        Deferred::new(Box::new(value))
    }
}

impl<T> From<Vec<T>> for Deferred<[T]> {
    fn from(items: Vec<T>) -> Deferred<[T]> {
        Deferred::new(items.into_boxed_slice())
    }
}

impl<T: Clone> From<&[T]> for Deferred<[T]> {
    fn from(items: &[T]) -> Deferred<[T]> {
        Deferred::new(items.into())
    }
}

impl<T> FromIterator<T> for Deferred<[T]> {
    fn from_iter<I: IntoIterator<Item = T>>(items: I) -> Deferred<[T]> {
        Deferred::new(items.into_iter().collect())
    }
}

impl<T: ?Sized + PartialEq> PartialEq for Deferred<T>
where
    Box<T>: DeserializeOwned,
{
    fn eq(&self, other: &Deferred<T>) -> bool {
        **self == **other
    }
}

/// Shows the content if it is decoded; printing does not decode it.
impl<T: ?Sized + fmt::Debug> fmt::Debug for Deferred<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0.value.get() {
            Some(value) => value.fmt(f),
            None => write!(f, "(stored, {} bytes, not read yet)", self.0.stored.len()),
        }
    }
}

/// Stored as the bytes of its own pre-parsed form, so it can be decoded
/// apart from the rest.
impl<T: ?Sized + Serialize> Serialize for Deferred<T>
where
    Box<T>: DeserializeOwned,
{
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let bytes = postcard::to_stdvec(&**self).map_err(S::Error::custom)?;
        serializer.serialize_bytes(&bytes)
    }
}

impl<'de, T: ?Sized> Deserialize<'de> for Deferred<T>
where
    Box<T>: DeserializeOwned,
{
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Deferred<T>, D::Error> {
        deserializer.deserialize_bytes(StoredVisitor(PhantomData))
    }
}

struct StoredVisitor<T: ?Sized>(PhantomData<fn() -> Box<T>>);

impl<'de, T: ?Sized> Visitor<'de> for StoredVisitor<T>
where
    Box<T>: DeserializeOwned,
{
    type Value = Deferred<T>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("the bytes of a tab's stored content")
    }

    fn visit_borrowed_bytes<E: serde::de::Error>(self, bytes: &'de [u8]) -> Result<Deferred<T>, E> {
        match archived(bytes) {
            Some((stored, _)) => Ok(Deferred(Arc::new(Slot { value: OnceLock::new(), stored }))),
            None => self.visit_bytes(bytes),
        }
    }

    fn visit_bytes<E: serde::de::Error>(self, bytes: &[u8]) -> Result<Deferred<T>, E> {
        postcard::from_bytes(bytes).map(Deferred::new).map_err(E::custom)
    }
}

#[cfg(test)]
#[path = "deferred_test.rs"]
mod tests;
