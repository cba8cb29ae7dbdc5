use std::time::Instant;
fn t(name: &str, text: &str) {
    let s = Instant::now();
    let a = whosaid::analyze(text);
    let e = s.elapsed();
    println!("{name:40} {:>8} bytes {:>8.3}s  atts={} quotes={} sents={}", text.len(), e.as_secs_f64(), a.attributions().len(), a.quotes().len(), a.sentences().len());
}
#[test]
fn timings() {
    for k in [1usize, 2] {
        println!("--- scale {k}");
        t("open curly x100k", &"“".repeat(50_000 * k));
        t("alternating “” 50k chars", &"“”".repeat(12_500 * k));
        t("giant paragraph 200KB", &"officials said the plan would fail and ".repeat(200_000 * k / 2 / 39));
        t("said x20k", &" said".repeat(10_000 * k));
        t("apostrophe x10k", &"'".repeat(5_000 * k));
        t("newline x100k", &"\n".repeat(50_000 * k));
        t("guillemets «", &"«".repeat(25_000 * k));
        t("nested “‘", &"“‘".repeat(10_000 * k));
        t("unclosed quote many paras", &format!("“{}", "He said the plan would fail.\n".repeat(2_000 * k)));
        t("senator name chain", &"Senator Roger Wicker ".repeat(5_000 * k));
        t("according to x", &"According to ".repeat(5_000 * k));
        t("declined to comment", &"declined to comment ".repeat(5_000 * k));
        t(", he said,", &", he said,".repeat(5_000 * k));
        t("Mr. x", &"Mr. ".repeat(10_000 * k));
        t("A. initials", &"A.".repeat(25_000 * k));
        t("many attributions", &"“It works,” he said. ".repeat(2_500 * k));
        t("many speakers", &(0..2_000 * k).map(|i| format!("Senator John Doe{i} said the plan was bad. He said it would fail. ")).collect::<String>());
        t("He said “x.” lines", &"He said “the plan would fail.”\n".repeat(2_500 * k));
        t("straight quotes", &"\"".repeat(25_000 * k));
        t("doubled apostrophes", &"''".repeat(10_000 * k));
        t("that that", &"officials said that ".repeat(5_000 * k));
        t("words no space", &"a".repeat(100_000 * k));
        t("long quote one para", &format!("“{}” he said.", "word ".repeat(20_000 * k)));
        t("commas", &"officials, ".repeat(10_000 * k));
        t("people familiar with", &"two people familiar with the matter ".repeat(3_000 * k));
    }
}
