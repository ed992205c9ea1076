#!/usr/bin/env bash
# The desktop entry and the AppStream metadata are clean for desktop-file-validate and
# appstreamcli (no network: the screenshots' URLs are not fetched), and the metadata's newest
# release is the project's version, so a release cannot forget its notes.
# Usage: check-metadata.sh SOURCE_DIR VERSION
set -euo pipefail
source=$1 version=$2
desktop="$source/packaging/io.github.eventworkbench.EventWorkbench.desktop"
metainfo="$source/packaging/io.github.eventworkbench.EventWorkbench.metainfo.xml"
# desktop-file-validate exits 0 on hints; any line it prints is something to fix.
out=$(desktop-file-validate "$desktop" 2>&1) || { echo "$out"; exit 1; }
[ -z "$out" ] || { echo "desktop-file-validate: $out"; exit 1; }
appstreamcli validate --no-net --explain "$metainfo"
newest=$(grep -o '<release version="[^"]*"' "$metainfo" | head -1 | cut -d'"' -f2)
[ "$newest" = "$version" ] || {
    echo "the metainfo's newest release is '$newest', the project is $version: add its <release>"
    exit 1
}
echo "desktop entry and metainfo clean; newest release $newest"
