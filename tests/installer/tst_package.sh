#!/usr/bin/env bash
# The Debian package, end to end: cpack makes it from this build directory,
# its control fields and contents are checked, it is installed on this
# machine, what it installed is run, and it is removed and purged again with
# nothing left behind. Installing changes the machine, so it runs only when
# allowed (NOVA_ALLOW_INSTALL=1, as root; scripts/test.sh allows it when run
# as root, as in CI) and reports itself skipped otherwise.
# Whatever fails, the trap purges the package and any dependency apt pulled
# in for it, so the machine is left as it was found.
# Usage: tst_package.sh BUILD_DIR VERSION
set -euo pipefail

readonly SKIP=77
build_dir=$(cd "$1" && pwd)
version=$2
# dpkg runs ldconfig and friends from the sbin folders.
export PATH=$PATH:/usr/local/sbin:/usr/sbin:/sbin

skip() {
    echo "SKIPPED: $*"
    exit $SKIP
}
fail() {
    echo "FAIL: $*" >&2
    exit 1
}
step() { echo "== $*"; }
package_status() { dpkg-query -W -f='${db:Status-Status}' nova-admin 2>/dev/null || true; }
installed_packages() {
    dpkg-query -W -f='${db:Status-Status} ${binary:Package}\n' | awk '$1 == "installed" { print $2 }' | sort
}

[[ ${NOVA_ALLOW_INSTALL:-} == 1 ]] ||
    skip "set NOVA_ALLOW_INSTALL=1 (as root) to let this test install and remove the package"
[[ $(id -u) -eq 0 ]] || skip "installing a package needs root"
for tool in cpack dpkg dpkg-deb dpkg-query apt-get setpriv flock; do
    command -v "$tool" >/dev/null || skip "$tool not found"
done
# Two runs of the suite on one machine would install and purge the same
# package under each other: the second waits (the lock lives in /run, a tmpfs).
lock_dir=/run/lock
[[ -d $lock_dir ]] || lock_dir=/tmp
exec 9>"$lock_dir/nova-admin-package-test.lock"
flock -w 600 9 || skip "another run of this test held the lock for 10 minutes"
# Someone else's installation, user or data is not this test's to remove.
status=$(package_status)
[[ -z $status || $status == not-installed ]] || skip "nova-admin is already on this machine ($status)"
if getent passwd nova-service >/dev/null || getent group nova-service >/dev/null; then
    skip "a user or group nova-service already exists"
fi
[[ ! -e /var/lib/nova-service && ! -e /etc/nova-service ]] ||
    skip "/var/lib/nova-service or /etc/nova-service already exists"

work=$(mktemp -d /tmp/nova-package.XXXXXX)
# apt reads the local .deb as its unprivileged _apt user.
chmod 755 "$work"
touched=0
service_pid=

cleanup() {
    local code=$?
    set +e
    if [[ -n $service_pid ]]; then
        kill -TERM "$service_pid" 2>/dev/null
        wait "$service_pid" 2>/dev/null
    fi
    if ((touched)); then
        if [[ $(package_status) != not-installed && -n $(package_status) ]]; then
            echo "cleanup: purging nova-admin"
            dpkg -P nova-admin
        fi
        # Dependencies apt installed for the package go too.
        local added
        added=$(comm -13 "$work/before.txt" <(installed_packages))
        if [[ -n $added ]]; then
            echo "cleanup: purging what was installed with it: $added"
            # shellcheck disable=SC2086
            DEBIAN_FRONTEND=noninteractive apt-get purge -y -q $added
        fi
    fi
    rm -rf "$work"
    exit $code
}
trap cleanup EXIT

step "cpack -G DEB;TGZ in $build_dir"
if ! (cd "$build_dir" && cpack -G "DEB;TGZ" -B "$work/out") >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log"
    fail "cpack failed"
fi
deb=$(echo "$work"/out/nova-admin_"$version"_*.deb)
tgz=$(echo "$work"/out/nova-admin-"$version"-*.tar.gz)
[[ -f $deb ]] || fail "no nova-admin_${version}_*.deb in $work/out: $(ls "$work/out")"
[[ -f $tgz ]] || fail "no nova-admin-${version}-*.tar.gz in $work/out: $(ls "$work/out")"
chmod 644 "$deb"

