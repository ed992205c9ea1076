#!/usr/bin/env bash
# The package as a user gets it: the .deb made (cpack) from this build, checked by lintian,
# installed on this machine with apt-get, both programs run from /usr/bin, the manual pages and the
# completions found where man and each shell look, then purged again with nothing left behind.
#
# Needs root, as CI runs, to install. Leaves the machine as it was, also when a step fails (the EXIT
# trap purges the package; every step has a time limit well inside the ctest timeout, so the trap
# runs before ctest would kill the script). Exits 77 (ctest: skipped) rather than touch a machine
# where it cannot do that: not root, or an event-workbench package there already.
#
# Usage: package-test.sh BUILD_DIR
set -euo pipefail
# The checks read the programs' English, whatever the machine speaks (docs/translations.md).
export EWB_LANGUAGE=en
build=$(cd "$1" && pwd)
skip() {
    echo "SKIPPED: $*"
    exit 77
}
fail() {
    echo "FAILED: $*" >&2
    exit 1
}
[ "$(id -u)" -eq 0 ] || skip "installing the package needs root (CI runs as root)"
if dpkg-query -W -f='${db:Status-Status}' event-workbench 2>/dev/null | grep -qv '^not-installed$'; then
    skip "an event-workbench package is on this machine already; this test would replace or remove it"
fi

