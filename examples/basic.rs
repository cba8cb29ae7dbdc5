//! The shortest useful program: analyse a news paragraph and print who said what.
//!
//! ```text
//! cargo run --example basic
//! ```

const TEXT: &str = "\
“We will not raise taxes this year,” Finance Minister Anna Berg said on Tuesday. \
Opposition leader Tom Hale said that the budget would leave hospitals short of money. \
A senior Treasury official said the deficit was larger than the government had announced. \
The central bank declined to comment.";

fn main() {
    let analysis = whosaid::analyze(TEXT);

    println!("speaker | cue | kind | sourcing | content");
    for a in analysis.attribution_refs() {
        // the resolved speaker's name, else the source as written
        let speaker = a.label().unwrap_or_default();
        let cue = a.cue_text().unwrap_or("");
        println!("{speaker} | {cue} | {} | {} | {}", a.kind(), a.sourcing(), a.content_text());
    }

    println!("\nnon-responses:");
    for r in analysis.non_response_refs() {
        let who: Vec<_> = r.labels().collect();
        println!("{} | {} | {}", who.join(" + "), r.cue_text(), r.kind());
    }
}
