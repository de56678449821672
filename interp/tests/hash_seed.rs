//! `PYTHONHASHSEED`: the same seed gives the same str hashes (and so the
//! same set order) in every run; without it, each run draws its own keys.

use std::process::Command;

fn hashes(seed: Option<&str>) -> String {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_weft"));
    cmd.args(["-c", "print(hash('abc'), hash(b'abc') == hash('abc'), hash(''), list({'a', 'b', 'c', 'd', 'e', 'f'}))"]);
    match seed {
        Some(s) => cmd.env("PYTHONHASHSEED", s),
        None => cmd.env_remove("PYTHONHASHSEED"),
    };
    let out = cmd.output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn a_seed_fixes_hashes_and_set_order() {
    for seed in ["0", "1", "4294967295"] {
        let first = hashes(Some(seed));
        assert_eq!(first, hashes(Some(seed)), "seed {seed}");
        assert!(
            first.contains(" True 0 "),
            "bytes and str hash alike, '' to 0: {first}"
        );
    }
    assert_ne!(hashes(Some("1")), hashes(Some("2")));
}

#[test]
fn without_a_seed_hashes_differ_between_runs() {
    // Two runs drawing the same 64-bit hash by chance: negligible.
    assert_ne!(hashes(None), hashes(None));
    assert_ne!(hashes(Some("random")), hashes(Some("random")));
}
