#!/usr/bin/env bash
# Brings the translation catalogs in resources/translations up to date with the sources (lupdate):
# new strings appear unfinished, strings gone from the code are removed. One catalog per layer, each
# loaded only by the programs that show its strings (docs/translations.md):
#   core       core/                                    both programs
#   ewb        app/cli, app/ewb_main.cpp, sandbox/sandboxcommand.cpp   ewb
#   workbench  ui/, app/workbench_main.cpp              the window
# For each catalog, NAME_de.ts holds the German translation and NAME_en.ts only the English plural
# forms ("%n file(s)" as "1 file", "2 files").
# Usage: scripts/update-translations.sh [--into DIR]
#   --into DIR: update copies in DIR and leave the tree alone (the ctest translations_up_to_date).
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
lupdate=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
folder=$top/resources/translations
if [ "${1:-}" = --into ]; then
    [ -n "${2:-}" ] || { echo "update-translations: --into needs a folder" >&2; exit 2; }
    mkdir -p "$2"
    cp "$folder"/*.ts "$2"/ 2>/dev/null || true
    folder=$(cd "$2" && pwd)
fi
languages=(de en)

sources_of() { # CATALOG
    case $1 in
    core) echo core ;;
    ewb) echo app/cli app/ewb_main.cpp sandbox/sandboxcommand.cpp ;;
    workbench) echo ui app/workbench_main.cpp ;;
    esac
}

cd "$top"
for catalog in core ewb workbench; do
    for language in "${languages[@]}"; do
        ts=$folder/${catalog}_$language.ts
        options=(-silent -no-obsolete -locations none -target-language "$language")
        [ "$language" = en ] && options+=(-pluralonly)
        # shellcheck disable=SC2046 # the source list is words on purpose
        "$lupdate" "${options[@]}" -I core -I ui -I app $(sources_of "$catalog") -ts "$ts"
    done
done
