//! Python's regular-expression syntax (CPython 3.11's `re._parser`), checked
//! with its error messages and positions, and translated into the syntax of
//! `fancy-regex` / `regex`. Flags that change how a construct matches
//! (DOTALL, MULTILINE, ASCII, VERBOSE) are applied here, construct by
//! construct, so the target only ever sees explicit forms; IGNORECASE is
//! passed on as `(?i)` groups because the target folds case the same way.

pub const IGNORECASE: u32 = 2;
pub const LOCALE: u32 = 4;
pub const MULTILINE: u32 = 8;
pub const DOTALL: u32 = 16;
pub const UNICODE: u32 = 32;
pub const VERBOSE: u32 = 64;
pub const ASCII: u32 = 256;
const TYPE_FLAGS: u32 = ASCII | LOCALE | UNICODE;

/// A bad pattern: CPython's message and the character position, if any.
#[derive(Debug)]
pub struct ReError {
    pub msg: String,
    pub pos: Option<usize>,
}

/// A checked and translated pattern.
pub struct Parsed {
    /// The translation; `$` outside MULTILINE is `\z` here.
    pub out: String,
    /// The same with `$` also matching before a final newline (used only on
    /// subjects that end with one).
    pub out_nl: String,
    pub groups: usize,
    pub names: Vec<(String, usize)>,
    /// For each group (from 1), the group it is nested in (0: none).
    pub parents: Vec<usize>,
    /// The pattern's flags as `Pattern.flags` shows them.
    pub flags: u32,
}

/// What the last item of a sequence was, for the repeat rules.
#[derive(Clone, Copy, PartialEq)]
enum Last {
    None,
    /// An anchor: nothing to repeat.
    At,
    /// A repeat: "multiple repeat".
    Repeat,
    /// Anything else, starting at these bytes of the two translations.
    Item(usize, usize),
}

struct Parser {
    s: Vec<char>,
    i: usize,
    out: String,
    out_nl: String,
    /// Group numbers opened so far (the next group is `opened + 1`).
    opened: usize,
    closed: Vec<bool>,
    names: Vec<(String, usize)>,
    parents: Vec<usize>,
    stack: Vec<usize>,
    flags: u32,
    /// The flags of the last global inline flags group.
    flags_added: u32,
    /// The width of the item just parsed.
    w: Width,
}

/// The least and most characters a piece matches (`None`: no bound).
type Width = (u64, Option<u64>);

fn either(a: Width, b: Width) -> Width {
    (a.0.min(b.0), a.1.zip(b.1).map(|(x, y)| x.max(y)))
}

fn then(a: Width, b: Width) -> Width {
    (
        a.0.saturating_add(b.0),
        a.1.zip(b.1).map(|(x, y)| x.saturating_add(y)),
    )
}

fn scale(a: Width, r: Width) -> Width {
    let max = match (a.1, r.1) {
        (Some(0), _) => Some(0),
        (Some(x), Some(n)) => Some(x.saturating_mul(n)),
        _ => None,
    };
    (a.0.saturating_mul(r.0), max)
}

fn err<T>(msg: impl Into<String>, pos: usize) -> Result<T, ReError> {
    Err(ReError {
        msg: msg.into(),
        pos: Some(pos),
    })
}

fn flag_of(c: char) -> Option<u32> {
    Some(match c {
        'i' => IGNORECASE,
        'L' => LOCALE,
        'm' => MULTILINE,
        's' => DOTALL,
        'x' => VERBOSE,
        'a' => ASCII,
        'u' => UNICODE,
        _ => return None,
    })
}

fn is_identifier(s: &str) -> bool {
    let mut cs = s.chars();
    match cs.next() {
        Some(c) if c == '_' || c.is_alphabetic() => cs.all(|c| c == '_' || c.is_alphanumeric()),
        _ => false,
    }
}

/// Appends `c` as a literal of the target syntax (in or out of a class).
pub fn push_literal(out: &mut String, c: char) {
    if c.is_ascii_alphanumeric()
        || c == '_'
        || (!c.is_ascii() && !c.is_whitespace() && !c.is_control())
    {
        out.push(c);
    } else if "\\.+*?()|[]{}^$#&-~".contains(c) {
        // Only the target's metacharacters: it reads `\<`, `\>` as anchors.
        out.push('\\');
        out.push(c);
    } else if c.is_ascii_graphic() {
        out.push(c);
    } else {
        out.push_str(&format!("\\x{{{:X}}}", c as u32));
    }
}

