//! Quotation marks, recognised with nom, and their role from the characters around them.

use nom::Parser;
use nom::branch::alt;
use nom::bytes::complete::tag;
use nom::combinator::value;

use crate::model::QuoteStyle;
use crate::parse::{Input, PResult};

/// A quotation-mark character (or pair) as written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Mark {
    /// “
    LeftDouble,
    /// ”
    RightDouble,
    /// „
    LowDouble,
    /// ‟
    ReversedDouble,
    /// «
    LeftGuillemet,
    /// »
    RightGuillemet,
    /// ‹
    LeftSingleGuillemet,
    /// ›
    RightSingleGuillemet,
    /// ‘
    LeftSingle,
    /// ’
    RightSingle,
    /// ‚
    LowSingle,
    /// ‛
    ReversedSingle,
    /// " or ＂
    Straight,
    /// '
    StraightSingle,
    /// ''
    DoubledApostrophe,
    /// ``
    DoubledBacktick,
}

/// double_mark := “ | ” | „ | ‟ | « | » | " | ＂ | '' | ``
fn double_mark(i: Input<'_>) -> PResult<'_, Mark> {
    alt((
        value(Mark::LeftDouble, tag("“")),
        value(Mark::RightDouble, tag("”")),
        value(Mark::LowDouble, tag("„")),
        value(Mark::ReversedDouble, tag("‟")),
        value(Mark::LeftGuillemet, tag("«")),
        value(Mark::RightGuillemet, tag("»")),
        value(Mark::DoubledApostrophe, tag("''")),
        value(Mark::DoubledBacktick, tag("``")),
        value(Mark::Straight, tag("\"")),
        value(Mark::Straight, tag("＂")),
    ))
    .parse_complete(i)
}

/// single_mark := ‘ | ’ | ‚ | ‛ | ‹ | › | '
fn single_mark(i: Input<'_>) -> PResult<'_, Mark> {
    alt((
        value(Mark::LeftSingle, tag("‘")),
        value(Mark::RightSingle, tag("’")),
        value(Mark::LowSingle, tag("‚")),
        value(Mark::ReversedSingle, tag("‛")),
        value(Mark::LeftSingleGuillemet, tag("‹")),
        value(Mark::RightSingleGuillemet, tag("›")),
        value(Mark::StraightSingle, tag("'")),
    ))
    .parse_complete(i)
}

/// mark := double_mark | single_mark   (double first, so that '' is one mark)
pub(crate) fn mark(i: Input<'_>) -> PResult<'_, Mark> {
    alt((double_mark, single_mark)).parse_complete(i)
}

/// Whether the character can start a quotation mark; the scanner calls [`mark`] only there.
pub(crate) fn may_start_mark(c: char) -> bool {
    matches!(
        c,
        '“' | '”'
            | '„'
            | '‟'
            | '«'
            | '»'
            | '‹'
            | '›'
            | '‘'
            | '’'
            | '‚'
            | '‛'
            | '"'
            | '＂'
            | '\''
            | '`'
    )
}

/// Double or single quotation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Family {
    Double,
    Single,
}

/// What a mark does where it stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Role {
    Open(Family, QuoteStyle),
    Close(Family),
    /// A straight mark: opens or closes depending on what is open.
    Toggle(Family, QuoteStyle),
    /// ’ after a word: closes a single quotation if one is open, else an apostrophe.
    CloseOrApostrophe,
    /// Not a quotation mark.
    Apostrophe,
}

fn alnum(c: Option<char>) -> bool {
    c.is_some_and(char::is_alphanumeric)
}

fn space(c: Option<char>) -> bool {
    c.is_none_or(char::is_whitespace)
}

/// Characters after which a straight single mark may open a quotation.
fn opens_after(c: Option<char>) -> bool {
    match c {
        None => true,
        Some(c) => c.is_whitespace() || "([{<—–-/“„‟«\"".contains(c),
    }
}

/// The role of `mark`, from the characters just before and after it.
pub(crate) fn role(mark: Mark, prev: Option<char>, next: Option<char>) -> Role {
    use Family::{Double, Single};
    let digit_next = next.is_some_and(|c| c.is_ascii_digit());
    match mark {
        Mark::LeftDouble | Mark::ReversedDouble => Role::Open(Double, QuoteStyle::CurlyDouble),
        Mark::RightDouble => Role::Close(Double),
        Mark::LowDouble => Role::Open(Double, QuoteStyle::LowHigh),
        Mark::LeftGuillemet => Role::Open(Double, QuoteStyle::Guillemets),
        Mark::RightGuillemet => Role::Close(Double),
        Mark::LeftSingleGuillemet => Role::Open(Single, QuoteStyle::SingleGuillemets),
        Mark::RightSingleGuillemet => Role::Close(Single),
        Mark::Straight => Role::Toggle(Double, QuoteStyle::StraightDouble),
        Mark::DoubledApostrophe => Role::Toggle(Double, QuoteStyle::DoubledApostrophes),
        Mark::DoubledBacktick => Role::Open(Double, QuoteStyle::DoubledApostrophes),
        Mark::LeftSingle | Mark::LowSingle | Mark::ReversedSingle => {
            if (digit_next && !alnum(prev)) || (alnum(prev) && alnum(next)) {
                Role::Apostrophe // ‘90s, rock‘n‘roll
            } else {
                Role::Open(Single, QuoteStyle::CurlySingle)
            }
        }
        Mark::RightSingle | Mark::StraightSingle => {
            if (alnum(prev) && alnum(next)) || (digit_next && !alnum(prev)) {
                Role::Apostrophe // don’t, world’s, ’90s
            } else if !space(prev) {
                Role::CloseOrApostrophe // Jones’ or the end of ‘peace plan,’
            } else if mark == Mark::StraightSingle
                && next.is_some_and(char::is_alphabetic)
                && opens_after(prev)
            {
                Role::Toggle(Single, QuoteStyle::StraightSingle)
            } else {
                Role::Apostrophe // ’em, ’til
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recognises_each_mark_and_its_length() {
        for (s, m, len) in [
            ("“a", Mark::LeftDouble, 3),
            ("”", Mark::RightDouble, 3),
            ("„", Mark::LowDouble, 3),
            ("«", Mark::LeftGuillemet, 2),
            ("»", Mark::RightGuillemet, 2),
            ("''x", Mark::DoubledApostrophe, 2),
            ("'x", Mark::StraightSingle, 1),
            ("\"", Mark::Straight, 1),
            ("＂", Mark::Straight, 3),
            ("``", Mark::DoubledBacktick, 2),
            ("‹", Mark::LeftSingleGuillemet, 3),
        ] {
            let (rest, got) = mark(s).unwrap();
            assert_eq!(got, m, "{s}");
            assert_eq!(s.len() - rest.len(), len, "{s}");
        }
        assert!(mark("a").is_err());
        assert!(mark("").is_err(), "complete semantics: no Incomplete on empty input");
    }

    #[test]
    fn apostrophes_are_not_marks() {
        assert_eq!(role(Mark::RightSingle, Some('n'), Some('t')), Role::Apostrophe);
        assert_eq!(role(Mark::RightSingle, Some(' '), Some('9')), Role::Apostrophe);
        assert_eq!(role(Mark::LeftSingle, Some(' '), Some('9')), Role::Apostrophe);
        assert_eq!(role(Mark::StraightSingle, Some('k'), Some(' ')), Role::CloseOrApostrophe);
        assert_eq!(
            role(Mark::StraightSingle, Some(' '), Some('p')),
            Role::Toggle(Family::Single, QuoteStyle::StraightSingle)
        );
        assert_eq!(role(Mark::RightSingle, Some(' '), Some('e')), Role::Apostrophe);
    }
}
