#!/usr/bin/env bash
# Smoke test of the frozen program: does what was built run, away from the source tree?
#
#   packaging/smoke_test.sh dist/ropa-desktop [dist/ropa-desktop_*.deb]
#
# For the folder, and for the .deb unpacked into an empty folder (dpkg-deb -x, running
# opt/ropa-desktop from there): `ropa --version`; `ropa demo` on a new file (the schema made by the
# bundled migrations); the statement PDF and the workbook by the real commands; the window started
# offscreen on that register, opening it and quitting by itself (ROPA_QUIT_AFTER_MS), timed.
# For the .deb also: its files, its Depends (the X11 plugin's libraries), the man page, and the
# AppStream metadata (appstreamcli, where installed).
set -euo pipefail

folder=$(realpath "$1")
deb=${2:+$(realpath "$2")}
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0

fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
pass() { echo "ok: $*"; }

# A file that exists, is at least $2 bytes, and starts with the bytes $3 says it should.
check_file() {
    local file=$1 least=$2 magic=$3 size
    if [ ! -f "$file" ]; then fail "$file not written"; return; fi
    size=$(stat -c %s "$file")
    if [ "$size" -lt "$least" ]; then fail "$file is $size bytes"; return; fi
    if [ "$(head -c ${#magic} "$file")" != "$magic" ]; then fail "$file does not start with $magic"; return; fi
    pass "$(basename "$file") ($size bytes)"
}

run_program() {  # the folder holding ropa and ropa-desktop; a name for the messages
    local app=$1 name=$2 out="$work/$2"
    mkdir -p "$out/home"
    # A user of its own: settings, logs and the demo go there, not into whoever runs this.
    export HOME="$out/home" XDG_CONFIG_HOME="$out/home/.config" XDG_DATA_HOME="$out/home/.local/share"
    export XDG_STATE_HOME="$out/home/.local/state" XDG_CACHE_HOME="$out/home/.cache"
    echo "== $name: $app"

    local version
    version=$("$app/ropa" --version) || fail "$name: ropa --version"
    [[ "$version" == "ROPA Desktop "* ]] && pass "ropa --version: $version" || fail "ropa --version said: $version"

    if "$app/ropa" demo "$out/demo.ropa" >/dev/null; then pass "ropa demo"; else fail "$name: ropa demo"; fi
    "$app/ropa" verify "$out/demo.ropa" >/dev/null || fail "$name: ropa verify"
    # The demo has findings on purpose; --force writes the statement all the same.
    "$app/ropa" statement "$out/demo.ropa" --format pdf --force -o "$out/statement.pdf" >/dev/null 2>&1 \
        || fail "$name: ropa statement --format pdf"
    check_file "$out/statement.pdf" 10000 "%PDF"
    "$app/ropa" export "$out/demo.ropa" --format xlsx -o "$out/register.xlsx" >/dev/null 2>&1 \
        || fail "$name: ropa export --format xlsx"
    check_file "$out/register.xlsx" 10000 "PK"

    # The window on the register, as a double-click on it starts it (Exec=ropa-desktop %f). A
    # register that fails to open shows a dialog and never quits: the timeout catches that.
    local start end status=0
    start=$(date +%s%N)
    QT_QPA_PLATFORM=offscreen ROPA_QUIT_AFTER_MS=0 timeout 120 "$app/ropa-desktop" "$out/demo.ropa" \
        >"$out/window.log" 2>&1 || status=$?
    end=$(date +%s%N)
    if [ "$status" -eq 0 ]; then
        pass "ropa-desktop started offscreen and quit by itself in $(((end - start) / 1000000)) ms"
    else
        fail "$name: ropa-desktop exited $status"; cat "$out/window.log" >&2
    fi
    # The window remembers a register it opened: proof that it opened this one.
    grep -rqs "demo.ropa" "$XDG_CONFIG_HOME" && pass "the window opened demo.ropa" \
        || fail "$name: the window did not record demo.ropa as opened"
}

check_deb() {
    local root="$work/deb-root" fields depends package
    mkdir -p "$root"
    dpkg-deb -x "$deb" "$root"
    echo "== the .deb: $(basename "$deb") ($(du -h "$deb" | cut -f1))"
    for path in usr/share/applications/ropa-desktop.desktop usr/share/icons/hicolor/scalable/apps/ropa-desktop.svg \
        usr/share/icons/hicolor/256x256/apps/ropa-desktop.png usr/share/icons/hicolor/16x16/apps/ropa-desktop.png \
        usr/share/mime/packages/ropa-desktop.xml usr/share/man/man1/ropa.1.gz; do
        [ -s "$root/$path" ] && pass "$path" || fail "the .deb lacks $path"
    done
    for program in ropa ropa-desktop; do
        [ "$(readlink "$root/usr/bin/$program")" = "/opt/ropa-desktop/$program" ] && pass "/usr/bin/$program" \
            || fail "/usr/bin/$program is not a link to /opt/ropa-desktop/$program"
    done
    grep -q '^MimeType=application/x-ropa-register;' "$root/usr/share/applications/ropa-desktop.desktop" \
        && grep -q '^Exec=ropa-desktop %f' "$root/usr/share/applications/ropa-desktop.desktop" \
        && grep -q 'pattern="\*.ropa"' "$root/usr/share/mime/packages/ropa-desktop.xml" \
        && pass "a .ropa opens in ropa-desktop (MIME type and menu entry)" || fail "the .ropa file type is not tied to the program"

    # Depends names the package of each library Qt's X11 plugin needs (libxcb-cursor0 among them).
    depends=$(dpkg-deb -f "$deb" Depends)
    local plugin="$root/opt/ropa-desktop/_internal/PySide6/Qt/plugins/platforms/libqxcb.so"
    [ -f "$plugin" ] || fail "the .deb lacks Qt's X11 plugin"
    for package in libxcb-cursor0 $(python3 "$here/qt_libraries.py" --packages "$plugin" --bundle "$root/opt"); do
        [[ ", $depends," == *", $package"[,\ ]* ]] || fail "Depends lacks $package"
    done
    pass "Depends: $depends"

    if command -v man >/dev/null; then
        MANWIDTH=80 man -l "$root/usr/share/man/man1/ropa.1.gz" 2>/dev/null | grep -q "ropa statement" \
            && pass "man -l ropa.1.gz" || fail "the man page does not render"
    fi
    local metainfo
    metainfo=$(ls "$root"/usr/share/metainfo/*.metainfo.xml)
    if command -v appstreamcli >/dev/null; then
        appstreamcli validate --no-net "$metainfo" && pass "appstreamcli validate" || fail "appstreamcli validate"
    else
        echo "skipped: appstreamcli is not installed (apt-get install appstream)"
    fi
    run_program "$root/opt/ropa-desktop" "deb"
}

run_program "$folder" "folder"
[ -n "$deb" ] && check_deb
if [ "$failures" -gt 0 ]; then
    echo "smoke test: $failures failed" >&2
    exit 1
fi
echo "smoke test: all passed"
