#!/usr/bin/env bash
# npm run audit:deps — fails on high or critical advisories in runtime dependencies. Where the
# registry's audit endpoint cannot be reached (as on machines that only mirror the registry), it
# says so and passes: no answer is not a finding.
set -uo pipefail
out="$(npm audit --omit=dev --audit-level=high --json 2>/dev/null)"
rc=$?
if echo "$out" | grep -q '"vulnerabilities"'; then
  high=$(echo "$out" | node -e 'const r=JSON.parse(require("fs").readFileSync(0,"utf8"));const m=r.metadata.vulnerabilities;console.log((m.high||0)+(m.critical||0))')
  echo "npm audit --omit=dev: $high high/critical"
  [ "$high" = "0" ] && exit 0 || { echo "$out" | head -80; exit 1; }
fi
if [ $rc -ne 0 ]; then
  echo "npm audit --omit=dev: audit endpoint not reachable here ($(echo "$out" | grep -m1 '"message"' | cut -c1-120)); skipped"
  exit 0
fi
echo "npm audit --omit=dev: clean"
