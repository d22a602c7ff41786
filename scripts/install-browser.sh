#!/usr/bin/env bash
# Installs what the pack page's browser test needs when it is missing: Debian's chromium (headless
# screenshots, print to PDF) and axe-core's script, which the PyPI package axe-playwright-python
# carries as axe.min.js (installed without its dependencies: only the script is used, inside
# chromium). Never fails: the test says plainly that it skipped when either could not be had.
set -uo pipefail
sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
if ! command -v chromium >/dev/null 2>&1; then
  echo "install-browser: installing chromium (for the pack page's browser test)"
  { $sudo apt-get update -qq && $sudo apt-get install -y -qq chromium >/dev/null; } ||
    echo "install-browser: chromium could not be installed; the browser test will be skipped"
fi
axe_js() {
  python3 - <<'PY' 2>/dev/null
import importlib.util, os
spec = importlib.util.find_spec("axe_playwright_python")
path = os.path.join(os.path.dirname(spec.origin), "axe.min.js") if spec and spec.origin else ""
print(path if path and os.path.exists(path) else "")
PY
}
if [ -z "$(axe_js)" ]; then
  echo "install-browser: installing axe-core's script (PyPI axe-playwright-python, without dependencies)"
  python3 -m pip install -q --no-deps "axe-playwright-python==0.1.8" >/dev/null 2>&1 ||
    echo "install-browser: axe-core could not be installed; the accessibility check in the browser will be skipped"
fi
exit 0
