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
    for a in analysis.attributions() {
        // the resolved speaker's name, else the source as written
        let speaker =
            analysis.speaker_name(a).or_else(|| analysis.source_text_of(a)).unwrap_or("?");
        let cue = a.cue().map_or("", |c| analysis.text(c.span()));
        let content: Vec<&str> = a.content().iter().map(|&s| analysis.text(s)).collect();
        println!(
            "{speaker} | {cue} | {} | {} | {}",
            format!("{:?}", a.kind()).to_lowercase(),
            a.sourcing().as_str(),
            content.join(" … ")
        );
    }

    println!("\nnon-responses:");
    for r in analysis.non_responses() {
        let who: Vec<&str> = r
            .sources()
            .iter()
            .filter_map(|&m| analysis.mention(m))
            .map(|m| analysis.text(m.span()))
            .collect();
        println!("{} | {} | {}", who.join(" + "), analysis.text(r.cue()), r.kind().as_eval_str());
    }
}
