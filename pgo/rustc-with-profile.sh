#!/bin/sh
# The rustc wrapper of this workspace (.cargo/config.toml): runs rustc
# with -Cprofile-use=pgo/weft.profdata (profile-guided optimisation; the
# profile is made by pgo/train.sh). The path is made absolute here: cargo
# runs rustc for dependencies in their own directories.
#
# Left out: unoptimised builds (the tests' debug builds: the profile, made
# from an optimised build, would not match them), builds that make a
# profile (-Cprofile-generate), the loom and sanitizer builds, and any
# build with WEFT_PGO=0 in the environment.
rustc="$1"
shift
profile="$(cd "$(dirname "$0")" && pwd)/weft.profdata"
if [ "${WEFT_PGO:-1}" = 0 ] || [ ! -f "$profile" ]; then
    exec "$rustc" "$@"
fi
optimised=no
for arg in "$@"; do
    case "$arg" in
        # Making a profile; the loom models' and the sanitizers' builds
        # (other code, or another toolchain's LLVM).
        *profile-generate*|loom|*sanitizer*) exec "$rustc" "$@" ;;
        opt-level=[1-3s]|opt-level=z) optimised=yes ;;
    esac
done
if [ "$optimised" = yes ]; then
    exec "$rustc" "$@" -Cprofile-use="$profile"
fi
exec "$rustc" "$@"
