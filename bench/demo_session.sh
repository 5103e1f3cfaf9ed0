# Sourced by the benchmarks: signs in as a demo account of a `serve --demo` server.
#
#   token=$(demo_session SERVER_LOG BASE_URL USERNAME COOKIE_JAR)
#
# The password is read from the demo accounts the server printed in SERVER_LOG; prints the
# session token, or says why not on stderr and fails.
demo_session() {
  local log=$1 base=$2 user=$3 jar=$4 password csrf token
  password=$(awk -v u="$user" '$1==u {print $3}' "$log")
  [ -n "$password" ] || { echo "no demo account $user" >&2; return 1; }
  csrf=$(curl -s -c "$jar" "$base/login" | sed -n 's/.*name="csrf" value="\([0-9a-f]*\)".*/\1/p' | head -n1)
  curl -s -o /dev/null -b "$jar" -c "$jar" --data-urlencode "username=$user" \
    --data-urlencode "password=$password" --data-urlencode "csrf=$csrf" --data-urlencode "next=/" "$base/login"
  token=$(awk '$6=="td_session" {print $7}' "$jar")
  [ -n "$token" ] || { echo "could not sign in as $user" >&2; return 1; }
  echo "$token"
}
