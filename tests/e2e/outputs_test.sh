#!/usr/bin/env bash
# End-to-end checks of `build -o` on every kind of output path (README "Outputs"), each made
# in a temporary directory (the real /dev is never touched), and of interrupts during a long
# write: no temporary file left, the previous output untouched, exit status 128 + signal.
# Usage: outputs_test.sh path/to/newsgraph [samples-dir]
set -uo pipefail

NG=${1:?usage: outputs_test.sh NEWSGRAPH [SAMPLES]}
SAMPLES=${2:-$(dirname "$0")/../../samples}
BENCH=$(dirname "$0")/../../bench
source "$(dirname "$0")/checks.sh"
no_temporary() { ! compgen -G "$1/*.tmp.*" >/dev/null || fail "$2: a temporary file was left in $1"; }

"$NG" build "$SAMPLES" -o "$T/want.json" || fail "the reference build failed"
K=$T/kinds
mkdir "$K"

# Absent, or a regular file: replaced atomically; the file keeps its permissions.
expect 0 "absent" -- "$NG" build "$SAMPLES" -o "$K/new.json"
cmp -s "$K/new.json" "$T/want.json" || fail "absent: wrong content"
echo old >"$K/regular.json" && chmod 640 "$K/regular.json"
expect 0 "regular file" -- "$NG" build "$SAMPLES" -o "$K/regular.json"
cmp -s "$K/regular.json" "$T/want.json" || fail "regular file: not replaced"
[[ $(stat -c %a "$K/regular.json") == 640 ]] || fail "regular file: permissions not kept"

# A chain of symbolic links to a regular file: the file is replaced, the links stay links.
mkdir "$K/real" && echo old >"$K/real/target.json"
ln -s real/target.json "$K/link.json" && ln -s link.json "$K/chain.json"
expect 0 "symlink chain" -- "$NG" build "$SAMPLES" -o "$K/chain.json"
[[ -L $K/chain.json && -L $K/link.json ]] || fail "symlink chain: a link was replaced"
cmp -s "$K/real/target.json" "$T/want.json" || fail "symlink chain: target not written"
no_temporary "$K/real" "symlink chain"

# A dangling symbolic link: its target is created; when the target's directory is missing,
# the error names the link's target.
ln -s made.json "$K/dangling.json"
expect 0 "dangling symlink" -- "$NG" build "$SAMPLES" -o "$K/dangling.json"
[[ -L $K/dangling.json ]] || fail "dangling symlink: the link was replaced"
cmp -s "$K/made.json" "$T/want.json" || fail "dangling symlink: target not created"
ln -s gone/g.json "$K/nowhere.json"
expect 1 "dangling symlink into a missing directory" -- "$NG" build "$SAMPLES" -o "$K/nowhere.json"
err_has "cannot write \"$K/nowhere.json\" (a link to \"$K/gone/g.json\"): No such file or directory"
ln -s loop.json "$K/loop.json"
expect 1 "symlink loop" -- "$NG" build "$SAMPLES" -o "$K/loop.json"
err_has "cannot write \"$K/loop.json\": Too many levels of symbolic links"

# A FIFO: written through to its reader, and still a FIFO afterwards.
mkfifo "$K/pipe.json"
cat "$K/pipe.json" >"$T/from-fifo" &
reader=$!
expect 0 "FIFO" -- "$NG" build "$SAMPLES" -o "$K/pipe.json"
[[ -p $K/pipe.json ]] || { fail "FIFO: replaced"; kill "$reader"; }  # which the reader would wait for
wait "$reader"
cmp -s "$T/from-fifo" "$T/want.json" || fail "FIFO: the reader got other bytes"

# A Unix socket: connected to and written through.
python3 - "$K/sock.json" "$T/from-socket" <<'PY' &
import socket, sys
server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
server.bind(sys.argv[1])
server.listen(1)
open(sys.argv[1] + ".ready", "w").close()
connection, _ = server.accept()
with open(sys.argv[2], "wb") as out:
    while data := connection.recv(65536):
        out.write(data)
