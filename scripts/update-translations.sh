#!/bin/sh
# Brings translations/nova_ar.ts and nova_en.ts up to date with the sources.
# Usage: update-translations.sh LUPDATE SOURCE_DIR [TS_DIR]
# The translation test runs the same command on copies to find stale files,
# so the options live here only. Locations are left out so that moving code
# does not change the .ts files; nova_en.ts holds only the English plurals.
set -eu
lupdate=$1
src=$2
out=${3:-$src/translations}
sources="$src/core $src/ui $src/app"
# shellcheck disable=SC2086
"$lupdate" -silent -locations none -no-obsolete -extensions cpp,h $sources -ts "$out/nova_ar.ts"
# shellcheck disable=SC2086
"$lupdate" -silent -locations none -no-obsolete -pluralonly -extensions cpp,h $sources -ts "$out/nova_en.ts"