work=$(mktemp -d /tmp/ewb-package-test.XXXXXX)
chmod 755 "$work" # apt's download user reads the .deb from here
installed=0
sandbox_pid=""
cleanup() {
    local status=$?
    if [ -n "$sandbox_pid" ]; then
        kill "$sandbox_pid" 2>/dev/null || true
        wait "$sandbox_pid" 2>/dev/null || true
    fi
    if [ "$installed" = 1 ]; then
        echo "Purging event-workbench again"
        DEBIAN_FRONTEND=noninteractive timeout 300 apt-get purge -y -q -o DPkg::Lock::Timeout=120 \
            event-workbench >/dev/null || dpkg --purge event-workbench || true
    fi
    rm -rf "$work"
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

step() { echo "== $*"; }

step "the .deb, made by cpack from $build"
timeout 300 cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work/deb" >"$work/cpack.log" 2>&1 ||
    { cat "$work/cpack.log"; fail "cpack"; }
deb=$(ls "$work"/deb/event-workbench_*.deb)
echo "$deb"

step "lintian: no errors, no warnings"
# As root lintian says it would rather not be; that line is all it means.
lint=0
timeout 300 lintian --fail-on error,warning --display-level '>=warning' --tag-display-limit 0 "$deb" \
    >"$work/lintian.log" 2>&1 || lint=$?
grep -v 'running with root privileges' "$work/lintian.log" || true
[ "$lint" = 0 ] || fail "lintian reported errors or warnings (above; exit $lint)"

step "apt-get install ./$(basename "$deb")"
# Only this package may come in: its dependencies are the build's, installed already. Anything else
# would stay behind after the purge.
others=$(apt-get -s install --no-install-recommends "$deb" 2>/dev/null | awk '/^Inst / && $2 != "event-workbench" {print $2}')
[ -z "$others" ] || fail "installing would also bring in: $others (scripts/install-deps.sh installs them)"
# What was there before, so that the check after the purge tells the package's own paths apart.
mapfile -t contents < <(dpkg-deb --fsys-tarfile "$deb" | tar -t | sed -e 's|^\./|/|' -e 's|/$||' | grep -v '^$')
present_before=()
for path in "${contents[@]}"; do
    [ -e "$path" ] && present_before+=("$path")
done
installed=1
DEBIAN_FRONTEND=noninteractive timeout 300 apt-get install -y -q --no-install-recommends \
    -o DPkg::Lock::Timeout=120 "$deb" >"$work/apt.log" 2>&1 || { cat "$work/apt.log"; fail "apt-get install"; }
mapfile -t files < <(dpkg -L event-workbench)

# The programs write nothing into root's home: a home of their own, gone with the work folder.
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share"
export XDG_CACHE_HOME="$work/home/.cache" XDG_RUNTIME_DIR="$work/run"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
unset EWB_DATA_DIR DISPLAY WAYLAND_DISPLAY

step "ewb --version and event-workbench --version: the version and the git revision of the build"
version=$(timeout 30 /usr/bin/ewb --version)
echo "$version"
[[ $version =~ ^ewb\ [0-9]+\.[0-9]+\.[0-9]+(\ \(git\ [0-9a-z.-]+\))?$ ]] || fail "ewb --version: $version"
[ "$version" = "$(timeout 30 "$build/app/ewb" --version)" ] || fail "the installed ewb is not this build's"
workbench_version=$(QT_QPA_PLATFORM=offscreen timeout 30 /usr/bin/event-workbench --version)
[ "$workbench_version" = "event-workbench ${version#ewb }" ] || fail "event-workbench --version: $workbench_version"

step "ewb validate"
printf '{"type":"track","userId":"u1","event":"Order Completed"}' >"$work/track.json"
timeout 30 /usr/bin/ewb validate "$work/track.json" | tee "$work/validate.out"
grep -q ', valid' "$work/validate.out" || fail "ewb validate did not find the call valid"
printf '{"type":"track","event":"No user"}' >"$work/anonymous.json"
code=0
timeout 30 /usr/bin/ewb validate "$work/anonymous.json" >/dev/null || code=$?
[ "$code" = 1 ] || fail "ewb validate of a call without userId or anonymousId exited $code, not 1"

step "ewb sandbox answers"
/usr/bin/ewb sandbox --port 0 --ready-file "$work/sandbox.url" 2>"$work/sandbox.log" >/dev/null &
sandbox_pid=$!
for _ in $(seq 300); do
    [ -s "$work/sandbox.url" ] && break
    kill -0 "$sandbox_pid" 2>/dev/null || { cat "$work/sandbox.log"; fail "ewb sandbox stopped"; }
    sleep 0.1
done
[ -s "$work/sandbox.url" ] || fail "ewb sandbox wrote no URL in 30 s"
base=$(cat "$work/sandbox.url")
status=$(curl -sS --max-time 10 -o "$work/answer.json" -w '%{http_code}' -u 'test-key:' \
    -H 'Content-Type: application/json' --data @"$work/track.json" "$base/track")
cat "$work/answer.json"
echo
[ "$status" = 200 ] || fail "the sandbox answered $status to a valid track call"
kill "$sandbox_pid"
wait "$sandbox_pid" || true
sandbox_pid=""

step "event-workbench --quit-after-first-paint under Xvfb"
timeout 120 xvfb-run -a -s '-screen 0 1400x900x24' /usr/bin/event-workbench --quit-after-first-paint \
    --no-sandbox --config-dir "$work/config" --data-dir "$work/data" 2>"$work/window.log" |
    tee "$work/window.out" || true
grep -q '^first-paint-ms ' "$work/window.out" || { cat "$work/window.log"; fail "the window did not paint"; }

step "manual pages: one for each program and for each ewb command"
pages=(ewb event-workbench)
mapfile -t commands < <(timeout 30 /usr/bin/ewb --help | awk '/^Commands:/ {on = 1; next} on && /^  [a-z]/ {print $1} on && /^$/ {on = 0}')
[ "${#commands[@]}" -gt 5 ] || fail "ewb --help lists ${#commands[@]} commands"
for command in "${commands[@]}"; do pages+=("ewb-$command"); done
for page in "${pages[@]}"; do
    printf '%s\n' "${contents[@]}" | grep -qxF "/usr/share/man/man1/$page.1.gz" || fail "no page $page in the .deb"
done
# A minimal image may tell dpkg to leave manual pages out (path-exclude in /etc/dpkg/dpkg.cfg.d).
if printf '%s\n' "${files[@]}" | grep -qxF /usr/share/man/man1/ewb.1.gz; then
    for page in "${pages[@]}"; do
        where=$(man -w "$page") || fail "man finds no page $page"
        [ "$where" = "/usr/share/man/man1/$page.1.gz" ] || fail "man finds $page at $where"
    done
    MANWIDTH=100 man ewb-validate 2>/dev/null | grep -q -- '--json' || fail "man ewb-validate does not describe --json"
else
    echo "dpkg leaves manual pages out on this machine: checked in the .deb only"
fi

step "completions: bash, zsh and fish find them"
bash -c 'source /usr/share/bash-completion/completions/ewb && complete -p ewb' | tee "$work/complete.out"
grep -qx 'complete -F _ewb ewb' "$work/complete.out" || fail "bash: no completion for ewb"
got=$(bash -c 'source /usr/share/bash-completion/bash_completion && _completion_loader ewb;
    COMP_WORDS=(ewb sources a); COMP_CWORD=2; _ewb; echo "${COMPREPLY[*]}"')
[ "$got" = add ] || fail "bash (bash-completion's loader): 'ewb sources a' completed to '$got'"
got=$(zsh -fc 'autoload -Uz compinit && compinit -u -D && print $_comps[ewb]')
[ "$got" = _ewb ] || fail "zsh: ewb completes with '$got', not _ewb"
got=$(fish -c 'complete -C "ewb va"' | cut -f1)
[ "$got" = validate ] || fail "fish: 'ewb va' completed to '$got'"

step "desktop entry and AppStream metadata, as installed"
desktop-file-validate /usr/share/applications/io.github.eventworkbench.EventWorkbench.desktop
appstreamcli validate --no-net /usr/share/metainfo/io.github.eventworkbench.EventWorkbench.metainfo.xml

step "apt-get purge event-workbench: nothing left behind"
DEBIAN_FRONTEND=noninteractive timeout 300 apt-get purge -y -q -o DPkg::Lock::Timeout=120 event-workbench \
    >"$work/purge.log" 2>&1 || { cat "$work/purge.log"; fail "apt-get purge"; }
installed=0
if dpkg-query -W -f='${db:Status-Status}' event-workbench 2>/dev/null | grep -qv '^not-installed$'; then
    fail "dpkg still knows event-workbench after the purge"
fi
left=()
for path in "${files[@]}"; do
    [ -e "$path" ] || continue
    printf '%s\n' "${present_before[@]}" | grep -qxF -- "$path" || left+=("$path")
done
[ "${#left[@]}" -eq 0 ] || fail "left behind: ${left[*]}"
echo "package test passed: $(basename "$deb")"
