//! Stage 7: output records, each a plain serde type.
//!
//! * [`JsonDocument`] ([`Analysis::to_json`]): the whole analysis in the documented JSON
//!   format of `schema/analysis.schema.json`, where every span carries UTF-8 byte offsets
//!   **and** character offsets (and, as options, UTF-16 offsets and its text), so that
//!   Python, JavaScript or any other language can slice the text it has.
//! * [`EvalRecord`] ([`Analysis::to_eval_record`]): one line of the attribution JSONL used
//!   for evaluation (byte spans, the format of PolNeAR's converted corpus), with speaker,
//!   sourcing and provenance fields.
//! * [`CitronDocument`] ([`Analysis::to_citron`]): BBC Citron's JSON annotation format
//!   (character offsets and text), with the resolved speaker.
//!
//! Serialise them with any serde format (`serde_json` in the examples). They are data
//! transfer objects: their public fields *are* the format, and `#[non_exhaustive]` lets
//! the format grow without breaking code that reads them.
//!
//! [`Analysis::to_json`]: crate::Analysis::to_json
//! [`Analysis::to_eval_record`]: crate::Analysis::to_eval_record
//! [`Analysis::to_citron`]: crate::Analysis::to_citron

mod citron;
mod eval;
mod json;

pub use citron::{CitronDocument, CitronQuote, CitronSpan};
pub use eval::{Continuations, EvalAttribution, EvalCiting, EvalRecord, EvalResponse};
pub use json::{
    JsonAttribution, JsonCiting, JsonCue, JsonDocument, JsonNonResponse, JsonOptions,
    JsonParagraph, JsonProfile, JsonQuote, JsonSource, JsonSpan, JsonSpeaker,
};

/// A confidence or share as the number it is meant to be: `0.8`, not `0.800000011920929`
/// (the f32 widened) nor `0.79999995`.
pub(crate) fn clean_number(x: f64, decimals: i32) -> f64 {
    let scale = 10f64.powi(decimals);
    let rounded = (x * scale).round() / scale;
    if rounded.is_finite() { rounded } else { 0.0 }
}

/// Character and UTF-16 offsets of byte offsets into one text, in constant time after one
/// pass: the counts at every [`CharIndex::STEP`]th byte, and a count of the bytes since.
///
/// A character is a Unicode scalar value (what Python's `str`, Rust's `chars()` and
/// JavaScript's `Array.from` count); a UTF-16 unit is what JavaScript, Java and C# string
/// indices count (2 for a character above U+FFFF, such as most emoji).
#[derive(Debug)]
pub(crate) struct CharIndex<'t> {
    bytes: &'t [u8],
    /// (characters, UTF-16 units) before byte `k * STEP`
    marks: Vec<(usize, usize)>,
}

impl<'t> CharIndex<'t> {
    const STEP: usize = 256;

    pub(crate) fn new(text: &'t str) -> Self {
        let bytes = text.as_bytes();
        let mut marks = Vec::with_capacity(bytes.len() / Self::STEP + 1);
        let (mut chars, mut units) = (0, 0);
        for chunk in bytes.chunks(Self::STEP) {
            marks.push((chars, units));
            let (c, u) = Self::count(chunk);
            chars += c;
            units += u;
        }
        marks.push((chars, units));
        CharIndex { bytes, marks }
    }

    /// Characters and UTF-16 units that start in `bytes`: every byte that is not a
    /// continuation byte starts a character, and a 4-byte lead starts two UTF-16 units.
    fn count(bytes: &[u8]) -> (usize, usize) {
        let chars = bytes.iter().filter(|&&b| b & 0xC0 != 0x80).count();
        let astral = bytes.iter().filter(|&&b| b >= 0xF0).count();
        (chars, chars + astral)
    }

    /// (characters, UTF-16 units) before byte offset `byte` (clamped to the text).
    pub(crate) fn at(&self, byte: usize) -> (usize, usize) {
        let byte = byte.min(self.bytes.len());
        let k = byte / Self::STEP;
        let (c0, u0) = self.marks.get(k).copied().unwrap_or((0, 0));
        let (c, u) = Self::count(self.bytes.get(k * Self::STEP..byte).unwrap_or(&[]));
        (c0 + c, u0 + u)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_index_counts_scalars_and_utf16_units() {
        let text = "é😀中a".repeat(200);
        let index = CharIndex::new(&text);
        for (b, _) in text.char_indices().chain(std::iter::once((text.len(), ' '))) {
            let chars = text[..b].chars().count();
            let units = text[..b].encode_utf16().count();
            assert_eq!(index.at(b), (chars, units), "at byte {b}");
        }
        assert_eq!(CharIndex::new("").at(0), (0, 0));
        assert_eq!(index.at(usize::MAX), (800, 1000));
    }

    #[test]
    fn clean_numbers() {
        assert_eq!(clean_number(f64::from(0.8f32), 3).to_string(), "0.8");
        assert_eq!(clean_number(f64::from(0.9f32 - 0.1f32), 3).to_string(), "0.8");
        assert_eq!(clean_number(2.0 / 3.0, 4).to_string(), "0.6667");
        assert_eq!(clean_number(f64::NAN, 3), 0.0);
    }
}
