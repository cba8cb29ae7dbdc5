//! The native module `whosaid._whosaid` behind the Python package `whosaid` (`python/whosaid/`).
//!
//! It is thin on purpose: an analyzer built from keyword settings, analyses held as
//! [`whosaid::OwnedAnalysis`], and their results in the documented JSON format of
//! `schema/analysis.schema.json` (byte and character offsets), as JSON strings or, list by
//! list, as Python lists and dicts that the Python package turns into classes. The
//! analysis runs with the GIL released, and `analyze_many` runs on a rayon pool, so that
//! Python threads and every core work at once.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::{Arc, Mutex, OnceLock};

use pyo3::create_exception;
use pyo3::exceptions::{PyRuntimeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList};
use whosaid::{Analyzer, Config, Error, Frame, Gender, JsonDocument, JsonOptions, OwnedAnalysis};

create_exception!(
    _whosaid,
    WhosaidError,
    PyValueError,
    "Invalid settings or lexicon entries, or a lexicon file that cannot be read.\n\n\
     Attributes: `kind` (\"lexicon\", \"config\" or \"io\"), and where they apply `lexicon`, \
     `file`, `line` and `setting`. Analysing text never raises it."
);

/// What a `WhosaidError` carries besides its message.
#[derive(Default)]
struct ErrorFields {
    kind: &'static str,
    lexicon: Option<&'static str>,
    file: Option<String>,
    line: Option<usize>,
    setting: Option<&'static str>,
}

/// A `WhosaidError` with its message and the attributes `kind`, `lexicon`, `file`, `line`
/// and `setting` (`None` where they do not apply).
fn whosaid_error(py: Python<'_>, message: String, fields: ErrorFields) -> PyErr {
    let err = WhosaidError::new_err(message);
    let value = err.value(py);
    // setting an attribute on a fresh exception instance does not fail
    let _ = value.setattr("kind", fields.kind);
    let _ = value.setattr("lexicon", fields.lexicon);
    let _ = value.setattr("file", fields.file);
    let _ = value.setattr("line", fields.line);
    let _ = value.setattr("setting", fields.setting);
    err
}

/// A `whosaid::Error` as a `WhosaidError` with the crate's message and its fields.
fn to_py_err(py: Python<'_>, err: &Error) -> PyErr {
    let fields = match err {
        Error::Lexicon { lexicon, file, line, .. } => ErrorFields {
            kind: "lexicon",
            lexicon: Some(lexicon),
            file: file.as_ref().map(|f| f.display().to_string()),
            line: Some(*line),
            ..ErrorFields::default()
        },
        Error::Config { setting, .. } => {
            ErrorFields { kind: "config", setting: Some(setting), ..ErrorFields::default() }
        }
        Error::Io { path, .. } => ErrorFields {
            kind: "io",
            file: Some(path.display().to_string()),
            ..ErrorFields::default()
        },
        _ => ErrorFields { kind: "other", ..ErrorFields::default() },
    };
    whosaid_error(py, err.to_string(), fields)
}

fn json_options(id: Option<String>, texts: bool) -> JsonOptions {
    let options = JsonOptions::default().text(texts);
    match id {
        Some(id) => options.id(id),
        None => options,
    }
}

fn to_json_string(owned: &OwnedAnalysis, id: Option<String>, texts: bool) -> PyResult<String> {
    serde_json::to_string(&owned.analysis().to_json(&json_options(id, texts)))
        .map_err(|e| PyRuntimeError::new_err(format!("cannot write the analysis as JSON: {e}")))
}

/// Thread pools of a given size, made once and kept: `analyze_many(..., threads=N)`.
fn pool(threads: usize) -> PyResult<Arc<rayon::ThreadPool>> {
    static POOLS: Mutex<Option<HashMap<usize, Arc<rayon::ThreadPool>>>> = Mutex::new(None);
    let mut pools = POOLS.lock().unwrap_or_else(|e| e.into_inner());
    let pools = pools.get_or_insert_with(HashMap::new);
    if let Some(p) = pools.get(&threads) {
        return Ok(Arc::clone(p));
    }
    let p = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .thread_name(|i| format!("whosaid-{i}"))
        .build()
        .map_err(|e| PyRuntimeError::new_err(format!("cannot start {threads} threads: {e}")))?;
    let p = Arc::new(p);
    pools.insert(threads, Arc::clone(&p));
    Ok(p)
}

/// Runs `f` on the global rayon pool (one thread per core, or `RAYON_NUM_THREADS`) or on a
/// pool of `threads` threads.
fn on_pool<R: Send>(threads: Option<usize>, f: impl FnOnce() -> R + Send) -> PyResult<R> {
    match threads {
        None => Ok(f()),
        Some(0) => Err(PyValueError::new_err("threads must be at least 1")),
        Some(n) => Ok(pool(n)?.install(f)),
    }
}

