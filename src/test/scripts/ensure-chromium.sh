#!/usr/bin/env bash
# Makes sure Debian's headless-capable Chromium and its matching chromedriver are installed,
# for the viewer's browser test (ViewerBrowserIT). Maven runs this before the integration tests.
# Does nothing when /usr/bin/chromium and /usr/bin/chromedriver exist; otherwise installs the
# Debian packages 'chromium' and 'chromium-driver' with apt-get, which needs root.
set -euo pipefail

# The paths the browser test uses (HeadlessChromium.java); overridable only to test this script.
chromium="${NG_CHROMIUM:-/usr/bin/chromium}"
chromedriver="${NG_CHROMEDRIVER:-/usr/bin/chromedriver}"

if [[ -x "$chromium" && -x "$chromedriver" ]]; then
  exit 0
fi

echo "ensure-chromium: $chromium or $chromedriver is missing; installing the" \
  "Debian packages chromium and chromium-driver" >&2

if [[ "$(id -u)" -ne 0 ]]; then
  echo "ensure-chromium: cannot install them: this needs root. Run as root:" >&2
  echo "  apt-get update && apt-get install -y chromium chromium-driver" >&2
  echo "or skip the integration tests with -DskipITs=true." >&2
  exit 1
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "ensure-chromium: cannot install them: apt-get is not available (not a Debian system)." >&2
  echo "Install Chromium and a matching chromedriver at /usr/bin/chromium and /usr/bin/chromedriver," >&2
  echo "or skip the integration tests with -DskipITs=true." >&2
  exit 1
fi

export DEBIAN_FRONTEND=noninteractive
apt-get update -q
apt-get install -y -q chromium chromium-driver
if [[ ! -x "$chromium" || ! -x "$chromedriver" ]]; then
  echo "ensure-chromium: apt-get finished but $chromium or $chromedriver is" \
    "still missing." >&2
  exit 1
fi