step "dpkg-deb -I $(basename "$deb")"
dpkg-deb -I "$deb"
field() { dpkg-deb -f "$deb" "$1"; }
has() { grep -Eq "(^|, )($2)( |,|$)" <<<"$1"; }
[[ $(field Package) == nova-admin ]] || fail "Package is $(field Package)"
[[ $(field Version) == "$version" ]] || fail "Version is $(field Version), not $version"
[[ $(field Architecture) == "$(dpkg --print-architecture)" ]] || fail "Architecture is $(field Architecture)"
[[ -n $(field Maintainer) ]] || fail "no Maintainer"
[[ $(field Section) == admin ]] || fail "Section is $(field Section)"
depends=$(field Depends)
# dpkg-shlibdeps' part (linked libraries) and ours (plugins loaded at run time).
for package in libqt6core6 libqt6gui6 libqt6widgets6 libqt6network6 libqt6sql6 libqt6websockets6 \
    libqt6sql6-sqlite qt6-qpa-plugins libsecret-1-0 libssl3 libargon2-1 libqrencode4 adduser; do
    has "$depends" "$package" || fail "Depends lacks $package: $depends"
done
recommends=$(field Recommends)
for package in qt6-translations-l10n libqt6sql6-psql fonts-noto-core; do
    has "$recommends" "$package" || fail "Recommends lacks $package: $recommends"
done
dpkg-deb --ctrl-tarfile "$deb" | tar -t | sed 's|^\./||' | sort >"$work/control-members.txt"
for member in control md5sums postinst prerm postrm conffiles; do
    grep -qx "$member" "$work/control-members.txt" || fail "control.tar lacks $member"
done
[[ $(dpkg-deb -I "$deb" conffiles) == /etc/nova-service/config.json ]] ||
    fail "conffiles is not /etc/nova-service/config.json"

step "dpkg-deb -c $(basename "$deb")"
dpkg-deb -c "$deb" | tee "$work/contents.txt"
# Regular files only, as absolute paths.
awk '$1 ~ /^-/ { sub(/^\./, "", $6); print $6 }' "$work/contents.txt" | sort >"$work/deb-files.txt"
unit=/usr/lib/systemd/system/nova-service.service
expected=(/usr/bin/nova-admin /usr/bin/nova-ctl /usr/bin/nova-service
    /usr/share/applications/nova-admin.desktop /usr/share/metainfo/io.novacrm.NovaAdmin.metainfo.xml
    /usr/share/icons/hicolor/scalable/apps/nova-admin.svg
    /usr/share/man/man1/nova-admin.1.gz /usr/share/man/man1/nova-ctl.1.gz /usr/share/man/man1/nova-service.1.gz
    "$unit" /etc/nova-service/config.json)
for size in 16 22 24 32 48 64 128 256; do
    expected+=("/usr/share/icons/hicolor/${size}x${size}/apps/nova-admin.png")
done
printf '%s\n' "${expected[@]}" | sort >"$work/expected-files.txt"
if ! diff -u "$work/expected-files.txt" "$work/deb-files.txt"; then
    fail "the package's files differ from the expected ones (- expected, + in the package)"
fi
for program in nova-admin nova-ctl nova-service; do
    grep -Eq "^-rwxr-xr-x root/root .* \./usr/bin/$program\$" "$work/contents.txt" ||
        fail "/usr/bin/$program is not an executable owned by root"
done

step "the .tar.gz holds the same files"
tar -tvzf "$tgz" | awk '$1 ~ /^-/ { sub(/^[^\/]*/, "", $6); print $6 }' | sort >"$work/tgz-files.txt"
diff -u "$work/deb-files.txt" "$work/tgz-files.txt" || fail "the .tar.gz and the .deb differ"

step "validating what the package ships"
dpkg-deb -x "$deb" "$work/root"
desktop=$work/root/usr/share/applications/nova-admin.desktop
for key in 'Name\[ar\]' 'Comment\[ar\]' 'GenericName\[ar\]' Exec=nova-admin Icon=nova-admin; do
    grep -q "^$key" "$desktop" || fail "the desktop file has no $key"
done
if command -v desktop-file-validate >/dev/null; then
    out=$(desktop-file-validate "$desktop" 2>&1) || fail "desktop-file-validate: $out"
    [[ -z $out ]] || fail "desktop-file-validate: $out"
    echo "desktop-file-validate: no errors, no warnings"
else
    echo "desktop-file-validate not installed: not run"
fi
if command -v appstreamcli >/dev/null; then
    appstreamcli validate --no-net "$work/root/usr/share/metainfo/io.novacrm.NovaAdmin.metainfo.xml" ||
        fail "appstreamcli validate refused the metainfo"
