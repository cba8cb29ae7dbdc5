//! Guard: a reporting verb in the passive that no passive rule before this one takes ("the
//! speech was written by …", "the claim was denied") is no attribution.

use super::{Cx, Verdict};

/// The guard: every cue it sees is passive (`Cues::PASSIVE` in the registry), and no
/// passive rule before it took the cue.
pub(super) fn apply(_: &Cx<'_, '_, '_>) -> Verdict {
    Verdict::Stop
}

#[cfg(test)]
mod tests {
    use super::super::testing::guards;
    use crate::rule::Rule;

    #[test]
    fn other_passives_report_nothing() {
        for text in [
            "The speech was written by Ama Mensah, who said the plan would fail.",
            "The decision was announced that the plant would close.",
        ] {
            let all = super::super::testing::found(text);
            assert!(all.iter().all(|f| f.rule != Rule::OtherPassive), "{all:?}");
        }
        guards("The decision was announced that the plant would close.", Rule::OtherPassive);
    }
}
