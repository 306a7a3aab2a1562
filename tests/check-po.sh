#!/bin/sh
# Fails when po/th.po has untranslated or fuzzy messages, or msgfmt --check complains.
# Usage: check-po.sh MSGFMT TH_PO
set -eu
msgfmt=$1
po=$2
out=$("$msgfmt" --check --statistics -o /dev/null "$po" 2>&1) || { echo "$out"; exit 1; }
echo "$out"
case "$out" in
  *untranslated*|*fuzzy*) echo "th.po is not complete: translate every message."; exit 1 ;;
esac
exit 0
