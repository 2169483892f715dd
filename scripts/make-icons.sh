#!/usr/bin/env bash
# Renders the add-in icons (assets/icon-*.png) from their SVG sources. Needs rsvg-convert
# (Debian: librsvg2-bin). The PNGs are committed, so only run this after editing an SVG.
set -euo pipefail
cd "$(dirname "$0")/.."
rsvg-convert -w 16 -h 16 assets/icon-small.svg -o assets/icon-16.png
for size in 32 64 80 128; do
  rsvg-convert -w "$size" -h "$size" assets/icon.svg -o "assets/icon-$size.png"
done
ls -l assets/*.png