else
    echo "appstreamcli not installed: not run"
fi
for size in 16 22 24 32 48 64 128 256; do
    png=$work/root/usr/share/icons/hicolor/${size}x${size}/apps/nova-admin.png
    [[ $(head -c 8 "$png" | od -An -tx1 | tr -d ' \n') == 89504e470d0a1a0a ]] || fail "$png is not a PNG"
    # The IHDR chunk: width and height as 32-bit big-endian numbers at 16 and 20.
    dims=$(od -An -tu1 -j16 -N8 "$png" |
        awk '{ print $1 * 16777216 + $2 * 65536 + $3 * 256 + $4 "x" $5 * 16777216 + $6 * 65536 + $7 * 256 + $8 }')
    [[ $dims == "${size}x${size}" ]] || fail "$png is $dims"
done
for program in nova-admin nova-ctl nova-service; do
    page=$work/root/usr/share/man/man1/$program.1.gz
    gzip -dc "$page" | grep -q "^\.TH \"\?${program^^}\"\? " || fail "$page has no .TH for $program"
    # From --help, and from installer/man/$program.h2m.
    gzip -dc "$page" | grep -q "^\.SH DESCRIPTION" || fail "$page has no DESCRIPTION"
    gzip -dc "$page" | grep -q '^\.SH "SEE ALSO"' || fail "$page has no SEE ALSO"
    if LC_ALL=C.UTF-8 gzip -dc "$page" | grep -q $'\xe2\x81[\xa6-\xa9]'; then
        fail "$page contains Unicode isolates"
    fi
    if command -v man >/dev/null; then
        warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -l "$page" 2>&1 >/dev/null) || true
        [[ -z $warnings ]] || fail "man reports for $page: $warnings"
    fi
done
echo "desktop entry, metainfo, icons and man pages are fine"

step "apt-get install $(basename "$deb")"
installed_packages >"$work/before.txt"
touched=1
DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
    -o DPkg::Lock::Timeout=300 "$deb"
[[ $(package_status) == installed ]] || fail "nova-admin is $(package_status) after apt-get install"

step "running the installed programs"
cd /
mkdir -m 700 "$work/home"
out=$(/usr/bin/nova-ctl --version)
echo "nova-ctl --version: $out"
[[ $out == "nova-ctl $version" ]] || fail "nova-ctl --version printed \"$out\""
out=$(HOME=$work/home XDG_CONFIG_HOME=$work/home XDG_RUNTIME_DIR=$work/home QT_QPA_PLATFORM=offscreen \
    /usr/bin/nova-admin --version)
echo "nova-admin --version: $out"
[[ $out == *" $version" ]] || fail "nova-admin --version printed \"$out\""
out=$(/usr/bin/nova-service --version)
echo "nova-service --version: $out"
[[ $out == *" $version" ]] || fail "nova-service --version printed \"$out\""
missing=$(ldd /usr/bin/nova-admin /usr/bin/nova-ctl /usr/bin/nova-service | grep 'not found' || true)
[[ -z $missing ]] || fail "libraries not found: $missing"

step "the system user and the state directory"
entry=$(getent passwd nova-service) || fail "postinst made no user nova-service"
echo "$entry"
IFS=: read -r _ _ uid _ _ home shell <<<"$entry"
((uid < 1000)) || fail "nova-service is not a system user (uid $uid)"
[[ $shell == */nologin || $shell == /bin/false ]] || fail "nova-service has a login shell: $shell"
[[ $home == /var/lib/nova-service ]] || fail "nova-service's home is $home"
getent group nova-service >/dev/null || fail "no group nova-service"
[[ $(stat -c '%U:%G %a' /var/lib/nova-service) == "nova-service:nova-service 700" ]] ||
    fail "/var/lib/nova-service is $(stat -c '%U:%G %a' /var/lib/nova-service)"
[[ $(stat -c '%U:%G %a' /etc/nova-service/config.json) == "root:nova-service 640" ]] ||
    fail "/etc/nova-service/config.json is $(stat -c '%U:%G %a' /etc/nova-service/config.json)"

