#!/usr/bin/env bash
# Runs Debian's nginx on 127.0.0.1:PORT with the shipped config (deploy/nginx/), serving dist/.
# Used by the browser tests to check the hosting recipe for real. Usage: nginx_test_server.sh PORT
set -euo pipefail
PORT=${1:?port}
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
PREFIX="$ROOT/target/nginx-test"
rm -rf "$PREFIX"
mkdir -p "$PREFIX/conf.d/incident-viewer" "$PREFIX/logs" "$PREFIX/tmp"
cp "$ROOT/deploy/nginx/security-headers.conf" "$PREFIX/conf.d/incident-viewer/"
# Only the host-specific lines change: where to listen and where dist/ is.
sed -e "s|^\(\s*\)listen 8080;|\1listen 127.0.0.1:$PORT;|" -e "s|^\(\s*\)root /srv/incident-viewer;|\1root $ROOT/dist;|" \
  "$ROOT/deploy/nginx/incident-viewer.conf" > "$PREFIX/conf.d/incident-viewer/incident-viewer.conf"
grep -q "listen 127.0.0.1:$PORT;" "$PREFIX/conf.d/incident-viewer/incident-viewer.conf"
cat > "$PREFIX/nginx.conf" <<CONF
worker_processes 1;
pid $PREFIX/nginx.pid;
error_log $PREFIX/logs/error.log warn;
events { worker_connections 64; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
    client_body_temp_path $PREFIX/tmp/body;
    proxy_temp_path $PREFIX/tmp/proxy;
    fastcgi_temp_path $PREFIX/tmp/fastcgi;
    uwsgi_temp_path $PREFIX/tmp/uwsgi;
    scgi_temp_path $PREFIX/tmp/scgi;
    include conf.d/incident-viewer/incident-viewer.conf;
}
CONF
exec nginx -p "$PREFIX" -c "$PREFIX/nginx.conf" -g 'daemon off;'
