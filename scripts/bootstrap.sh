#!/usr/bin/env bash
# Sets up everything xsector needs on this machine, once: the system libraries Qt loads, a
# virtual environment in .venv, and the Python packages. Sourced by scripts/run-app and
# scripts/run-tests; safe to run again (it only does what is missing).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

# A Python 3.12 or newer: $PYTHON if set, else the newest that runs from PATH, else one installed
# under pyenv's root (whose shims on PATH may not be active for that version).
is_new_enough() { "$1" -c 'import sys; sys.exit(sys.version_info < (3, 12))' >/dev/null 2>&1; }
want_python=${PYTHON:-}
if [ -n "$want_python" ]; then
  is_new_enough "$want_python" || { echo "PYTHON=$want_python is not Python 3.12 or newer." >&2; exit 1; }
else
  for candidate in python3.14 python3.13 python3.12 python3; do
    if command -v "$candidate" >/dev/null 2>&1 && is_new_enough "$candidate"; then
      want_python=$candidate; break
    fi
  done
fi
if [ -z "$want_python" ]; then
  for candidate in $(ls -d "${PYENV_ROOT:-$HOME/.pyenv}"/versions/3.* 2>/dev/null | sort -rV); do
    if is_new_enough "$candidate/bin/python3"; then want_python=$candidate/bin/python3; break; fi
  done
fi
if [ -z "$want_python" ]; then
  echo "xsector needs Python 3.12 or newer: install one (Debian 13: apt-get install python3 python3-venv; elsewhere python.org or pyenv install 3.12) and run this again, or name it with PYTHON=/path/to/python3.12." >&2
  exit 1
fi

# System libraries that Qt needs even for its offscreen platform, as "soname:debian-package".
need_libs=(
  libEGL.so.1:libegl1 libGL.so.1:libgl1 libX11.so.6:libx11-6 libdbus-1.so.3:libdbus-1-3
  libfontconfig.so.1:libfontconfig1 libfreetype.so.6:libfreetype6 libglib-2.0.so.0:libglib2.0-0
  libxkbcommon.so.0:libxkbcommon0
)
# On a real display Qt's xcb platform needs these too.
if [ "${XSECTOR_NEED_DISPLAY:-0}" = 1 ]; then
  need_libs+=(
    libxcb-cursor.so.0:libxcb-cursor0 libxcb-icccm.so.4:libxcb-icccm4 libxcb-keysyms.so.1:libxcb-keysyms1
    libxcb-image.so.0:libxcb-image0 libxcb-render-util.so.0:libxcb-render-util0
    libxkbcommon-x11.so.0:libxkbcommon-x11-0 libxcb-shape.so.0:libxcb-shape0
  )
fi
# Read once, then matched in bash: `ldconfig -p | grep -q` under pipefail fails at random when
# grep stops reading early and ldconfig dies of SIGPIPE, which made a present library "missing".
known_libs=$(ldconfig -p 2>/dev/null || true)
missing=()
# The phone-voting tests drive Debian's Chromium through Playwright (whose own browser download
# cannot work offline); the app itself never needs it.
if [ "${XSECTOR_NEED_BROWSER:-0}" = 1 ] && [ ! -x /usr/bin/chromium ]; then
  missing+=(chromium)
fi
for pair in "${need_libs[@]}"; do
  soname=${pair%%:*}
  [[ $known_libs == *[[:space:]]"$soname "* ]] || missing+=("${pair##*:}")
done
# Fonts the PDFs fall back to for scripts DejaVu Sans lacks (report/fonts.py), as
# "file:debian-package"; the tests print a name in each script.
need_fonts=(
  /usr/share/fonts/truetype/noto/NotoSansArabic-Regular.ttf:fonts-noto-core
  /usr/share/fonts/truetype/nanum/NanumGothic.ttf:fonts-nanum
  /usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf:fonts-droid-fallback
)
for pair in "${need_fonts[@]}"; do
  [ -f "${pair%%:*}" ] || missing+=("${pair##*:}")
done
# Tools that tests of the Linux desktop files use (they skip without them), as "command:package".
if [ "$(id -u)" = 0 ]; then
  for pair in update-mime-database:shared-mime-info desktop-file-validate:desktop-file-utils; do
    command -v "${pair%%:*}" >/dev/null 2>&1 || missing+=("${pair##*:}")
  done
fi
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing system libraries: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null
    apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "Qt needs system libraries (and the PDFs fonts) that are missing. Install them, then run this again:" >&2
    echo "  sudo apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
fi

if [ -x .venv/bin/python ] && ! is_new_enough .venv/bin/python; then
  echo "Replacing .venv, which was made with a Python older than 3.12"
  rm -rf .venv
fi
if [ ! -x .venv/bin/python ]; then
  echo "Creating the virtual environment in .venv"
  "$want_python" -m venv .venv
fi
stamp=.venv/.xsector-installed
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  echo "Installing xsector and its packages into .venv"
  log=.venv/pip-install.log
  if ! .venv/bin/python -m pip install --disable-pip-version-check -e ".[test]" >"$log" 2>&1; then
    grep -v "^WARNING: Location" "$log" | tail -n 25 >&2
    echo "Installing the Python packages failed; the whole log is in $log" >&2
    exit 1
  fi
  touch "$stamp"
fi
# The interface's translations, compiled from resources/translations/*.ts (cheap; only when changed).
bash scripts/build-translations