/// The class body (without brackets) of a category escape, for `f`'s flags.
fn category(c: char, f: u32) -> Option<(&'static str, bool)> {
    let ascii = f & ASCII != 0;
    // Python's \w is str.isalnum() or '_' (letters and numbers), \s is
    // str.isspace() (Unicode White_Space plus \x1c-\x1f).
    let body = match (c.to_ascii_lowercase(), ascii) {
        ('d', true) => "0-9",
        ('d', false) => "\\d",
        ('w', true) => "0-9A-Za-z_",
        ('w', false) => "\\p{L}\\p{N}_",
        ('s', true) => "\\t\\n\\x0B\\x0C\\r ",
        ('s', false) => "\\s\\x1C-\\x1F",
        _ => return None,
    };
    Some((body, c.is_ascii_uppercase()))
}

fn push_category(out: &mut String, body: &str, negated: bool) {
    out.push('[');
    if negated {
        out.push('^');
    }
    out.push_str(body);
    out.push(']');
}

impl Parser {
    fn peek(&self) -> Option<char> {
        self.s.get(self.i).copied()
    }

    fn peek_is(&self, set: &str) -> bool {
        self.peek().is_some_and(|c| set.contains(c))
    }

    fn eat(&mut self, c: char) -> bool {
        if self.peek() == Some(c) {
            self.i += 1;
            true
        } else {
            false
        }
    }

    fn get(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.i += 1;
        Some(c)
    }

    /// Appends to both translations.
    fn emit(&mut self, s: &str) {
        self.out.push_str(s);
        self.out_nl.push_str(s);
    }

    fn emit_literal(&mut self, c: char, f: u32) {
        let mut s = String::new();
        if f & IGNORECASE != 0 && f & ASCII != 0 && !c.is_ascii() {
            // ASCII mode folds only ASCII letters.
            s.push_str("(?-i:");
            push_literal(&mut s, c);
            s.push(')');
        } else {
            push_literal(&mut s, c);
        }
        self.emit(&s);
    }

    /// `name` up to `term`, as `Tokenizer.getuntil`.
    fn get_until(&mut self, term: char, what: &str) -> Result<String, ReError> {
        let mut name = String::new();
        loop {
            match self.get() {
                None => {
                    if name.is_empty() {
                        return err(format!("missing {what}"), self.i);
                    }
                    return err(
                        format!("missing {term}, unterminated name"),
                        self.i - name.chars().count(),
                    );
                }
                Some(c) if c == term => {
                    if name.is_empty() {
                        return err(format!("missing {what}"), self.i - 1);
                    }
                    return Ok(name);
                }
                Some(c) => name.push(c),
            }
        }
    }

    fn group_of_name(&self, name: &str) -> Option<usize> {
        self.names.iter().find(|(n, _)| n == name).map(|&(_, g)| g)
    }

    /// Alternatives up to `)` or the end, and their width.
    fn parse_sub(&mut self, f: u32, nested: usize) -> Result<Width, ReError> {
        let mut first = true;
        let mut w: Option<Width> = None;
        loop {
            let b = self.parse_seq(f, nested, nested == 0 && first)?;
            w = Some(match w {
                None => b,
                Some(w) => either(w, b),
            });
            if !self.eat('|') {
                return Ok(w.expect("one branch"));
            }
            self.emit("|");
            first = false;
        }
    }