/// The analyzer: `whosaid.Analyzer` wraps it.
#[pyclass(frozen, module = "whosaid._whosaid")]
struct NativeAnalyzer {
    inner: Analyzer,
}

#[pymethods]
impl NativeAnalyzer {
    #[new]
    #[pyo3(signature = (
        *,
        min_confidence = 0.0,
        pronoun_window = 6,
        window = 256 << 10,
        cue_verbs = Vec::new(),
        media_outlets = Vec::new(),
        first_names = Vec::new(),
        cue_verbs_files = Vec::new(),
        media_outlets_files = Vec::new(),
    ))]
    #[allow(clippy::too_many_arguments)]
    fn new(
        py: Python<'_>,
        min_confidence: f32,
        pronoun_window: usize,
        window: usize,
        cue_verbs: Vec<String>,
        media_outlets: Vec<String>,
        first_names: Vec<(String, String)>,
        cue_verbs_files: Vec<PathBuf>,
        media_outlets_files: Vec<PathBuf>,
    ) -> PyResult<Self> {
        let config = Config::default()
            .min_confidence(min_confidence)
            .pronoun_window(pronoun_window)
            .window(window);
        let mut builder = Analyzer::builder().config(config);
        for lines in &cue_verbs {
            builder = builder.cue_verbs(lines);
        }
        for lines in &media_outlets {
            builder = builder.media_outlets(lines);
        }
        for (name, gender) in &first_names {
            let gender = match gender.to_ascii_lowercase().as_str() {
                "f" | "female" => Gender::Female,
                "m" | "male" => Gender::Male,
                _ => {
                    let message = format!(
                        "invalid setting first_names: the gender of {name:?} must be \"female\" or \"male\", got {gender:?}"
                    );
                    let fields = ErrorFields {
                        kind: "config",
                        setting: Some("first_names"),
                        ..ErrorFields::default()
                    };
                    return Err(whosaid_error(py, message, fields));
                }
            };
            builder = builder.first_name(name, gender);
        }
        for path in &cue_verbs_files {
            builder = builder.cue_verbs_file(path);
        }
        for path in &media_outlets_files {
            builder = builder.media_outlets_file(path);
        }
        let inner = py.detach(|| builder.build()).map_err(|e| to_py_err(py, &e))?;
        Ok(NativeAnalyzer { inner })
    }

    /// The minimum confidence of the attributions kept.
    #[getter]
    fn min_confidence(&self) -> f32 {
        self.inner.config().min_confidence
    }

    /// How many sentences back a pronoun may look for its speaker.
    #[getter]
    fn pronoun_window(&self) -> usize {
        self.inner.config().pronoun_window
    }

    /// The most text analysed as one window, in bytes.
    #[getter]
    fn window(&self) -> usize {
        self.inner.config().window
    }

    /// The cue verbs in use, built-in ones and those added, one dict each.
    fn cue_verbs<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        let list = PyList::empty(py);
        for v in self.inner.lexicons().cue_verbs() {
            let d = PyDict::new(py);
            d.set_item("lemma", v.lemma())?;
            d.set_item("particle", v.particle())?;
            d.set_item("class", v.class().as_str())?;
            d.set_item("frames", v.frames().iter().map(Frame::as_str).collect::<Vec<_>>())?;
            d.set_item("base", v.base())?;
            d.set_item("third_person", v.third_person())?;
            d.set_item("past", v.past())?;
            d.set_item("past_participle", v.past_participle())?;
            d.set_item("ing", v.ing())?;
            d.set_item("builtin", v.is_builtin())?;
            list.append(d)?;
        }
        Ok(list)
    }

    /// Analyses one text, with the GIL released.
    fn analyze(&self, py: Python<'_>, text: String) -> NativeAnalysis {
        NativeAnalysis::new(py.detach(|| self.inner.analyze_owned(text)))
    }

    /// Analyses many texts on a rayon pool, with the GIL released; results in input order.
    #[pyo3(signature = (texts, threads = None))]
    fn analyze_many(
        &self,
        py: Python<'_>,
        texts: Vec<String>,
        threads: Option<usize>,
    ) -> PyResult<Vec<NativeAnalysis>> {
        use rayon::prelude::*;
        let owned = py.detach(|| {
            on_pool(threads, || {
                texts
                    .into_par_iter()
                    .map(|t| NativeAnalysis::new(self.inner.analyze_owned(t)))
                    .collect::<Vec<_>>()
            })
        })?;
        Ok(owned)
    }

    /// Analyses many texts on a rayon pool and writes each as a JSON document (the format
    /// of `Analysis.to_json`, with the span texts or without), with the GIL released;
    /// results in input order.
    #[pyo3(signature = (texts, ids = None, threads = None, span_texts = true))]
    fn analyze_many_json(
        &self,
        py: Python<'_>,
        texts: Vec<String>,
        ids: Option<Vec<Option<String>>>,
        threads: Option<usize>,
        span_texts: bool,
    ) -> PyResult<Vec<String>> {
        use rayon::prelude::*;
        if let Some(ids) = &ids
            && ids.len() != texts.len()
        {
            return Err(PyValueError::new_err(format!(
                "{} ids for {} texts",
                ids.len(),
                texts.len()
            )));
        }
        let ids = ids.unwrap_or_else(|| vec![None; texts.len()]);
        py.detach(|| {
            on_pool(threads, || {
                texts
                    .par_iter()
                    .zip(ids)
                    .map(|(t, id)| {
                        let analysis = self.inner.analyze(t);
                        serde_json::to_string(&analysis.to_json(&json_options(id, span_texts)))
                    })
                    .collect::<Result<Vec<_>, _>>()
            })
        })?
        .map_err(|e| PyRuntimeError::new_err(format!("cannot write an analysis as JSON: {e}")))
    }
}

