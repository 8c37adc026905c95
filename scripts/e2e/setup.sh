#!/usr/bin/env bash
# Installs what the browser end-to-end test needs, once: Debian Chromium and build headers (apt, as root),
# and code-server (VS Code's workbench and extension host served to a browser) into a git-ignored cache.
# Later runs find the finished install by its marker file and skip every step.
set -euo pipefail
cd "$(dirname "$0")/../.."

CODE_SERVER_VERSION=4.100.3 # 4.100.x runs on node 20; newer releases need node 22
CACHE="${E2E_CACHE:-$PWD/.cache/e2e}"
PREFIX="$CACHE/code-server-$CODE_SERVER_VERSION"
# fonts-noto-cjk: the Chinese pass renders legible text in its screenshots.
APT_PACKAGES=(chromium ripgrep libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev pkg-config fonts-noto-cjk)

missing=()
command -v chromium >/dev/null || missing+=(chromium)
command -v rg >/dev/null || missing+=(ripgrep)
for header in /usr/include/krb5.h /usr/include/X11/Xlib.h /usr/include/X11/extensions/XKBstr.h /usr/include/libsecret-1/libsecret/secret.h; do
  [ -e "$header" ] || missing+=("$header")
done
command -v pkg-config >/dev/null || missing+=(pkg-config)
[ -n "$(ls /usr/share/fonts/opentype/noto/NotoSansCJK-* 2>/dev/null)" ] || missing+=(fonts-noto-cjk)
if [ "${#missing[@]}" -gt 0 ]; then
  if [ "$(id -u)" != 0 ]; then
    echo "e2e setup: missing ${missing[*]}; install as root: apt-get install -y ${APT_PACKAGES[*]}" >&2
    exit 1
  fi
  echo "e2e setup: apt-get install ${APT_PACKAGES[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${APT_PACKAGES[@]}" >/dev/null
fi

if [ -f "$PREFIX/.ready" ]; then
  echo "e2e setup: code-server $CODE_SERVER_VERSION cached in $PREFIX"
  exit 0
fi

echo "e2e setup: installing code-server $CODE_SERVER_VERSION into $PREFIX"
rm -rf "$PREFIX"
mkdir -p "$PREFIX"
cd "$PREFIX"
echo '{ "name": "code-server-cache", "private": true }' > package.json
export npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false
npm install --ignore-scripts --no-save "code-server@$CODE_SERVER_VERSION"

cd node_modules/code-server/lib/vscode
npm install --omit=dev --ignore-scripts
npm_config_yes=true npm rebuild kerberos @parcel/watcher @vscode/deviceid @vscode/spdlog native-watchdog node-pty
# @vscode/ripgrep's install step downloads a binary; Debian's ripgrep is the same program.
mkdir -p node_modules/@vscode/ripgrep/bin
cp "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg
ln -sfn node_modules node_modules.asar

cd "$PREFIX"
npm_config_build_from_source=true npm rebuild argon2
touch "$PREFIX/.ready"
echo "e2e setup: code-server ready"
