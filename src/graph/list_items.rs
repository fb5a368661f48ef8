//! Lenient lists read straight from the response text: a bad item costs only itself, and the
//! items are not first copied into a `serde_json::Value` tree (each copy of a page's alerts and
//! evidence used to cost as much as reading them).

use std::fmt;
use std::marker::PhantomData;

use serde::de::value::MapAccessDeserializer;
use serde::de::{DeserializeOwned, DeserializeSeed, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Deserializer};
use serde_json::Value;

/// How one list item is read so that a misfit costs only that item.
pub trait ListItem: Sized {
    /// `None` for an item that does not fit; an error only when the input itself is broken.
    fn read<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Self>, D::Error>;
}

/// Reads the item into a JSON tree first, so nothing inside it can fail the list (for small items).
pub fn read_buffered<'de, D: Deserializer<'de>, T: DeserializeOwned>(d: D) -> Result<Option<T>, D::Error> {
    Ok(serde_json::from_value(Value::deserialize(d)?).ok())
}

/// Reads an object straight into `T`; anything else is `None`. Only for types whose fields are all
/// lenient and have no aliases: the one misfit left is a key repeated in the text, which fails the
/// read, and `page::decode_page` then reads the page again through a JSON tree (where it cannot).
pub fn read_object<'de, D: Deserializer<'de>, T: Deserialize<'de>>(d: D) -> Result<Option<T>, D::Error> {
    d.deserialize_any(ObjectOnly(PhantomData))
}

// Strings only (a number in a list of tags is dropped), read without a JSON tree.
impl ListItem for String {
    fn read<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Self>, D::Error> {
        string_only(d)
    }
}

/// A string only; anything else (a number, an object…) is `None`, read past without building it.
fn string_only<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    d.deserialize_any(StringOnly)
}

/// A list whose bad items are dropped one by one; `null` or a non-list is an empty list.
pub fn list<'de, D: Deserializer<'de>, T: ListItem>(d: D) -> Result<Vec<T>, D::Error> {
    Ok(d.deserialize_any(Items(PhantomData))?.unwrap_or_default())
}

/// Like [`list`], but keeps "absent or null" apart from "empty" (used for `$expand`ed alerts).
pub fn optional_list<'de, D: Deserializer<'de>, T: ListItem>(d: D) -> Result<Option<Vec<T>>, D::Error> {
    d.deserialize_any(Items(PhantomData))
}

/// Skips whatever is not the expected shape, consuming it so reading can go on.
macro_rules! absent_unless_map_or_seq {
    () => {
        fn visit_str<E>(self, _: &str) -> Result<Self::Value, E> {
            Ok(None)
        }
        absent_scalars!();
    };
}

/// Numbers, booleans and `null` read as absent.
macro_rules! absent_scalars {
    () => {
        fn visit_bool<E>(self, _: bool) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_i64<E>(self, _: i64) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_u64<E>(self, _: u64) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_f64<E>(self, _: f64) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_unit<E>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_none<E>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
            d.deserialize_any(self)
        }
    };
}

struct Items<T>(PhantomData<T>);

impl<'de, T: ListItem> Visitor<'de> for Items<T> {
    type Value = Option<Vec<T>>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a list")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(256));
        while let Some(item) = seq.next_element_seed(Item(PhantomData))? {
            items.extend(item);
        }
        Ok(Some(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(None)
    }

    absent_unless_map_or_seq!();
}

struct Item<T>(PhantomData<T>);

impl<'de, T: ListItem> DeserializeSeed<'de> for Item<T> {
    type Value = Option<T>;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        T::read(d)
    }
}

struct ObjectOnly<T>(PhantomData<T>);

impl<'de, T: Deserialize<'de>> Visitor<'de> for ObjectOnly<T> {
    type Value = Option<T>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an object")
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
        T::deserialize(MapAccessDeserializer::new(map)).map(Some)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(None)
    }

    absent_unless_map_or_seq!();
}

struct StringOnly;

impl<'de> Visitor<'de> for StringOnly {
    type Value = Option<String>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a string")
    }

    fn visit_str<E>(self, s: &str) -> Result<Self::Value, E> {
        Ok(Some(s.to_owned()))
    }

    fn visit_string<E>(self, s: String) -> Result<Self::Value, E> {
        Ok(Some(s))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(None)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(None)
    }

    absent_scalars!();
}
