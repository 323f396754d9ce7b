#!/usr/bin/env bash
# CI's extraction gate (issue #9): development-set precision and recall, PETRARCH and the
# seed stay at or above the floors in bench/extraction.py, so a regression fails CI.
# Usage: extraction_gate.sh path/to/newsgraph path/to/shared. Exit 77 (skipped) without ../shared.
set -uo pipefail
NG=${1:?usage: extraction_gate.sh NEWSGRAPH SHARED}
SHARED=${2:?usage: extraction_gate.sh NEWSGRAPH SHARED}
if [[ ! -f $SHARED/data/news/dev-gold.jsonl || ! -x $SHARED/tools/score-edges ]]; then
  echo "skipped: $SHARED/data/news/dev-gold.jsonl or $SHARED/tools/score-edges is missing"
  exit 77
fi
exec python3 "$(dirname "$0")/../../bench/extraction.py" --newsgraph "$NG" --shared "$SHARED" --gate