    fn parse_seq(&mut self, mut f: u32, nested: usize, first: bool) -> Result<Width, ReError> {
        let mut last = Last::None;
        let mut any = false;
        let mut total: Width = (0, Some(0));
        let mut before_last = total;
        let mut last_w = total;
        loop {
            let Some(this) = self.peek() else {
                return Ok(total);
            };
            if this == '|' || this == ')' {
                return Ok(total);
            }
            self.i += 1;
            self.w = (1, Some(1));
            if f & VERBOSE != 0 {
                if " \t\n\r\x0B\x0C".contains(this) {
                    continue;
                }
                if this == '#' {
                    while let Some(c) = self.get() {
                        if c == '\n' {
                            break;
                        }
                    }
                    continue;
                }
            }
            let item = Last::Item(self.out.len(), self.out_nl.len());
            let kind = match this {
                '\\' => {
                    if self.escape(f)? {
                        Last::At
                    } else {
                        item
                    }
                }
                '[' => {
                    self.class(f)?;
                    item
                }
                '*' | '+' | '?' | '{' => {
                    last = match self.repeat(this, last)? {
                        Some(r) => {
                            total = then(before_last, scale(last_w, r));
                            Last::Repeat
                        }
                        None => {
                            self.emit("\\{");
                            before_last = total;
                            last_w = (1, Some(1));
                            total = then(total, last_w);
                            item
                        }
                    };
                    any = true;
                    continue;
                }
                '.' => {
                    self.emit(if f & DOTALL != 0 { "(?s:.)" } else { "." });
                    item
                }
                '^' => {
                    self.emit(if f & MULTILINE != 0 { "(?m:^)" } else { "\\A" });
                    self.w = (0, Some(0));
                    Last::At
                }
                '$' => {
                    if f & MULTILINE != 0 {
                        self.emit("(?m:$)");
                    } else {
                        self.out.push_str("\\z");
                        self.out_nl.push_str("(?:\\z|(?=\\n\\z))");
                    }
                    self.w = (0, Some(0));
                    Last::At
                }
                '(' => match self.group(f, nested, first && !any)? {
                    Some(new_flags) => {
                        f |= new_flags;
                        continue;
                    }
                    None => item,
                },
                c => {
                    self.emit_literal(c, f);
                    item
                }
            };
            last = kind;
            any = true;
            before_last = total;
            last_w = self.w;
            total = then(total, last_w);
        }
    }

    /// A repeat after `last`; `None` when `{` is a literal.
    fn repeat(&mut self, this: char, last: Last) -> Result<Option<Width>, ReError> {
        let here = self.i;
        let (min, max): (u64, Option<u64>) = match this {
            '?' => (0, Some(1)),
            '*' => (0, None),
            '+' => (1, None),
            _ => {
                if self.peek() == Some('}') {
                    return Ok(None);
                }
                let digits = |p: &mut Self| {
                    let mut d = String::new();
                    while let Some(c) = p.peek().filter(char::is_ascii_digit) {
                        d.push(c);
                        p.i += 1;
                    }
                    d
                };
                let lo = digits(self);
                let hi = if self.eat(',') {
                    digits(self)
                } else {
                    lo.clone()
                };
                if !self.eat('}') {
                    self.i = here;
                    return Ok(None);
                }
                const MAXREPEAT: u64 = 4_294_967_295;
                let parse = |d: &str| -> Result<u64, ReError> {
                    match d.parse::<u64>() {
                        Ok(n) if n < MAXREPEAT => Ok(n),
                        _ => Err(ReError {
                            msg: "\u{0}the repetition number is too large".into(),
                            pos: None,
                        }),
                    }
                };
                let min = if lo.is_empty() { 0 } else { parse(&lo)? };
                let max = if hi.is_empty() {
                    None
                } else {
                    Some(parse(&hi)?)
                };
                if let Some(max) = max {
                    if max < min {
                        return err("min repeat greater than max repeat", here);
                    }
                }
                (min, max)
            }
        };
        let item_start = match last {
            Last::None | Last::At => return err("nothing to repeat", here - 1),
            Last::Repeat => return err("multiple repeat", here - 1),
            Last::Item(s, s_nl) => (s, s_nl),
        };
        let q = match (min, max) {
            (0, None) => "*".to_string(),
            (1, None) => "+".to_string(),
            (0, Some(1)) => "?".to_string(),
            (m, None) => format!("{{{m},}}"),
            (m, Some(n)) if m == n => format!("{{{m}}}"),
            (m, Some(n)) => format!("{{{m},{n}}}"),
        };
        let lazy = self.eat('?');
        let possessive = !lazy && self.eat('+');
        let q = if lazy { q + "?" } else { q };
        if possessive {
            // A possessive repeat is an atomic group around the greedy one.
            self.out.insert_str(item_start.0, "(?>");
            self.out_nl.insert_str(item_start.1, "(?>");
            self.emit(&q);
            self.emit(")");
        } else {
            self.emit(&q);
        }
        Ok(Some((min, max)))
    }