PY
listener=$!
for _ in $(seq 100); do [[ -e $K/sock.json.ready ]] && break; sleep 0.1; done
expect 0 "socket" -- "$NG" build "$SAMPLES" -o "$K/sock.json"
[[ -S $K/sock.json ]] || { fail "socket: replaced"; kill "$listener"; }
wait "$listener"
cmp -s "$T/from-socket" "$T/want.json" || fail "socket: the listener got other bytes"

# A link inside /proc names an open file (what /dev/stdout is): written through, appended.
echo before >"$T/appended"
ln -s /proc/self/fd/1 "$K/stdout.json"
"$NG" build "$SAMPLES" -o "$K/stdout.json" >>"$T/appended" || fail "/proc/self/fd/1: build failed"
[[ -L $K/stdout.json ]] || fail "/proc/self/fd/1: the link was replaced"
cmp -s <(tail -n +2 "$T/appended") "$T/want.json" && [[ $(head -1 "$T/appended") == before ]] ||
  fail "/proc/self/fd/1: not appended to standard output"

# Character devices with the numbers of /dev/null (1,3) and /dev/full (1,7): written through;
# the full one fails as a full disk does. mknod needs root.
if [[ $(id -u) == 0 ]] && mknod "$K/null" c 1 3 2>/dev/null && mknod "$K/full" c 1 7 &&
   { echo probe >"$K/null"; } 2>/dev/null; then
  expect 0 "device like /dev/null" -- "$NG" build "$SAMPLES" -o "$K/null" --format json
  [[ -c $K/null ]] || fail "device like /dev/null: replaced"
  expect 1 "device like /dev/full" -- "$NG" build "$SAMPLES" -o "$K/full" --format json
  [[ -c $K/full ]] || fail "device like /dev/full: replaced"
  err_has "newsgraph: error: cannot write \"$K/full\": No space left on device"
  no_temporary "$K" "devices"
else
  echo "SKIP: character devices (mknod 1,3 and 1,7) need root and a filesystem without nodev"
fi

# A directory: a usage error, found before any input is read.
mkdir "$K/dir.json"
expect 2 "directory" -- "$NG" build "$SAMPLES" -o "$K/dir.json"
err_has "cannot write \"$K/dir.json\": Is a directory"
[[ -d $K/dir.json ]] || fail "directory: replaced"
no_temporary "$K" "all kinds"

# Interrupts: a build whose write takes long (a large GraphML file) runs in the foreground of
# a subshell, which reports its exit status as a shell sees it. It is signalled as soon as its
# temporary file appears.
I=$T/interrupt
mkdir "$I"
python3 "$BENCH/graph_gen.py" 2000 60000 7 >"$T/large.jsonl"
declare -A number=([INT]=2 [TERM]=15 [HUP]=1)
for signal in INT TERM HUP; do
  echo previous >"$I/g.graphml"
  rm -f "$I/pid" "$I/status"
  (
    sh -c 'echo $$ >"$0"; exec "$@"' "$I/pid" "$NG" build "$T/large.jsonl" --max-evidence 100 -o "$I/g.graphml" 2>/dev/null
    echo $? >"$I/status"
  ) 2>/dev/null &  # the subshell would report "Terminated" or "Hangup"
  subshell=$!
  until compgen -G "$I/g.graphml.tmp.*" >/dev/null || [[ -e $I/status ]]; do sleep 0.01; done
  if [[ -e $I/status ]]; then
    fail "SIG$signal: the build ended before its write could be interrupted"
  else
    kill -s "$signal" "$(cat "$I/pid")"
  fi
  wait "$subshell"
  status=$(cat "$I/status")
  [[ $status == $((128 + number[$signal])) ]] || fail "SIG$signal: exit status $status, expected $((128 + number[$signal]))"
  [[ $(cat "$I/g.graphml") == previous ]] || fail "SIG$signal: the previous output was changed"
  no_temporary "$I" "SIG$signal"
done

finish output