/// One analysis, with its own copy of the text: `whosaid.Analysis` wraps it.
#[pyclass(frozen, module = "whosaid._whosaid")]
struct NativeAnalysis {
    owned: OwnedAnalysis,
    /// the JSON document without span texts, made on first use of `part`
    doc: OnceLock<JsonDocument>,
}

impl NativeAnalysis {
    fn new(owned: OwnedAnalysis) -> Self {
        NativeAnalysis { owned, doc: OnceLock::new() }
    }
}

#[pymethods]
impl NativeAnalysis {
    /// The analysed text.
    #[getter]
    fn text(&self) -> &str {
        self.owned.text()
    }

    /// The JSON document format (byte and character offsets, and with `texts` the text of
    /// every span and the whole text), as a string.
    #[pyo3(signature = (id = None, texts = true))]
    fn json(&self, py: Python<'_>, id: Option<String>, texts: bool) -> PyResult<String> {
        py.detach(|| to_json_string(&self.owned, id, texts))
    }

    /// BBC Citron's JSON (character offsets), as a string.
    fn citron_json(&self, py: Python<'_>) -> PyResult<String> {
        py.detach(|| serde_json::to_string(&self.owned.analysis().to_citron()))
            .map_err(|e| PyRuntimeError::new_err(format!("cannot write Citron JSON: {e}")))
    }

    /// The whole analysis in the serde form of `whosaid::OwnedAnalysis`, for pickling.
    fn state(&self, py: Python<'_>) -> PyResult<String> {
        py.detach(|| serde_json::to_string(&self.owned))
            .map_err(|e| PyRuntimeError::new_err(format!("cannot save the analysis: {e}")))
    }

    /// An analysis from what [`NativeAnalysis::state`] gave.
    #[staticmethod]
    fn from_state(py: Python<'_>, state: &str) -> PyResult<Self> {
        let owned = py
            .detach(|| serde_json::from_str::<OwnedAnalysis>(state))
            .map_err(|e| PyValueError::new_err(format!("not a saved analysis: {e}")))?;
        Ok(NativeAnalysis::new(owned))
    }

    /// One list of the JSON document without span texts ("attributions", "speakers",
    /// "non_responses", "quotes", "sentences", "paragraphs") or the "profile", as Python
    /// lists and dicts.
    fn part<'py>(&self, py: Python<'py>, name: &str) -> PyResult<Bound<'py, PyAny>> {
        let doc = py.detach(|| {
            self.doc.get_or_init(|| self.owned.analysis().to_json(&json_options(None, false)))
        });
        let value = match name {
            "attributions" => pythonize::pythonize(py, &doc.attributions),
            "speakers" => pythonize::pythonize(py, &doc.speakers),
            "non_responses" => pythonize::pythonize(py, &doc.non_responses),
            "quotes" => pythonize::pythonize(py, &doc.quotes),
            "sentences" => pythonize::pythonize(py, &doc.sentences),
            "paragraphs" => pythonize::pythonize(py, &doc.paragraphs),
            "profile" => pythonize::pythonize(py, &doc.profile),
            other => return Err(PyValueError::new_err(format!("no part {other:?}"))),
        };
        value.map_err(|e| PyRuntimeError::new_err(format!("cannot convert the {name}: {e}")))
    }
}

/// The frames a cue verb line may list: name and what it allows, with an example.
#[pyfunction]
fn frames() -> Vec<(&'static str, &'static str)> {
    Frame::ALL.into_iter().map(|f| (f.as_str(), f.description())).collect()
}

/// The native part of the `whosaid` package.
#[pymodule]
fn _whosaid(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<NativeAnalyzer>()?;
    m.add_class::<NativeAnalysis>()?;
    m.add_function(wrap_pyfunction!(frames, m)?)?;
    m.add("WhosaidError", m.py().get_type::<WhosaidError>())?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add("JSON_FORMAT_VERSION", whosaid::JsonDocument::VERSION)?;
    Ok(())
}
