#!/usr/bin/env bash
# Install the Debian/Ubuntu packages Rilis needs. Usage: scripts/system-deps.sh run|test
#   run:  spelling (libenchant + hunspell id_ID), the Qt runtime libraries, fonts
#   test: all of the above plus LibreOffice (DOCX → PDF check) with its UNO bridge
#         (python3-uno: a test edits a DOCX in LibreOffice), pandoc (benchmark peer),
#         poppler-utils and xvfb (looking at output)
# As root the missing packages are installed; otherwise the exact sudo command is printed
# and the script stops, so nothing half-installed is left behind.
set -euo pipefail

profile="${1:-run}"
run_packages=(
  libenchant-2-2 hunspell-id
  libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libfreetype6 libglib2.0-0
  libdbus-1-3 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
  libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libxcb-xfixes0 libnss3
  fonts-dejavu-core fonts-liberation2
)
test_packages=(libreoffice-writer-nogui python3-uno pandoc poppler-utils xvfb xauth)

packages=("${run_packages[@]}")
if [ "$profile" = "test" ]; then
  packages+=("${test_packages[@]}")
fi

python_bin="${PYTHON:-python3}"
if ! command -v "$python_bin" >/dev/null 2>&1; then
  packages+=(python3 python3-venv)
elif ! "$python_bin" -c 'import ensurepip, venv' >/dev/null 2>&1; then
  packages+=(python3-venv)
fi

if ! command -v dpkg-query >/dev/null 2>&1; then
  echo "rilis: bukan sistem Debian/Ubuntu; pastikan paket setara ini terpasang: ${packages[*]}" >&2
  exit 0
fi

missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

command_line="apt-get install -y --no-install-recommends ${missing[*]}"
if [ "$(id -u)" -ne 0 ]; then
  echo "rilis: paket sistem berikut belum terpasang: ${missing[*]}" >&2
  echo "Jalankan perintah ini lalu ulangi:" >&2
  echo "  sudo apt-get update && sudo $command_line" >&2
  exit 1
fi

echo "rilis: memasang paket sistem: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -q
# shellcheck disable=SC2086
$command_line -q
