#!/usr/bin/env bash
# Installs the Debian packages TargetTrack needs, only those missing (we run as root on Debian).
set -euo pipefail
packages=(libopenblas-dev liblapacke-dev libxlsxwriter-dev pkg-config libsqlite3-dev poppler-utils "$@")
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing: ${missing[*]}" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
