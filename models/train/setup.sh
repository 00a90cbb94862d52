#!/usr/bin/env bash
# Installs what offline training needs (Debian packages) and unpacks Dutch prose for the
# vocabulary (LibreOffice's Dutch help and the Dutch word list, without installing LibreOffice).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
need=()
/usr/bin/python3 -c "import torch" 2>/dev/null || need+=(python3-torch libopenblas0-pthread)
/usr/bin/python3 -c "import onnx" 2>/dev/null || need+=(python3-onnx)
/usr/bin/python3 -c "import numpy" 2>/dev/null || need+=(python3-numpy)
if [ ${#need[@]} -gt 0 ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}"
fi
mkdir -p "$here/work/prose"
if [ ! -d "$here/work/prose/usr/share/libreoffice/help/nl" ]; then
  tmp="$(mktemp -d)"; chmod 755 "$tmp"
  (cd "$tmp" && apt-get download libreoffice-help-nl wdutch >/dev/null)
  for deb in "$tmp"/*.deb; do dpkg-deb -x "$deb" "$here/work/prose"; done
  rm -rf "$tmp"
fi
echo "training environment ready: $(/usr/bin/python3 -c 'import torch; print("torch", torch.__version__)')"
