//! The lexicon's word table: open addressing over 64-bit hashes, built for the tokenizer's
//! one lookup per word. A probe compares a stored hash first and the key bytes only when the
//! hashes agree, so a word not in the lexicon (most of a text) costs one hash and a probe or
//! two.

/// Multiplier of the hash (the constant of rustc's `FxHasher`).
const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

/// One step of the hash: a word of eight bytes mixed into the state.
#[inline]
pub(crate) fn mix(h: u64, word: u64) -> u64 {
    (h.rotate_left(5) ^ word).wrapping_mul(SEED)
}

/// Hash of a key: its bytes eight at a time, then its length, mixed by multiply-rotate.
#[inline]
pub(crate) fn hash(key: &[u8]) -> u64 {
    let mut h = 0u64;
    let mut chunks = key.chunks_exact(8);
    for c in &mut chunks {
        let mut w = [0u8; 8];
        w.copy_from_slice(c);
        h = mix(h, u64::from_le_bytes(w));
    }
    h = mix(h, pack(chunks.remainder()));
    h = mix(h, key.len() as u64);
    // the high bits are the best mixed: fold them down for the slot number
    h ^ (h >> 29)
}

/// Up to eight bytes as one little-endian integer, zero-padded: two loads that may overlap
/// (their common bytes are the same), not a loop or a `memcpy` call.
#[inline]
fn pack(bytes: &[u8]) -> u64 {
    let b = &bytes[..bytes.len().min(8)];
    let n = b.len();
    let load = |at: usize, width: usize| {
        let mut w = [0u8; 8];
        w[..width].copy_from_slice(&b[at..at + width]);
        u64::from_le_bytes(w) << (8 * at)
    };
    match n {
        0 => 0,
        1 => u64::from(b[0]),
        2..=3 => load(0, 2) | load(n - 2, 2),
        4..=7 => load(0, 4) | load(n - 4, 4),
        _ => load(0, 8),
    }
}

/// Eight ASCII bytes with the capitals lower-cased: bytes in 'A'..='Z' get bit 5 set (for
/// ASCII bytes the sums cannot carry).
#[inline]
fn lower_ascii(w: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    let upper = (w + 0x3f * ONES) & !(w + 0x25 * ONES) & (0x80 * ONES);
    w | (upper >> 2)
}

/// First eight bytes of a key, zero-padded, as one integer.
#[inline]
fn head(key: &[u8]) -> u64 {
    pack(key)
}

/// One table slot: 16 bytes, so that a probe touches one cache line and a key of up to
/// eight bytes (most words) is compared without reading the key store.
#[derive(Debug, Clone, Copy)]
struct Slot {
    /// first eight bytes of the key
    head: u64,
    /// low half of the key's hash
    hash: u32,
    /// entry number plus one (0 for an empty slot) in the low 24 bits, the key's length
    /// (at most 255) in the high 8
    entry_len: u32,
}

const EMPTY: Slot = Slot { head: 0, hash: 0, entry_len: 0 };

/// Most entries the table holds (entry numbers have 24 bits).
const MAX_ENTRIES: usize = (1 << 24) - 2;

/// Longest key the table holds.
pub(crate) const MAX_KEY: usize = 255;

/// Keys (lower-cased words) to entry numbers.
#[derive(Debug, Clone, Default)]
pub(crate) struct WordIndex {
    slots: Vec<Slot>,
    /// key of each entry, by entry number
    keys: Vec<Box<[u8]>>,
}

impl WordIndex {
    /// The entry number of `key`.
    #[inline]
    pub(crate) fn get(&self, key: &[u8]) -> Option<u32> {
        if key.len() > MAX_KEY {
            return None;
        }
        self.get_hashed(key, hash(key))
    }