    /// An escape outside a class (`\` consumed); whether it is an anchor.
    fn escape(&mut self, f: u32) -> Result<bool, ReError> {
        let at = self.i - 1;
        let Some(c) = self.get() else {
            return err("bad escape (end of pattern)", at);
        };
        if let Some((body, neg)) = category(c, f) {
            if c.eq_ignore_ascii_case(&'d') && f & ASCII == 0 {
                self.emit(if neg { "\\D" } else { "\\d" });
            } else {
                let mut s = String::new();
                push_category(&mut s, body, neg);
                self.emit(&s);
            }
            return Ok(false);
        }
        match c {
            'A' | 'Z' | 'b' | 'B' => self.w = (0, Some(0)),
            _ => {}
        }
        match c {
            'A' => {
                self.emit("\\A");
                return Ok(true);
            }
            'Z' => {
                self.emit("\\z");
                return Ok(true);
            }
            'b' | 'B' => {
                let b = if c == 'b' { "\\b" } else { "\\B" };
                self.emit(&if f & ASCII != 0 {
                    format!("(?-u:{b})")
                } else {
                    b.to_string()
                });
                return Ok(true);
            }
            _ => {}
        }
        if c.is_ascii_digit() && c != '0' {
            // A group reference, or an octal escape of three digits.
            let mut digits = c.to_string();
            if self.peek().is_some_and(|d| d.is_ascii_digit()) {
                let d = self.get().expect("peeked");
                digits.push(d);
                if c <= '7' && d <= '7' && self.peek_is("01234567") {
                    digits.push(self.get().expect("peeked"));
                    let v = u32::from_str_radix(&digits, 8).expect("octal");
                    if v > 0o377 {
                        return err(
                            format!("octal escape value \\{digits} outside of range 0-0o377"),
                            at,
                        );
                    }
                    self.emit_literal(char::from_u32(v).expect("latin-1"), f);
                    return Ok(false);
                }
            }
            let g: usize = digits.parse().expect("digits");
            if g <= self.opened {
                if !self.closed[g - 1] {
                    return err("cannot refer to an open group", at);
                }
                self.emit(&format!("(?:\\{g})"));
                self.w = (0, None);
                return Ok(false);
            }
            return err(format!("invalid group reference {g}"), at + 1);
        }
        let v = self.common_escape(c, at)?;
        self.emit_literal(v, f);
        Ok(false)
    }

    /// The escapes that stand for one character, in or out of a class.
    fn common_escape(&mut self, c: char, at: usize) -> Result<char, ReError> {
        Ok(match c {
            'a' => '\x07',
            'f' => '\x0C',
            'n' => '\n',
            'r' => '\r',
            't' => '\t',
            'v' => '\x0B',
            'x' | 'u' | 'U' => {
                let n = match c {
                    'x' => 2,
                    'u' => 4,
                    _ => 8,
                };
                let mut hex = String::new();
                while hex.len() < n && self.peek().is_some_and(|d| d.is_ascii_hexdigit()) {
                    hex.push(self.get().expect("peeked"));
                }
                if hex.len() != n {
                    return err(format!("incomplete escape \\{c}{hex}"), at);
                }
                let v = u32::from_str_radix(&hex, 16).expect("hex");
                match char::from_u32(v) {
                    Some(ch) => ch,
                    None => return err(format!("bad escape \\{c}{hex}"), at),
                }
            }
            '0'..='7' => {
                let mut digits = c.to_string();
                while digits.len() < 3 && self.peek_is("01234567") {
                    digits.push(self.get().expect("peeked"));
                }
                let v = u32::from_str_radix(&digits, 8).expect("octal");
                if v > 0o377 {
                    return err(
                        format!("octal escape value \\{digits} outside of range 0-0o377"),
                        at,
                    );
                }
                char::from_u32(v).expect("latin-1")
            }
            c if c.is_ascii_alphanumeric() => return err(format!("bad escape \\{c}"), at),
            c => c,
        })
    }

