#!/usr/bin/env bash
# Makes Debian's nginx available to the test that runs the team compose file's load-balancer
# configuration in front of two stub replicas (TeamBalancerTest), and prints the variable that
# names it. Installs the nginx-light package when no nginx is on the machine; starts nothing (the
# test starts its own nginx on loopback, with its own prefix directory).
#
#   eval "$(.ci/nginx.sh)"   # exports CREGO_TEST_NGINX
set -euo pipefail

if ! command -v nginx >/dev/null 2>&1 && [ ! -x /usr/sbin/nginx ]; then
  echo "Installing Debian's nginx-light package" >&2
  export DEBIAN_FRONTEND=noninteractive
  # the package's own service start fails without an init system: that is fine, nothing is kept
  apt-get update -qq >&2
  apt-get install -y -qq nginx-light >&2 || true
  # a package post-install may have started the distribution's nginx on port 80: stop it
  if [ -f /run/nginx.pid ]; then kill "$(cat /run/nginx.pid)" 2>/dev/null || true; fi
fi
bin=$(command -v nginx || echo /usr/sbin/nginx)
[ -x "$bin" ] || { echo "nginx is not installed and could not be installed" >&2; exit 1; }
echo "export CREGO_TEST_NGINX=$bin"
