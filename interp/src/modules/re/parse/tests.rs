use super::*;

fn out(p: &str) -> String {
    parse(p, 0).expect("a valid pattern").out
}

fn error(p: &str) -> (String, Option<usize>) {
    let e = parse(p, 0).err().expect("an invalid pattern");
    (e.msg, e.pos)
}

#[test]
fn anchors_follow_python() {
    assert_eq!(out("^a$"), "\\Aa\\z");
    assert_eq!(parse("a$", 0).unwrap().out_nl, "a(?:\\z|(?=\\n\\z))");
    assert_eq!(out("(?m)^a$"), "(?m:^)a(?m:$)");
    assert_eq!(out("\\Aa\\Z"), "\\Aa\\z");
}

#[test]
fn classes_are_pythons() {
    assert_eq!(out("\\w"), "[\\p{L}\\p{N}_]");
    assert_eq!(out("(?a)\\w"), "[0-9A-Za-z_]");
    assert_eq!(out("[]a-]"), "[\\]a\\-]");
    assert_eq!(out("[\\s]"), "[[\\s\\x1C-\\x1F]]");
}

#[test]
fn braces_and_repeats() {
    assert_eq!(out("a{"), "a\\{");
    assert_eq!(out("a{,2}"), "a{0,2}");
    assert_eq!(out("a{x}"), "a\\{x\\}");
    assert_eq!(out("a*+"), "(?>a*)");
    assert_eq!(out("<>"), "<>");
}

#[test]
fn groups_and_references() {
    let p = parse("(?P<x>a)(b)(?P=x)\\2", 0).unwrap();
    assert_eq!(p.out, "(a)(b)(?:\\1)(?:\\2)");
    assert_eq!(p.groups, 2);
    assert_eq!(p.names, vec![("x".to_string(), 1)]);
    assert_eq!(parse("((a)b)", 0).unwrap().parents, vec![0, 1]);
}

#[test]
fn errors_have_cpythons_messages_and_positions() {
    assert_eq!(
        error("("),
        ("missing ), unterminated subpattern".into(), Some(0))
    );
    assert_eq!(error("a)"), ("unbalanced parenthesis".into(), Some(1)));
    assert_eq!(error("a**"), ("multiple repeat".into(), Some(2)));
    assert_eq!(error("*"), ("nothing to repeat".into(), Some(0)));
    assert_eq!(error("[b-a]"), ("bad character range b-a".into(), Some(1)));
    assert_eq!(
        error("(a)\\2"),
        ("invalid group reference 2".into(), Some(4))
    );
    assert_eq!(
        error("(?<=a|bc)"),
        ("look-behind requires fixed-width pattern".into(), None)
    );
    assert_eq!(
        error("a(?i)"),
        (
            "global flags not at the start of the expression".into(),
            Some(1)
        )
    );
}
