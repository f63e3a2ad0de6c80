#!/usr/bin/env bash
# Runs Looker's official TypeScript SDK against the emulator: starts the emulator from its jar on
# a free port, installs the SDK from package-lock.json (npm ci) and runs sdk-compat.test.js with
# the LOOKERSDK_* variables the emulator prints. Usage: run.sh [path/to/looker-emulator.jar]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
jar="${1:-$here/../../../target/looker-emulator.jar}"
if [[ ! -f "$jar" ]]; then
  echo "No emulator jar at $jar: build it first (mvn -B -ntp -pl looker-emulator package)" >&2
  exit 1
fi

work="$(mktemp -d)"
# --port 0: the emulator binds a free port and prints its address in LOOKERSDK_BASE_URL.
java -jar "$jar" --port 0 --scale 0.05 >"$work/env" 2>"$work/emulator.log" &
emulator=$!
stop() {
  kill "$emulator" 2>/dev/null || true
  wait "$emulator" 2>/dev/null || true
  rm -rf "$work"
}
trap stop EXIT

# The three LOOKERSDK_* lines appear once the server listens (sample data loaded first).
for _ in $(seq 1 600); do
  if [[ "$(grep -c '^LOOKERSDK_' "$work/env")" -ge 3 ]]; then
    break
  fi
  if ! kill -0 "$emulator" 2>/dev/null; then
    echo "The emulator exited before serving; its log:" >&2
    cat "$work/emulator.log" >&2
    exit 1
  fi
  sleep 0.1
done
if [[ "$(grep -c '^LOOKERSDK_' "$work/env")" -lt 3 ]]; then
  echo "The emulator did not start within 60 s; its log:" >&2
  cat "$work/emulator.log" >&2
  exit 1
fi
while IFS='=' read -r name value; do
  export "$name=$value"
done < <(grep '^LOOKERSDK_' "$work/env")
export LOOKERSDK_VERIFY_SSL=false
echo "Official Looker SDK against the emulator at $LOOKERSDK_BASE_URL" >&2

cd "$here"
npm ci --no-audit --no-fund --loglevel=error
node --test sdk-compat.test.js
