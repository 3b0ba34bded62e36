#!/usr/bin/env bash
# Makes the test certificates of the HTTPS fakes (committed: CI is offline and has no time to
# mint them; they last a hundred years): a private CA, a server certificate for 127.0.0.1 and
# localhost, the same server's certificate expired, not yet valid, and for another name, and
# an unrelated CA. The CA's key is not kept. Run from anywhere: bash tests/fakes/tls/make.sh
set -euo pipefail
cd "$(dirname "$0")"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
ec() { openssl req -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes "$@" 2>/dev/null; }

ec -x509 -keyout "$work/ca.key" -out ca.pem -days 36500 -subj "/CN=okta-aws test CA"
ec -x509 -keyout "$work/other.key" -out other_ca.pem -days 36500 -subj "/CN=okta-aws unrelated CA"
ec -keyout server.key -out "$work/server.csr" -subj "/CN=127.0.0.1"

cat > "$work/ca.cnf" <<CNF
[ca]
default_ca = test
[test]
database = $work/index.txt
new_certs_dir = $work
serial = $work/serial
default_md = sha256
policy = any
copy_extensions = none
unique_subject = no
[any]
commonName = supplied
[loopback]
subjectAltName = IP:127.0.0.1,DNS:localhost
basicConstraints = CA:FALSE
extendedKeyUsage = serverAuth
[elsewhere]
subjectAltName = DNS:wrong.example
basicConstraints = CA:FALSE
extendedKeyUsage = serverAuth
CNF
: > "$work/index.txt"
echo 1000 > "$work/serial"
sign() { # out, extensions, start, end
  openssl ca -batch -config "$work/ca.cnf" -cert ca.pem -keyfile "$work/ca.key" \
    -in "$work/server.csr" -out "$1" -extensions "$2" -startdate "$3" -enddate "$4" -notext \
    >/dev/null 2>&1
}
sign server.pem loopback 20260101000000Z 21260101000000Z
sign expired.pem loopback 20000101000000Z 20010101000000Z
sign not_yet_valid.pem loopback 20900101000000Z 21000101000000Z
sign wrong_name.pem elsewhere 20260101000000Z 21260101000000Z
echo "made: ca.pem other_ca.pem server.pem server.key expired.pem not_yet_valid.pem wrong_name.pem"