    /// A character class (`[` consumed).
    fn class(&mut self, f: u32) -> Result<(), ReError> {
        let here = self.i - 1;
        let mut body = String::new();
        let negate = self.eat('^');
        let mut items = 0;
        // One class item: a literal code point, or a category's body.
        enum Item {
            Lit(char),
            Cat(&'static str, bool),
        }
        let item = |p: &mut Self, this: char| -> Result<(Item, String), ReError> {
            if this != '\\' {
                return Ok((Item::Lit(this), this.to_string()));
            }
            let at = p.i - 1;
            let Some(c) = p.get() else {
                return err("bad escape (end of pattern)", at);
            };
            if let Some((b, neg)) = category(c, f) {
                return Ok((Item::Cat(b, neg), format!("\\{c}")));
            }
            let v = if c == 'b' {
                '\x08'
            } else if c.is_ascii_digit() && !('0'..='7').contains(&c) {
                return err(format!("bad escape \\{c}"), at);
            } else {
                p.common_escape(c, at)?
            };
            let text: String = p.s[at..p.i].iter().collect();
            Ok((Item::Lit(v), text))
        };
        loop {
            let Some(this) = self.get() else {
                return err("unterminated character set", here);
            };
            if this == ']' && items > 0 {
                break;
            }
            let at = self.i - 1;
            let (code1, text1) = item(self, this)?;
            items += 1;
            if self.eat('-') {
                let Some(that) = self.get() else {
                    return err("unterminated character set", here);
                };
                if that == ']' {
                    push_class_item(&mut body, &code1, f);
                    push_class_item(&mut body, &Item::Lit('-'), f);
                    break;
                }
                let (code2, text2) = item(self, that)?;
                match (code1, code2) {
                    (Item::Lit(lo), Item::Lit(hi)) if lo <= hi => {
                        push_class_char(&mut body, lo, f);
                        body.push('-');
                        push_class_char(&mut body, hi, f);
                    }
                    _ => return err(format!("bad character range {text1}-{text2}"), at),
                }
            } else {
                push_class_item(&mut body, &code1, f);
            }
        }
        let s = format!("[{}{}]", if negate { "^" } else { "" }, body);
        self.emit(&s);
        return Ok(());

        fn push_class_char(body: &mut String, c: char, _f: u32) {
            if "[]\\^-&~".contains(c) {
                body.push('\\');
                body.push(c);
            } else {
                push_literal(body, c);
            }
        }
        fn push_class_item(body: &mut String, item: &Item, f: u32) {
            match item {
                Item::Lit(c) => push_class_char(body, *c, f),
                Item::Cat(b, neg) => push_category(body, b, *neg),
            }
        }
    }

    /// A group (`(` consumed). `Some(flags)` for global inline flags.
    fn group(&mut self, f: u32, nested: usize, first: bool) -> Result<Option<u32>, ReError> {
        let start = self.i - 1;
        let mut capture = true;
        let mut name = None;
        let mut open = "(".to_string();
        let mut sub_f = f;
        if self.eat('?') {
            let Some(c) = self.get() else {
                return err("unexpected end of pattern", self.i);
            };
            match c {
                'P' => {
                    if self.eat('<') {
                        let n = self.get_until('>', "group name")?;
                        if !is_identifier(&n) {
                            return err(
                                format!("bad character in group name {}", py_repr(&n)),
                                self.i - n.chars().count() - 1,
                            );
                        }
                        name = Some(n);
                    } else if self.eat('=') {
                        let n = self.get_until(')', "group name")?;
                        let pos = self.i - n.chars().count() - 1;
                        if !is_identifier(&n) {
                            return err(
                                format!("bad character in group name {}", py_repr(&n)),
                                pos,
                            );
                        }
                        let Some(g) = self.group_of_name(&n) else {
                            return err(format!("unknown group name {}", py_repr(&n)), pos);
                        };
                        if !self.closed[g - 1] {
                            return err("cannot refer to an open group", pos);
                        }
                        self.emit(&format!("(?:\\{g})"));
                        self.w = (0, None);
                        return Ok(None);
                    } else {
                        let Some(c) = self.get() else {
                            return err("unexpected end of pattern", self.i);
                        };
                        return err(format!("unknown extension ?P{c}"), self.i - 3);
                    }
                }
                ':' => {
                    capture = false;
                    open = "(?:".into();
                }
                '#' => {
                    loop {
                        match self.get() {
                            None => return err("missing ), unterminated comment", start),
                            Some(')') => break,
                            Some(_) => {}
                        }
                    }
                    // A comment is no item: a repeat after it repeats the
                    // item before it, as in CPython.
                    return Ok(Some(0));
                }
                '=' | '!' | '<' => {
                    let mut kind = c;
                    let mut look = format!("(?{c}");
                    if c == '<' {
                        let Some(d) = self.get() else {
                            return err("unexpected end of pattern", self.i);
                        };
                        if d != '=' && d != '!' {
                            return err(format!("unknown extension ?<{d}"), self.i - 3);
                        }
                        kind = d;
                        look.push(d);
                    }
                    self.emit(&look);
                    let w = self.parse_sub(f, nested + 1)?;
                    if !self.eat(')') {
                        return err("missing ), unterminated subpattern", start);
                    }
                    if c == '<' && Some(w.0) != w.1 {
                        return Err(ReError {
                            msg: "look-behind requires fixed-width pattern".into(),
                            pos: None,
                        });
                    }
                    let _ = kind;
                    self.emit(")");
                    self.w = (0, Some(0));
                    return Ok(None);
                }
                '(' => {
                    let n = self.get_until(')', "group name")?;
                    let pos = self.i - n.chars().count() - 1;
                    let g = if is_identifier(&n) {
                        match self.group_of_name(&n) {
                            Some(g) => g,
                            None => return err(format!("unknown group name {}", py_repr(&n)), pos),
                        }
                    } else {
                        let g: usize = match n.parse::<usize>() {
                            Ok(g) if n.bytes().all(|b| b.is_ascii_digit()) => g,
                            _ => {
                                return err(
                                    format!("bad character in group name {}", py_repr(&n)),
                                    pos,
                                )
                            }
                        };
                        if g == 0 {
                            return err("bad group number", pos);
                        }
                        if g > self.opened {
                            // CPython checks this when the pattern is compiled.
                            return Err(ReError {
                                msg: format!("invalid group reference {g}"),
                                pos: Some(pos),
                            });
                        }
                        g
                    };
                    self.emit(&format!("(?({g})"));
                    let yes = self.parse_seq(f, nested + 1, false)?;
                    let mut no = (0, Some(0));
                    if self.eat('|') {
                        self.emit("|");
                        no = self.parse_seq(f, nested + 1, false)?;
                        if self.peek() == Some('|') {
                            return err("conditional backref with more than two branches", self.i);
                        }
                    }
                    if !self.eat(')') {
                        return err("missing ), unterminated subpattern", start);
                    }
                    self.emit(")");
                    self.w = either(yes, no);
                    return Ok(None);
                }
                '>' => {
                    capture = false;
                    open = "(?>".into();
                }
                c if flag_of(c).is_some() || c == '-' => match self.inline_flags(c)? {
                    None => {
                        if !first {
                            return err("global flags not at the start of the expression", start);
                        }
                        let added = self.flags_added;
                        self.flags |= added;
                        if added & IGNORECASE != 0 && f & IGNORECASE == 0 {
                            self.emit("(?i)");
                        }
                        return Ok(Some(added));
                    }
                    Some((add, del)) => {
                        capture = false;
                        sub_f = (f | add) & !del;
                        if add & ASCII != 0 {
                            sub_f &= !UNICODE;
                        }
                        if add & UNICODE != 0 {
                            sub_f &= !ASCII;
                        }
                        open = match (add & IGNORECASE != 0, del & IGNORECASE != 0) {
                            (true, _) => "(?i:".into(),
                            (_, true) => "(?-i:".into(),
                            _ => "(?:".into(),
                        };
                    }
                },
                c => return err(format!("unknown extension ?{c}"), self.i - 2),
            }
        }
        let group = if capture {
            self.opened += 1;
            let g = self.opened;
            if let Some(n) = &name {
                if let Some(old) = self.group_of_name(n) {
                    return err(
                        format!(
                            "redefinition of group name {} as group {g}; was group {old}",
                            py_repr(n)
                        ),
                        self.i - n.chars().count() - 1,
                    );
                }
                self.names.push((n.clone(), g));
            }
            self.closed.push(false);
            self.parents.push(self.stack.last().copied().unwrap_or(0));
            self.stack.push(g);
            Some(g)
        } else {
            None
        };
        self.emit(&open);
        let w = self.parse_sub(sub_f, nested + 1)?;
        self.w = w;
        if !self.eat(')') {
            return err("missing ), unterminated subpattern", start);
        }
        self.emit(")");
        if let Some(g) = group {
            self.closed[g - 1] = true;
            self.stack.pop();
        }
        Ok(None)
    }
}

/// `repr()` of a name as in CPython's messages.
fn py_repr(s: &str) -> String {
    if s.contains('\'') && !s.contains('"') {
        format!("\"{s}\"")
    } else {
        format!("'{}'", s.replace('\\', "\\\\").replace('\'', "\\'"))
    }
}

impl Parser {
    /// `(?flags)` or `(?flags-flags:`: `None` for global flags (kept in
    /// `flags_added`), else the scoped additions and removals.
    fn inline_flags(&mut self, mut c: char) -> Result<Option<(u32, u32)>, ReError> {
        let mut add = 0;
        let mut del = 0;
        if c != '-' {
            loop {
                let flag = flag_of(c).expect("a flag");
                if c == 'L' {
                    return err(
                        "bad inline flags: cannot use 'L' flag with a str pattern",
                        self.i,
                    );
                }
                add |= flag;
                if flag & TYPE_FLAGS != 0 && add & TYPE_FLAGS != flag {
                    return err(
                        "bad inline flags: flags 'a', 'u' and 'L' are incompatible",
                        self.i,
                    );
                }
                let Some(n) = self.get() else {
                    return err("missing -, : or )", self.i);
                };
                c = n;
                if ")-:".contains(c) {
                    break;
                }
                if flag_of(c).is_none() {
                    let msg = if c.is_alphabetic() {
                        "unknown flag"
                    } else {
                        "missing -, : or )"
                    };
                    return err(msg, self.i - 1);
                }
            }
        }
        if c == ')' {
            self.flags_added = add;
            return Ok(None);
        }
        if c == '-' {
            let Some(n) = self.get() else {
                return err("missing flag", self.i);
            };
            c = n;
            if flag_of(c).is_none() {
                let msg = if c.is_alphabetic() {
                    "unknown flag"
                } else {
                    "missing flag"
                };
                return err(msg, self.i - 1);
            }
            loop {
                let flag = flag_of(c).expect("a flag");
                if flag & TYPE_FLAGS != 0 {
                    return err(
                        "bad inline flags: cannot turn off flags 'a', 'u' and 'L'",
                        self.i,
                    );
                }
                del |= flag;
                let Some(n) = self.get() else {
                    return err("missing :", self.i);
                };
                c = n;
                if c == ':' {
                    break;
                }
                if flag_of(c).is_none() {
                    let msg = if c.is_alphabetic() {
                        "unknown flag"
                    } else {
                        "missing :"
                    };
                    return err(msg, self.i - 1);
                }
            }
        }
        if add & del != 0 {
            return err("bad inline flags: flag turned on and off", self.i - 1);
        }
        Ok(Some((add, del)))
    }
}

/// Checks and translates `pattern` compiled with `flags`.
pub fn parse(pattern: &str, flags: u32) -> Result<Parsed, ReError> {
    if flags & LOCALE != 0 {
        return Err(ReError {
            msg: "\u{1}cannot use LOCALE flag with a str pattern".into(),
            pos: None,
        });
    }
    if flags & ASCII != 0 && flags & UNICODE != 0 {
        return Err(ReError {
            msg: "\u{1}ASCII and UNICODE flags are incompatible".into(),
            pos: None,
        });
    }
    let mut p = Parser {
        s: pattern.chars().collect(),
        i: 0,
        out: String::new(),
        out_nl: String::new(),
        opened: 0,
        closed: Vec::new(),
        names: Vec::new(),
        parents: Vec::new(),
        stack: Vec::new(),
        flags,
        flags_added: 0,
        w: (0, Some(0)),
    };
    if flags & IGNORECASE != 0 {
        p.emit("(?i)");
    }
    p.parse_sub(flags, 0)?;
    if p.peek().is_some() {
        return err("unbalanced parenthesis", p.i);
    }
    let mut flags = p.flags;
    if flags & ASCII == 0 {
        flags |= UNICODE;
    }
    Ok(Parsed {
        out: p.out,
        out_nl: p.out_nl,
        groups: p.opened,
        names: p.names,
        parents: p.parents,
        flags,
    })
}

#[cfg(test)]
mod tests;