installed_unit=$(dpkg -L nova-admin | grep '/systemd/system/nova-service\.service$')
if command -v systemd-analyze >/dev/null; then
    step "systemd-analyze verify $installed_unit"
    # Documentation=man: is checked by running man, when there is one.
    man_check=()
    command -v man >/dev/null || man_check=(--man=no)
    out=$(systemd-analyze verify "${man_check[@]}" "$installed_unit" 2>&1) ||
        fail "systemd-analyze verify: $out"
    # Other units on the machine may draw remarks; ours must draw none.
    if grep -F "nova-service" <<<"$out"; then
        fail "systemd-analyze verify has remarks on the unit"
    fi
    echo "systemd-analyze verify: accepted${out:+ (about other units: $out)}"
    systemd-analyze security --offline=yes "$installed_unit" 2>/dev/null | tail -n 1 || true
else
    echo "systemd-analyze not installed: the unit was not verified"
fi

step "nova-ctl and nova-service as installed, as user nova-service"
# The unit's environment, without systemd's sandbox (none may run here).
# exec: in the background, $! is then the service itself, not a subshell.
as_service() {
    exec setpriv --reuid=nova-service --regid=nova-service --init-groups -- env -i PATH=/usr/bin:/bin \
        HOME=/var/lib/nova-service XDG_DATA_HOME=/var/lib/nova-service LANG=C.UTF-8 USER=nova-service \
        QT_ENABLE_REGEXP_JIT=0 "$@"
}
key=$(as_service /usr/bin/nova-ctl --database /var/lib/nova-service/nova.sqlite \
    --secrets file:/var/lib/nova-service/secrets service ingest-key)
[[ ${#key} -ge 32 ]] || fail "nova-ctl service ingest-key printed \"$key\""
# The configuration's port may be taken on this machine: any free one.
as_service /usr/bin/nova-service --config /etc/nova-service/config.json --listen 127.0.0.1:0 \
    2>"$work/service.log" &
service_pid=$!
for _ in $(seq 150); do
    grep -q '"listening"' "$work/service.log" && break
    kill -0 "$service_pid" 2>/dev/null || break
    sleep 0.2
done
grep -q '"listening"' "$work/service.log" || {
    cat "$work/service.log"
    fail "nova-service did not start listening"
}
kill -TERM "$service_pid"
code=0
wait "$service_pid" || code=$?
service_pid=
cat "$work/service.log"
((code == 0)) || fail "nova-service exited with $code after SIGTERM"
for path in /var/lib/nova-service/nova.sqlite /var/lib/nova-service/secrets/ingest-key; do
    [[ $(stat -c %U "$path") == nova-service ]] || fail "$path is missing or not nova-service's"
done
[[ $(stat -c %a /var/lib/nova-service/secrets) == 700 ]] || fail "the secret folder is not 0700"
strays=$(find /etc /var /tmp /run /dev/shm /usr -xdev -user nova-service -not -path '/var/lib/nova-service*' \
    2>/dev/null || true)
[[ -z $strays ]] || fail "nova-service wrote outside its state directory: $strays"

step "dpkg -r nova-admin"
dpkg -L nova-admin | sort >"$work/listed.txt"
dpkg -r nova-admin
[[ $(package_status) == config-files ]] || fail "nova-admin is $(package_status) after dpkg -r"
left=()
while read -r path; do
    if [[ -d $path && ! -L $path ]] || [[ $path == /etc/nova-service/config.json ]]; then
        continue # folders may be shared; a conffile stays until the purge
    fi
    if [[ -e $path || -L $path ]]; then
        left+=("$path")
    fi
done <"$work/listed.txt"
((${#left[@]} == 0)) || fail "dpkg -r left ${left[*]}"
[[ -f /etc/nova-service/config.json && -d /var/lib/nova-service ]] ||
    fail "dpkg -r removed the configuration or the data, which only a purge should"

step "dpkg -P nova-admin"
dpkg -P nova-admin
[[ $(package_status) == not-installed || -z $(package_status) ]] || fail "nova-admin is $(package_status) after purge"
while read -r path; do
    if [[ ! -d $path || -L $path ]] && [[ -e $path || -L $path ]]; then
        left+=("$path")
    fi
done <"$work/listed.txt"
# The package's own folders, what postinst and the service made, enablement links.
for path in /etc/nova-service /var/lib/nova-service $(find /etc/systemd -name 'nova-service*' 2>/dev/null); do
    if [[ -e $path || -L $path ]]; then
        left+=("$path")
    fi
done
((${#left[@]} == 0)) || fail "dpkg -P left ${left[*]}"
if getent passwd nova-service >/dev/null || getent group nova-service >/dev/null; then
    fail "the user or group nova-service is still there after purge"
fi
echo "purged: no file, folder, user or group left"
echo "PASS"
