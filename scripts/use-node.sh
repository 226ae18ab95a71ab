# Puts a supported Node.js first on PATH for the current shell, without touching the system's:
#
#   source scripts/use-node.sh       # keeps a supported Node (22.12+ or 24+), else the pinned Node 24
#   source scripts/use-node.sh 22    # the pinned Node 22 (likewise 24 or 26)
#
# A pinned Node comes from the npm registry's `node` package (the complete Node: binary and
# headers), installed once into ${CLUBKIT_NODE_CACHE:-~/.cache/clubkit/node}/<version>.
# CI sources this file too, so the versions below are the ones the test matrix runs.

CLUBKIT_NODE_22=22.23.3
CLUBKIT_NODE_24=24.21.0
CLUBKIT_NODE_26=26.10.0

# Succeeds when the Node first on PATH is one clubkit supports.
clubkit_node_supported() {
  command -v node >/dev/null 2>&1 &&
    node -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit(a >= 24 || (a === 22 && b >= 12) ? 0 : 1)'
}

# clubkit_use_node <major>: installs the pinned Node of that major when missing, puts it first on PATH.
clubkit_use_node() {
  local major="$1" version dir
  case "$major" in
    22) version="$CLUBKIT_NODE_22" ;;
    24) version="$CLUBKIT_NODE_24" ;;
    26) version="$CLUBKIT_NODE_26" ;;
    *) echo "use-node: no pinned Node $major (choose 22, 24 or 26)" >&2; return 2 ;;
  esac
  dir="${CLUBKIT_NODE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/clubkit/node}/$version"
  if [ ! -x "$dir/node_modules/node/bin/node" ]; then
    command -v npm >/dev/null 2>&1 || { echo "use-node: npm is needed to install Node $version" >&2; return 1; }
    echo "use-node: installing Node $version into $dir" >&2
    mkdir -p "$dir" || return 1
    # The package's preinstall step links the binary for this platform: allow it by name.
    printf '{ "private": true, "allowScripts": { "node": true } }\n' >"$dir/package.json"
    npm install --prefix "$dir" --save-exact --no-audit --no-fund --loglevel=error "node@$version" >&2 || return 1
  fi
  case ":$PATH:" in
    *":$dir/node_modules/node/bin:"*) ;;
    *) PATH="$dir/node_modules/node/bin:$PATH" && export PATH ;;
  esac
  hash -r 2>/dev/null || true
  echo "use-node: $(node --version) ($(command -v node))" >&2
}

if [ -n "${1:-}" ]; then
  clubkit_use_node "$1"
elif ! clubkit_node_supported; then
  clubkit_use_node 24
fi
