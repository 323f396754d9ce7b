# Sourced by the end-to-end scripts: a temporary directory $T (removed at exit), a failure
# count, and checks of a command's exit status and stderr.

T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
failures=0

fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
# expect STATUS DESCRIPTION -- COMMAND...: runs COMMAND, stdout to $T/out, stderr to $T/err.
expect() {
  local want=$1 what=$2
  shift 3
  "$@" >"$T/out" 2>"$T/err"
  local got=$?
  [[ $got == "$want" ]] || fail "$what: exit $got, expected $want; stderr: $(head -c 400 "$T/err")"
}
err_has() { grep -qF -- "$1" "$T/err" || fail "stderr lacks '$1': $(head -c 400 "$T/err")"; }
# finish WHAT: the script's exit status and last line.
finish() {
  if ((failures > 0)); then
    echo "$failures check(s) failed" >&2
    exit 1
  fi
  echo "all $1 checks passed"
}
