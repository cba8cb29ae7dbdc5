//! How text splits into words: the word scanner the tokenizer uses, and the same split for
//! the phrases of the lexicons (outlet names), so that both agree.

/// End of the word starting at `start`. Stops before `stop` (a quotation mark).
pub(crate) fn scan_word(text: &str, start: usize, stop: Option<usize>) -> usize {
    let stop = stop.unwrap_or(usize::MAX);
    if let Some(end) = ascii_run_end(text, start, stop) {
        return end;
    }
    let end = joined_end(text, start, stop);
    // "U.S." and "D.C.": a word of single letters joined by periods keeps its final period.
    let word = &text[start..end];
    if word.contains('.') && text[end..].starts_with('.') && end < stop {
        let all_single = word.split('.').all(|p| p.chars().count() == 1);
        if all_single {
            return end + 1;
        }
    }
    end
}

/// The fast path of [`scan_word`]: the end of a run of ASCII letters and digits from
/// `start` ended by a plain ASCII character (or the text's end, or `stop`), if the word is
/// that run.
#[inline]
fn ascii_run_end(text: &str, start: usize, stop: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let run = &bytes[start..stop.min(bytes.len()).max(start)];
    let k = start + run.iter().position(|b| !b.is_ascii_alphanumeric()).unwrap_or(run.len());
    (k > start && run_ends_word(text, k, stop)).then_some(k)
}

/// Whether a run of ASCII letters and digits that stops at `k` is a whole word, before
/// `stop`: a joiner ("-", "'", ".", ",", "&") continues a word only before an alphanumeric
/// character, so one followed by anything else ends it; so does a character that is
/// neither a joiner nor part of a word (a curly quotation mark, a dash).
#[inline]
pub(crate) fn run_ends_word(text: &str, k: usize, stop: usize) -> bool {
    let bytes = text.as_bytes();
    let alphanumeric_at = |k: usize| match bytes.get(k) {
        None => false,
        Some(b) if b.is_ascii() => b.is_ascii_alphanumeric(),
        Some(_) => text[k..].chars().next().is_some_and(char::is_alphanumeric),
    };
    let Some(&b) = bytes.get(k) else { return true };
    if k >= stop {
        true
    } else if b.is_ascii() {
        !matches!(b, b'-' | b'\'' | b'.' | b',' | b'&') || !alphanumeric_at(k + 1)
    } else {
        text[k..]
            .chars()
            .next()
            .is_some_and(|c| !(is_word_char(c) || is_combining(c) || matches!(c, '‐' | '‑' | '’')))
    }
}

/// End of the word from `start` through letters, digits, combining marks and the joiners
/// that continue it (see [`joins`]), before `stop`.
fn joined_end(text: &str, start: usize, stop: usize) -> usize {
    let mut end = start;
    let mut seg_start = start; // start of the current alphanumeric run
    for (k, c) in text[start..].char_indices().map(|(k, c)| (start + k, c)) {
        if k >= stop {
            break;
        }
        if is_word_char(c) || is_combining(c) {
            end = k + c.len_utf8();
            continue;
        }
        if !joins(text, &text[seg_start..k], k, c, stop) {
            break;
        }
        // consume the joiner; the loop continues with the next character
        seg_start = k + c.len_utf8();
        end = seg_start;
    }
    end
}

/// Whether the character `c` at `k`, after the alphanumeric run `prev_run`, joins it to
/// what follows: a hyphen, an apostrophe that starts no clitic, the period of an initial or
/// a decimal, the comma of a thousands group, the ampersand between capitals; each only
/// before a letter or digit, and before `stop`.
fn joins(text: &str, prev_run: &str, k: usize, c: char, stop: usize) -> bool {
    let next = text[k + c.len_utf8()..].chars().next();
    if !next.is_some_and(char::is_alphanumeric) || k + c.len_utf8() >= stop {
        return false;
    }
    match c {
        '-' | '‐' | '‑' => true,
        '\'' | '’' => !is_clitic_at(text, k + c.len_utf8()),
        '.' => {
            let single_letter =
                prev_run.chars().count() == 1 && prev_run.chars().all(char::is_alphabetic);
            let digits = prev_run.chars().last().is_some_and(|p| p.is_ascii_digit())
                && next.is_some_and(|n| n.is_ascii_digit());
            single_letter || digits
        }
        ',' => {
            prev_run.chars().last().is_some_and(|p| p.is_ascii_digit())
                && text[k + 1..].bytes().take(3).filter(u8::is_ascii_digit).count() == 3
                && !text.as_bytes().get(k + 4).is_some_and(u8::is_ascii_digit)
        }
        '&' => prev_run.chars().all(|p| p.is_uppercase()) && next.is_some_and(char::is_uppercase),
        _ => false,
    }
}

