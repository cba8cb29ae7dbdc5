use proptest::prelude::*;
use proptest::strategy::ValueTree;
use proptest::test_runner::TestRunner;
include!("properties_gen.rs.inc");
#[test]
fn sample() {
    let mut runner = TestRunner::default();
    let (mut n, mut atts, mut quotes, mut nrs) = (0, 0, 0, 0);
    for _ in 0..200 {
        let t = quote_heavy().new_tree(&mut runner).unwrap().current();
        let a = whosaid::analyze(&t);
        n += 1; atts += a.attributions().len(); quotes += a.quotes().len(); nrs += a.non_responses().len();
    }
    println!("quote_heavy: {n} texts {atts} attributions {quotes} quotes {nrs} nrs");
    let (mut atts, mut quotes, mut bytes) = (0, 0, 0);
    for i in 0..30 {
        let t = news(1500).new_tree(&mut runner).unwrap().current();
        let a = whosaid::analyze(&t);
        atts += a.attributions().len(); quotes += a.quotes().len(); bytes += t.len();
        if i == 0 { println!("{}", &t[..t.len().min(600)]); }
    }
    println!("news: {bytes} bytes {atts} attributions {quotes} quotes");
}
