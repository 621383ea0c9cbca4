#!/usr/bin/env bash
# Browser tests drive Debian's Chromium headless shell, or its Chromium (Playwright cannot download
# its own here; scripts/test-browser.mjs picks one). Install the shell when neither is there and we
# can (root with apt-get); otherwise say what to do.
set -euo pipefail
if [ -n "${CHROMIUM_PATH:-}" ]; then
	[ -x "$CHROMIUM_PATH" ] && exit 0
	echo "CHROMIUM_PATH=$CHROMIUM_PATH is not an executable browser" >&2
	exit 1
fi
[ -x /usr/bin/chromium-headless-shell ] || [ -x /usr/bin/chromium ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
	echo "Installing Chromium's headless shell for the browser tests (apt-get install chromium-headless-shell)…"
	DEBIAN_FRONTEND=noninteractive apt-get update -qq
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium-headless-shell >/dev/null
	exit 0
fi
echo "Browser tests need Chromium: install it (Debian: sudo apt-get install chromium-headless-shell," >&2
echo "or chromium), or set CHROMIUM_PATH to a Chromium binary." >&2
exit 1
