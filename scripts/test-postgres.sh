# Functions to run a throw-away PostgreSQL 15 cluster on a loopback port for
# the tests. Sourced by scripts/test.sh; exports NOVA_TEST_PG_URL.

pg_bin() {
    ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}

as_pg_user() {
    if [[ $(id -u) -eq 0 ]]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

start_test_postgres() {
    local bin port
    bin=$(pg_bin)
    [[ -n "$bin" ]] || { echo "test-postgres: PostgreSQL binaries not found" >&2; return 1; }
    NOVA_PG_DIR=$(mktemp -d /tmp/nova-pg.XXXXXX)
    [[ $(id -u) -ne 0 ]] || chown postgres:postgres "$NOVA_PG_DIR"
    port=$((20000 + RANDOM % 20000))
    as_pg_user "$bin/initdb" -D "$NOVA_PG_DIR/data" -U nova -A trust -E UTF8 --locale=C.UTF-8 >"$NOVA_PG_DIR/initdb.log"
    as_pg_user "$bin/pg_ctl" -D "$NOVA_PG_DIR/data" -l "$NOVA_PG_DIR/server.log" -w \
        -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$NOVA_PG_DIR -c fsync=off" start >/dev/null
    as_pg_user "$bin/createdb" -h 127.0.0.1 -p "$port" -U nova nova_test
    export NOVA_TEST_PG_URL="postgresql://nova@127.0.0.1:$port/nova_test"
    export NOVA_PG_DIR
    echo "test-postgres: running on 127.0.0.1:$port"
}

stop_test_postgres() {
    [[ -n "${NOVA_PG_DIR:-}" && -d "$NOVA_PG_DIR/data" ]] || return 0
    as_pg_user "$(pg_bin)/pg_ctl" -D "$NOVA_PG_DIR/data" -m fast -w stop >/dev/null || true
    rm -rf "$NOVA_PG_DIR"
}
