//! Many documents at once, on all cores (feature `rayon`).

use rayon::prelude::*;

use crate::analyzer::{Analysis, Analyzer};

impl Analyzer {
    /// Analyses many documents in parallel, on the current [rayon] thread pool, and returns
    /// the analyses in the order of the texts.
    ///
    /// Each document is analysed exactly as [`analyze`](Self::analyze) would: the result
    /// does not depend on the number of threads. The global pool has one thread per core;
    /// run the call inside [`rayon::ThreadPool::install`] to use another pool.
    ///
    /// # Examples
    ///
    /// ```
    /// let texts = ["“Yes,” she said.", "The plan failed, officials said.", "No claims here."];
    /// let analyses = whosaid::Analyzer::new().analyze_batch(&texts);
    /// let counts: Vec<usize> = analyses.iter().map(|a| a.attributions().len()).collect();
    /// assert_eq!(counts, [1, 1, 0]);
    /// ```
    #[must_use]
    pub fn analyze_batch<'t, T>(&self, texts: &'t [T]) -> Vec<Analysis<'t>>
    where
        T: AsRef<str> + Sync,
    {
        texts.par_iter().map(|t| self.analyze(t.as_ref())).collect()
    }

    /// Analyses many documents in parallel and maps each analysis with `f` on the thread
    /// that made it, so that only what `f` keeps (a JSON line, a profile, a count) is held
    /// at once. `f` gets the document's position in `texts`. Results come in the order of
    /// the texts.
    ///
    /// # Examples
    ///
    /// ```
    /// use whosaid::Continuations;
    ///
    /// let texts = vec![String::from("“Yes,” she said."), String::from("Prices rose, he said.")];
    /// let lines = whosaid::Analyzer::new().analyze_batch_with(&texts, |i, analysis| {
    ///     let record = analysis.to_eval_record(&format!("doc-{i}"), Continuations::Merge);
    ///     serde_json::to_string(&record).unwrap_or_default()
    /// });
    /// assert!(lines[1].starts_with(r#"{"id":"doc-1","#));
    /// ```
    pub fn analyze_batch_with<'t, T, R, F>(&self, texts: &'t [T], f: F) -> Vec<R>
    where
        T: AsRef<str> + Sync,
        R: Send,
        F: Fn(usize, Analysis<'t>) -> R + Sync + Send,
    {
        texts.par_iter().enumerate().map(|(i, t)| f(i, self.analyze(t.as_ref()))).collect()
    }
}
