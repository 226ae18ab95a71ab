# Sourced by .ci/run: installs (when missing) and starts Debian's PostgreSQL, creates a throwaway
# role and database with a random password (made once per machine), and exports DATABASE_URL.
# Returns non-zero when it cannot, so that the caller skips the PostgreSQL pass with a notice.
start_postgres() {
  if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
    command -v apt-get >/dev/null 2>&1 || return 1
    echo "ci: installing postgresql"
    (timeout 240 apt-get update -qq && DEBIAN_FRONTEND=noninteractive timeout 240 apt-get install -y -qq postgresql >/dev/null) || return 1
  fi
  local version
  version=$(ls /usr/lib/postgresql | sort -n | tail -n 1)
  [ -n "$version" ] || return 1
  if ! pg_lsclusters -h 2>/dev/null | grep -q "^$version main"; then
    pg_createcluster "$version" main >/dev/null || return 1
  fi
  pg_ctlcluster "$version" main start 2>/dev/null || true
  local port
  port=$(pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" { print $3 }')
  for _ in $(seq 1 30); do
    pg_isready -q -h 127.0.0.1 -p "$port" && break
    sleep 1
  done
  pg_isready -q -h 127.0.0.1 -p "$port" || return 1
  # The role's password is random, made once per machine and kept beside the cluster's data (readable
  # by root only): a second start (bench:scale while a suite runs) keeps it, so a DATABASE_URL
  # handed out earlier still connects.
  local password secret
  secret="/var/lib/postgresql/clubkit_ci.password"
  if [ -s "$secret" ]; then
    password=$(cat "$secret")
  else
    password=$(node -e "process.stdout.write(require('node:crypto').randomBytes(16).toString('hex'))")
    (umask 077 && printf '%s' "$password" >"$secret") || return 1
  fi
  su postgres -c "psql -q -p $port -v ON_ERROR_STOP=1" <<SQL >/dev/null || return 1
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'clubkit_ci') THEN CREATE ROLE clubkit_ci LOGIN; END IF;
END \$\$;
ALTER ROLE clubkit_ci PASSWORD '$password';
SQL
  su postgres -c "psql -q -p $port -tc \"SELECT 1 FROM pg_database WHERE datname = 'clubkit_ci'\"" | grep -q 1 ||
    su postgres -c "createdb -p $port -O clubkit_ci clubkit_ci" || return 1
  export DATABASE_URL="postgres://clubkit_ci:$password@127.0.0.1:$port/clubkit_ci"
}