    /// An ASCII word (at most 40 bytes) looked up in lower case: the word is lower-cased
    /// and hashed eight bytes at a time as it is read, with no copy.
    #[inline]
    pub(crate) fn get_ascii_lower(&self, word: &[u8]) -> Option<u32> {
        let n = word.len();
        if n > 40 {
            return None;
        }
        // full words, then the zero-padded rest (a whole zero word when `n` is a multiple
        // of 8), exactly as `hash` does
        let mut chunks = word.chunks_exact(8);
        let mut h = 0u64;
        let mut first = None;
        for c in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            let lower = lower_ascii(u64::from_le_bytes(w));
            first.get_or_insert(lower);
            h = mix(h, lower);
        }
        let rest = lower_ascii(pack(chunks.remainder()));
        h = mix(h, rest);
        h = mix(h, n as u64);
        // the first eight bytes, zero-padded: the key's head
        let head = first.unwrap_or(rest);
        self.probe(h ^ (h >> 29), head, n, |tail| tail.eq_ignore_ascii_case(&word[8..]))
    }

    #[inline]
    fn get_hashed(&self, key: &[u8], h: u64) -> Option<u32> {
        self.get_hashed_head(key, h, head(key))
    }

    /// [`Self::get_hashed`] with the key's [`head`] computed by the caller.
    #[inline]
    fn get_hashed_head(&self, key: &[u8], h: u64, head: u64) -> Option<u32> {
        self.probe(h, head, key.len(), |tail| tail == &key[8..])
    }

    /// The entry whose key has hash `h`, head `head` and length `n`, and whose bytes past
    /// the head pass `tail_is` (asked only of keys longer than eight bytes).
    #[inline]
    fn probe(&self, h: u64, head: u64, n: usize, tail_is: impl Fn(&[u8]) -> bool) -> Option<u32> {
        if self.slots.is_empty() {
            return None;
        }
        let mask = self.slots.len() - 1;
        let mut i = h as usize & mask;
        loop {
            let s = self.slots[i];
            let entry = s.entry_len & 0x00FF_FFFF;
            if entry == 0 {
                return None;
            }
            if s.hash == h as u32
                && s.head == head
                && (s.entry_len >> 24) as usize == n
                && (n <= 8 || tail_is(&self.keys[(entry - 1) as usize][8..]))
            {
                return Some(entry - 1);
            }
            i = (i + 1) & mask;
        }
    }

    /// Adds `key` as the next entry number; the caller checked it is new. `None` when the
    /// key is longer than [`MAX_KEY`] or the table is full.
    pub(crate) fn insert_new(&mut self, key: Box<[u8]>) -> Option<u32> {
        if key.len() > MAX_KEY || self.keys.len() >= MAX_ENTRIES {
            return None;
        }
        let n = self.keys.len() as u32;
        // at most half full, so probes stay short and the loop in `get` always ends
        if (self.keys.len() + 1) * 2 > self.slots.len() {
            self.grow();
        }
        let h = hash(&key);
        let slot = Slot {
            head: head(&key),
            hash: h as u32,
            entry_len: (n + 1) | ((key.len() as u32) << 24),
        };
        self.place(h, slot);
        self.keys.push(key);
        Some(n)
    }

    fn place(&mut self, h: u64, slot: Slot) {
        let mask = self.slots.len() - 1;
        let mut i = h as usize & mask;
        while self.slots[i].entry_len != 0 {
            i = (i + 1) & mask;
        }
        self.slots[i] = slot;
    }

    fn grow(&mut self) {
        let size = (self.slots.len() * 2).max(64);
        let old = std::mem::replace(&mut self.slots, vec![EMPTY; size]);
        for s in old.into_iter().filter(|s| s.entry_len != 0) {
            let entry = (s.entry_len & 0x00FF_FFFF) - 1;
            let h = hash(&self.keys[entry as usize]);
            self.place(h, s);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_what_was_inserted_and_nothing_else() {
        let mut ix = WordIndex::default();
        assert_eq!(ix.get(b"said"), None);
        let words: Vec<String> = (0..5000).map(|i| format!("w{i}")).collect();
        for (i, w) in words.iter().enumerate() {
            assert_eq!(ix.insert_new(w.as_bytes().into()), Some(i as u32));
        }
        for (i, w) in words.iter().enumerate() {
            assert_eq!(ix.get(w.as_bytes()), Some(i as u32));
        }
        assert_eq!(ix.get(b"w5000"), None);
        assert_eq!(ix.get(b""), None);
    }

    #[test]
    fn keys_differing_only_in_length_or_padding_differ() {
        let mut ix = WordIndex::default();
        ix.insert_new(b"a".as_slice().into());
        ix.insert_new(b"a\0".as_slice().into());
        assert_eq!(ix.get(b"a"), Some(0));
        assert_eq!(ix.get(b"a\0"), Some(1));
        assert_eq!(ix.get(b"a\0\0"), None);
    }

    #[test]
    fn ascii_lookup_lowercases_and_hashes_like_the_plain_one() {
        let mut ix = WordIndex::default();
        let words =
            ["", "a", "said", "u.s.", "don't", "eightchr", "ninechars", "a-sixteen-letter", "@[`{"];
        for w in words {
            ix.insert_new(w.as_bytes().into());
        }
        for (i, w) in words.iter().enumerate() {
            assert_eq!(
                ix.get_ascii_lower(w.to_ascii_uppercase().as_bytes()),
                Some(i as u32),
                "{w}"
            );
            assert_eq!(ix.get_ascii_lower(w.as_bytes()), Some(i as u32), "{w}");
        }
        // the characters around 'A'..='Z' are not changed
        assert_eq!(ix.get_ascii_lower(b"@[`{"), Some(8));
        assert_eq!(ix.get_ascii_lower(b"x".repeat(41).as_slice()), None);
    }

    #[test]
    fn pack_reads_any_length_up_to_eight_bytes() {
        let bytes = b"abcdefghij";
        for n in 0..=10 {
            let mut want = 0u64;
            for (i, &b) in bytes[..n.min(8)].iter().enumerate() {
                want |= u64::from(b) << (8 * i);
            }
            assert_eq!(pack(&bytes[..n]), want, "{n}");
        }
    }

    #[test]
    fn long_keys_compare_past_their_first_eight_bytes() {
        let mut ix = WordIndex::default();
        ix.insert_new(b"administration".as_slice().into());
        ix.insert_new(b"administrator".as_slice().into());
        assert_eq!(ix.get(b"administration"), Some(0));
        assert_eq!(ix.get(b"administrator"), Some(1));
        assert_eq!(ix.get(b"administrations"), None);
        assert_eq!(ix.get(b"administratio"), None);
        assert_eq!(ix.get_ascii_lower(b"AdMinistration"), Some(0));
        assert_eq!(ix.get_ascii_lower(b"ADMINISTRATOR"), Some(1));
        let long = vec![b'x'; MAX_KEY + 1];
        assert_eq!(ix.insert_new(long.clone().into()), None);
        assert_eq!(ix.get(&long), None);
    }
}
