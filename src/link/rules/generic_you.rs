//! Guard: the generic "you" ("If you don't believe your federal government, …") is no
//! source.

use super::{Cx, Verdict};

/// The guard.
pub(super) fn apply(cx: &Cx<'_, '_, '_>) -> Verdict {
    if cx.subj_is("you") { Verdict::Stop } else { Verdict::Next }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{found, found_without};
    use crate::rule::Rule;

    #[test]
    fn you_is_no_source() {
        let text = "If you believe the forecast, the rain will stop.";
        assert!(found(text).is_empty(), "{:?}", found(text));
        assert!(!found_without(text, Rule::GenericYou).is_empty());
    }
}
