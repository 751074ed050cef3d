#!/usr/bin/env bash
# Runs the frozen one-folder app the way a user would, with no Python on the path and a
# fresh HOME: version, template list, render to every format, check, and a GUI screenshot.
# Usage: packaging/smoke.sh dist/rilis-frozen/rilis
set -euo pipefail
APP="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
SAMPLE="$(cd "$(dirname "$0")/.." && pwd)/resources/samples/kegiatan-polres.rilis"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
cd "$WORK"
export HOME="$WORK/home" XDG_CONFIG_HOME="$WORK/home/.config" XDG_CACHE_HOME="$WORK/home/.cache"
mkdir -p "$HOME"
run() { env -i HOME="$HOME" XDG_CONFIG_HOME="$XDG_CONFIG_HOME" XDG_CACHE_HOME="$XDG_CACHE_HOME" \
        PATH=/usr/bin:/bin QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 "$APP" "$@"; }
run --version
run templates list >/dev/null
run render "$SAMPLE" -f all -o out
for ext in html docx txt; do test -s "out/kegiatan-polres.$ext"; done
printf 'Polisi mengamankn barang bukti.\n' > typo.txt
if run check typo.txt > check.out; then
    echo "smoke: check found nothing in a text with a typo" >&2; exit 1
fi
grep -q "mengamankan" check.out
run gui "$SAMPLE" --screenshot shot.png 2>/dev/null
test -s shot.png
echo "smoke: frozen app at $APP renders, checks and opens (HOME=$HOME)"