/// Whether `c` is a letter or digit, without the Unicode tables for ASCII and for the
/// General Punctuation block (dashes, curly quotes, ellipsis), which news text is full of.
#[inline]
pub(crate) fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        !('\u{2000}'..='\u{206F}').contains(&c) && c.is_alphanumeric()
    }
}

/// Combining marks (accents typed as separate code points: "Jose\u{301}") belong to the
/// word they follow.
fn is_combining(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

/// Whether the apostrophe ending at `after` starts a clitic: s, re, ll, ve, d, m followed by
/// a non-letter.
fn is_clitic_at(text: &str, after: usize) -> bool {
    let rest = &text[after..];
    let letters: usize = rest.chars().take_while(|c| c.is_alphanumeric()).map(char::len_utf8).sum();
    is_clitic(&rest[..letters])
}

/// Whether `rest`, the letters after an apostrophe that follows a word, make a clitic of
/// their own: the possessive "’s" and the contractions "’re", "’ll", "’ve", "’d", "’m" (in
/// lower case, or the "’S" of a headline in capitals). Orthography, not vocabulary: the
/// tokenizer needs it before any lexicon, and the lexicon's own keys are split by it.
pub(crate) fn is_clitic(rest: &str) -> bool {
    matches!(rest, "s" | "re" | "ll" | "ve" | "d" | "m" | "S")
}

/// Lower-case lexicon keys of the words of a phrase, as the tokenizer splits them
/// ("The Washington Post" gives "the", "washington", "post").
pub(crate) fn word_keys(phrase: &str) -> Vec<String> {
    let mut keys = Vec::new();
    let mut i = 0;
    while i < phrase.len() {
        let Some(c) = phrase[i..].chars().next() else { break };
        if c.is_whitespace() {
            i += c.len_utf8();
            continue;
        }
        let end = if c.is_alphanumeric() { scan_word(phrase, i, None) } else { i + c.len_utf8() };
        keys.push(normalize_key(&phrase[i..end]));
        i = end;
    }
    keys
}

/// The case folding of the whole crate: a word's characters lower-cased, both curly
/// apostrophes written `'`. Lexicon keys, lookups ([`Lexicon::lookup`]'s fast path folds
/// the same way, byte by byte), word comparisons and the keys of speakers' names all go
/// through it, so that two spellings are the same word in one place exactly when they are
/// in every other.
///
/// [`Lexicon::lookup`]: crate::lexicon::Lexicon::lookup
pub(crate) fn fold(word: &str) -> impl Iterator<Item = char> + '_ {
    word.chars().flat_map(|c| {
        let one = match c {
            '’' | '‘' => Some('\''),
            c if c.is_ascii() => Some(c.to_ascii_lowercase()),
            _ => None,
        };
        let many = one.is_none().then(|| c.to_lowercase()).into_iter().flatten();
        one.into_iter().chain(many)
    })
}

/// A word folded ([`fold`]) into a key for lookup.
pub(crate) fn normalize_key(word: &str) -> String {
    // (an ASCII word folds byte by byte, into a string of its length)
    if word.is_ascii() {
        return word.to_ascii_lowercase();
    }
    fold(word).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`scan_word`] without its ASCII fast path.
    fn scan_word_slowly(text: &str, start: usize, stop: Option<usize>) -> usize {
        let stop = stop.unwrap_or(usize::MAX);
        let end = joined_end(text, start, stop);
        let word = &text[start..end];
        if word.contains('.')
            && text[end..].starts_with('.')
            && end < stop
            && word.split('.').all(|p| p.chars().count() == 1)
        {
            return end + 1;
        }
        end
    }

    #[test]
    fn the_fast_path_ends_words_where_the_full_scan_does() {
        let words = ["said", "x", "U", "1", "Jean", "AT", "rock", "e"];
        let after = [
            ",”",
            ",“",
            "-é",
            "-”",
            "’s",
            "’y",
            "’”",
            "'s",
            "'t",
            "'”",
            "‐Émile",
            "‑Émile",
            ".",
            ".S.",
            "..",
            ",000",
            ",00",
            "&T",
            "&t",
            "\u{301}x",
            "—",
            "–",
            "…",
            "”",
            "“",
            "é",
            "漢",
            "😀",
            " ",
            "",
            "-",
            "-x",
            "'",
            ",",
            "&",
            ".”",
            "-\u{301}",
            ",é",
            ".é",
            "&É",
        ];
        for w in words {
            for a in after {
                for tail in ["", " more", "”", "x"] {
                    let text = format!("{w}{a}{tail}");
                    for stop in [None, Some(text.len()), Some(w.len() + 1)] {
                        let stop = stop.filter(|&s| text.is_char_boundary(s));
                        assert_eq!(
                            scan_word(&text, 0, stop),
                            scan_word_slowly(&text, 0, stop),
                            "{text:?} stop {stop:?}"
                        );
                    }
                }
            }
        }
    }
}
