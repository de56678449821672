//! Running a translated pattern. Patterns the `regex` crate can take run on
//! its meta engine (automata, with a real anchored mode for `match`);
//! patterns with backreferences, lookaround, atomic groups or conditionals
//! run on `fancy-regex`'s backtracking VM, anchored with `\G`.
//!
//! Spans are byte offsets into the subject cut at `endpos`.

use std::sync::OnceLock;

use regex_automata::{meta, Anchored, Input};

#[derive(Clone, Copy, PartialEq)]
pub enum Mode {
    Search,
    Match,
    Full,
    /// A match at the start position that is not empty there (CPython's
    /// rule after an empty match: the next one must move on).
    Advance,
}

enum Imp {
    Meta(meta::Regex),
    Fancy(fancy_regex::Regex),
    /// An anchored program run on the subject cut at the start position:
    /// for `match` of patterns that never look before where they start
    /// (the `\G` form would try every later position before failing).
    FancyFromStart(fancy_regex::Regex),
}

/// Whether a translation may look at text before its start position.
fn looks_back(body: &str) -> bool {
    ["\\A", "(?m:^)", "\\b", "\\B", "(?<"]
        .iter()
        .any(|s| body.contains(s))
}

/// One group's span in bytes, if it took part.
pub type Spans = Vec<Option<(usize, usize)>>;

pub struct Engine {
    /// The translations: `$` as `\z`, and `$` also before a final newline.
    src: [String; 2],
    /// Compiled lazily: [newline variant][mode].
    cells: [[OnceLock<Result<Imp, String>>; 4]; 2],
    groups: usize,
}

/// The capture slots of the meta engine, reused over a run of searches.
/// (Its search caches come from its own per-thread pool: making one per
/// call costs more than a short search.)
#[derive(Default)]
pub struct Scratch {
    caps: Option<regex_automata::util::captures::Captures>,
}

pub enum RunError {
    /// The backtracking VM gave up (its stack or step limit).
    Limit,
}

fn build(body: &str, mode: Mode) -> Result<Imp, String> {
    // The meta engine anchors through its input, so `match` and `search`
    // share one program; `fullmatch` adds the end anchor.
    let meta_src = if mode == Mode::Full {
        format!("(?:{body})\\z")
    } else {
        body.to_string()
    };
    if mode != Mode::Advance {
        if let Ok(re) = meta::Regex::new(&meta_src) {
            return Ok(Imp::Meta(re));
        }
    }
    let from_start = matches!(mode, Mode::Match | Mode::Full) && !looks_back(body);
    let src = match mode {
        _ if from_start => format!(
            "\\A(?:{body}){}",
            if mode == Mode::Full { "\\z" } else { "" }
        ),
        Mode::Search => body.to_string(),
        Mode::Match => format!("\\G(?:{body})"),
        Mode::Full => format!("\\G(?:{body})\\z"),
        // `\G` holds only at the start position, so `(?!\G)` at the end
        // asks for a non-empty match.
        Mode::Advance => format!("\\G(?:{body})(?!\\G)"),
    };
    fancy_regex::RegexBuilder::new(&src)
        .backtrack_limit(usize::MAX)
        .build()
        .map(if from_start {
            Imp::FancyFromStart
        } else {
            Imp::Fancy
        })
        .map_err(|e| match e {
            fancy_regex::Error::CompileError(ref c)
                if matches!(c, fancy_regex::CompileError::LookBehindNotConst) =>
            {
                "look-behind requires fixed-width pattern".to_string()
            }
            e => format!("unsupported pattern: {e}"),
        })
}

impl Engine {
    /// Compiles the search program now, so a pattern the engines refuse
    /// fails at `re.compile`.
    pub fn new(out: String, out_nl: String, groups: usize) -> Result<Engine, String> {
        let e = Engine {
            src: [out, out_nl],
            cells: Default::default(),
            groups,
        };
        e.program(false, Mode::Search)?;
        Ok(e)
    }

    fn program(&self, nl: bool, mode: Mode) -> Result<&Imp, String> {
        let nl = nl && self.src[0] != self.src[1];
        if mode == Mode::Match {
            // The meta engine anchors through its input: `match` shares the
            // search program (and so its capture slots).
            if let Ok(search @ Imp::Meta(_)) = self.program(nl, Mode::Search) {
                return Ok(search);
            }
        }
        let cell = &self.cells[nl as usize][mode as usize];
        cell.get_or_init(|| build(&self.src[nl as usize], mode))
            .as_ref()
            .map_err(Clone::clone)
    }

    /// The first match in `hay` at or after `start` (at `start` for `Match`
    /// and `Full`).
    pub fn run(
        &self,
        hay: &str,
        start: usize,
        mode: Mode,
        scratch: &mut Scratch,
    ) -> Result<Option<Spans>, RunError> {
        let nl = hay.ends_with('\n');
        let Ok(prog) = self.program(nl, mode) else {
            // The search program compiled, so the others do too.
            return Ok(None);
        };
        match prog {
            Imp::Meta(re) => {
                let mut input = Input::new(hay).span(start..hay.len());
                if mode != Mode::Search {
                    input = input.anchored(Anchored::Yes);
                }
                let caps = scratch.caps.get_or_insert_with(|| re.create_captures());
                re.search_captures(&input, caps);
                if !caps.is_match() {
                    return Ok(None);
                }
                Ok(Some(
                    (0..=self.groups)
                        .map(|g| caps.get_group(g).map(|s| (s.start, s.end)))
                        .collect(),
                ))
            }
            Imp::Fancy(re) => match re.captures_from_pos(hay, start) {
                Ok(Some(c)) => Ok(Some(
                    (0..=self.groups)
                        .map(|g| c.get(g).map(|m| (m.start(), m.end())))
                        .collect(),
                )),
                Ok(None) => Ok(None),
                Err(_) => Err(RunError::Limit),
            },
            Imp::FancyFromStart(re) => match re.captures(&hay[start..]) {
                Ok(Some(c)) => Ok(Some(
                    (0..=self.groups)
                        .map(|g| c.get(g).map(|m| (m.start() + start, m.end() + start)))
                        .collect(),
                )),
                Ok(None) => Ok(None),
                Err(_) => Err(RunError::Limit),
            },
        }
    }
}
