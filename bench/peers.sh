#!/usr/bin/env bash
# Runs SpamAssassin, Rspamd and this checker over the same labelled folder of mail and prints one table:
# for each label and language, the share of messages each one flags, and the time per message.
#
#   bench/peers.sh [CORPUS_DIR]        (default: ../shared/corpus; needs CORPUS_DIR/labels.tsv)
#
# Everything stays on this computer: both daemons listen on 127.0.0.1 only, SpamAssassin runs with local
# tests only (-L: no DNS, RBL, Razor, Pyzor or DCC), and Rspamd runs with every network module off and
# its DNS resolver pointed at 127.0.0.1:53, so a lookup fails at once instead of leaving the machine.
# Debian's packages are installed with apt-get when missing (root, or sudo). The daemons are stopped
# when the script ends, however it ends.
#
# Settings (environment): JOBS (parallel workers per tool, default: number of cores), SA_PORT (17830),
# RSPAMD_PORT (17833), MAX_SECONDS (time limit per tool, default 1800), JAVA (java).
# Output: the table on standard output and in target/peers/table.txt; one line per message in
# target/peers/outcomes.tsv; the raw answers of each tool in target/peers/raw-*.
set -euo pipefail

here="$(cd "$(dirname "$0")/.." && pwd)"
corpus_arg="${1:-../shared/corpus}"
cd "$here"
if [ ! -f "$corpus_arg/labels.tsv" ]; then
  echo "peers.sh: no labels.tsv in $corpus_arg" >&2
  exit 1
fi
corpus="$(cd "$corpus_arg" && pwd)"

JOBS="${JOBS:-$(nproc 2>/dev/null || echo 2)}"
SA_PORT="${SA_PORT:-17830}"
RSPAMD_PORT="${RSPAMD_PORT:-17833}"
MAX_SECONDS="${MAX_SECONDS:-1800}"
JAVA="${JAVA:-java}"
# spamc skips messages over 500 KB unless told otherwise; the corpus has a few larger ones.
SPAMC_MAX_BYTES=8000000
out="$here/target/peers"
mkdir -p "$out"

log() { printf '%s\n' "peers.sh: $*" >&2; }

# ---------------------------------------------------------------- install what is missing (Debian)
need=()
command -v spamc >/dev/null 2>&1 || need+=(spamc)
command -v spamd >/dev/null 2>&1 || [ -x /usr/sbin/spamd ] || need+=(spamd)
command -v spamassassin >/dev/null 2>&1 || need+=(spamassassin)
command -v rspamd >/dev/null 2>&1 || need+=(rspamd)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi
  log "installing ${need[*]} from Debian's packages"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
SPAMD="$(command -v spamd || echo /usr/sbin/spamd)"

# ---------------------------------------------------------------- the checker's jar
jar="$here/target/scamcheck.jar"
if [ ! -f "$jar" ]; then
  log "building target/scamcheck.jar"
  mvn -q -B -o package -DskipTests || mvn -q -B package -DskipTests
fi

# ---------------------------------------------------------------- the messages, in labels.tsv order
list="$out/files.txt"
awk -F'\t' 'NR > 1 && $1 != "" { print $1 }' "$corpus/labels.tsv" >"$list"
total=$(wc -l <"$list")
missing=0
while IFS= read -r p; do [ -f "$corpus/$p" ] || missing=$((missing + 1)); done <"$list"
[ "$missing" = 0 ] || log "$missing files named in labels.tsv are missing (counted as errors)"
log "$total messages from $corpus, $JOBS parallel workers per tool"

# ---------------------------------------------------------------- daemons, stopped on exit
tmp="$(mktemp -d /tmp/peers.XXXXXX)"
chmod 755 "$tmp"
spamd_pid=""
rspamd_pid=""
stop_daemons() {
  # Stop only the daemons this script started, by their recorded process ids.
  [ -n "$spamd_pid" ] || spamd_pid="$(cat "$tmp/spamd.pid" 2>/dev/null || true)"
  [ -n "$rspamd_pid" ] || rspamd_pid="$(cat "$tmp/rspamd/run/rspamd.pid" 2>/dev/null || true)"
  if [ -n "$spamd_pid" ] && kill -0 "$spamd_pid" 2>/dev/null; then
    kill "$spamd_pid" 2>/dev/null || true
  fi
  if [ -n "$rspamd_pid" ] && kill -0 "$rspamd_pid" 2>/dev/null; then
    kill "$rspamd_pid" 2>/dev/null || true
  fi
  for _ in $(seq 1 50); do
    { [ -n "$spamd_pid" ] && kill -0 "$spamd_pid" 2>/dev/null; } ||
      { [ -n "$rspamd_pid" ] && kill -0 "$rspamd_pid" 2>/dev/null; } || break
    sleep 0.1
  done
  cp "$tmp/spamd.log" "$out/spamd.log" 2>/dev/null || true
  cp "$tmp/rspamd/log/rspamd.log" "$out/rspamd.log" 2>/dev/null || true
  rm -rf "$tmp"
}
trap stop_daemons EXIT
trap 'exit 130' INT TERM

port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
for p in "$SA_PORT" "$RSPAMD_PORT"; do
  if port_busy "$p"; then
    log "port 127.0.0.1:$p is already in use; set SA_PORT / RSPAMD_PORT"
    exit 1
  fi
done

run_as=()
if [ "$(id -u)" = 0 ]; then run_as=(-u debian-spamd -g debian-spamd); fi
# -L: local tests only (no DNS, RBL, Razor, Pyzor, DCC). -x: no per-user config. Bayes is off and learns
# nothing, so the result does not depend on the order of the messages, and nothing is written anywhere.
"$SPAMD" -L -x -d --listen="127.0.0.1:$SA_PORT" --allowed-ips=127.0.0.1 \
  --max-children="$JOBS" --min-children="$JOBS" --min-spare=1 --max-spare="$JOBS" \
  "${run_as[@]}" --pidfile="$tmp/spamd.pid" --syslog="$tmp/spamd.log" --helper-home-dir="$tmp" \
  --cf='use_bayes 0' --cf='bayes_auto_learn 0' --cf='dns_available no' \
  --timeout-child=120

# Rspamd: the stock rules from /etc/rspamd, plus a local.d folder written here that turns every network
# module off and points the resolver at 127.0.0.1:53 (nothing listens there, so any lookup fails at once).
rc="$tmp/rspamd"
mkdir -p "$rc/local.d" "$rc/override.d" "$rc/db" "$rc/run" "$rc/log"
cat >"$rc/rspamd.conf" <<EOF
.include "\$CONFDIR/common.conf"
options {
    pidfile = "\$RUNDIR/rspamd.pid";
    .include "\$CONFDIR/options.inc"
    .include(try=true; priority=1,duplicate=merge) "\$LOCAL_CONFDIR/local.d/options.inc"
}
logging {
    type = "file";
    filename = "\$LOGDIR/rspamd.log";
    level = "info";
}
worker "normal" {
    bind_socket = "127.0.0.1:$RSPAMD_PORT";
    .include "\$CONFDIR/worker-normal.inc"
    count = $JOBS;
    task_timeout = 60s;
}
EOF
cat >"$rc/local.d/options.inc" <<'EOF'
dns {
    nameserver = ["127.0.0.1:53"];
    timeout = 0.1s;
    retransmits = 0;
    sockets = 2;
}
# Maps that live on the web are never fetched again during the run.
map_watch_interval = 1d;
EOF
for m in rbl surbl emails spf dkim dmarc arc asn fuzzy_check rspamd_update mx_check dcc reputation \
  neural url_redirector replies greylist ratelimit history_redis bimi clickhouse elastic \
  metadata_exporter metric_exporter antivirus external_services p0f spamtrap dkim_signing \
  external_relay once_received; do
  echo 'enabled = false;' >"$rc/local.d/$m.conf"
done
# hfilter: keep the checks of the message itself (links, recipients); drop the ones about the sending
# server (HELO, its host name, the sender domain's DNS records), which need a live SMTP session or DNS.
cat >"$rc/local.d/hfilter.conf" <<'EOF'
helo_enabled = false;
hostname_enabled = false;
from_enabled = false;
EOF
# DATE_IN_PAST compares the Date header with the time of the scan, so every archived message gets it;
# at delivery time it would not. Its weight is set to 0 so that replaying old mail is not held against it.
cat >"$rc/local.d/headers_group.conf" <<'EOF'
symbols {
    "DATE_IN_PAST" { weight = 0.0; }
}
EOF
cat >"$rc/local.d/phishing.conf" <<'EOF'
# The phishing module compares a link's text with where it goes (a local test); its web feeds stay off.
openphish_enabled = false;
phishtank_enabled = false;
EOF
if [ "$(id -u)" = 0 ]; then
  chown -R _rspamd:_rspamd "$rc/db" "$rc/run" "$rc/log"
  rs_user=(-u _rspamd -g _rspamd)
else
  rs_user=()
fi
rspamd -c "$rc/rspamd.conf" "${rs_user[@]}" \
  --var="LOCAL_CONFDIR=$rc" --var="DBDIR=$rc/db" --var="RUNDIR=$rc/run" --var="LOGDIR=$rc/log" \
  >"$tmp/rspamd.out" 2>&1 || { cat "$tmp/rspamd.out" >&2; exit 1; }

# Wait (bounded) for both to answer.
probe="$tmp/probe.eml"
printf 'From: a@example.org\nTo: b@example.org\nSubject: hello\n\nhello\n' >"$probe"
chmod 644 "$probe"
ready=0
for _ in $(seq 1 120); do
  [ -z "$spamd_pid" ] && [ -s "$tmp/spamd.pid" ] && spamd_pid="$(cat "$tmp/spamd.pid")"
  [ -z "$rspamd_pid" ] && [ -s "$rc/run/rspamd.pid" ] && rspamd_pid="$(cat "$rc/run/rspamd.pid")"
  if spamc -d 127.0.0.1 -p "$SA_PORT" -t 5 -x -c <"$probe" >/dev/null 2>&1 || [ $? = 1 ]; then
    if rspamc -h "127.0.0.1:$RSPAMD_PORT" -t 5 "$probe" 2>/dev/null | grep -q '^Action:'; then
      ready=1
      break
    fi
  fi
  sleep 0.5
done
if [ "$ready" != 1 ]; then
  log "the daemons did not answer within 60 s"
  tail -n 20 "$tmp/spamd.log" "$rc/log/rspamd.log" >&2 2>/dev/null || true
  exit 1
fi
# Rspamd answers before its helper has compiled the rules for Hyperscan; wait (bounded) until every
# worker has loaded them, so the timing is that of a running server, not of one warming up.
for _ in $(seq 1 120); do
  loaded=$(grep -c 'rspamd_worker_hyperscan_ready' "$rc/log/rspamd.log" 2>/dev/null || true)
  [ "${loaded:-0}" -ge "$JOBS" ] && break
  sleep 0.5
done
[ "${loaded:-0}" -ge "$JOBS" ] || log "rspamd's Hyperscan rules were not ready after 60 s; going on"
log "spamd (pid $spamd_pid) on 127.0.0.1:$SA_PORT and rspamd (pid $rspamd_pid) on 127.0.0.1:$RSPAMD_PORT are up"

now_ms() { echo $(($(date +%s%N) / 1000000)); }
load_before="$(cut -d' ' -f1-3 /proc/loadavg)"

# ---------------------------------------------------------------- SpamAssassin
# One spamc per message (that is how spamc works), $JOBS at a time. -c prints "score/threshold".
log "SpamAssassin ..."
t0=$(now_ms)
(cd "$corpus" && timeout "$MAX_SECONDS" xargs -d '\n' -P "$JOBS" -n 1 sh -c '
    r=$(spamc -d 127.0.0.1 -p "$0" -t 120 -x -s "$1" -c <"$2" 2>/dev/null)
    printf "%s\t%s\n" "$2" "${r:-error}"' "$SA_PORT" "$SPAMC_MAX_BYTES" <"$list") >"$out/raw-spamassassin.tsv" || true
sa_ms=$(($(now_ms) - t0))

# ---------------------------------------------------------------- Rspamd
# rspamc takes many files and keeps $JOBS requests in flight.
log "Rspamd ..."
t0=$(now_ms)
(cd "$corpus" && timeout "$MAX_SECONDS" xargs -d '\n' -n 500 \
  rspamc -h "127.0.0.1:$RSPAMD_PORT" -t 120 -n "$JOBS" <"$list") >"$out/raw-rspamd.txt" 2>&1 || true
rs_ms=$(($(now_ms) - t0))

# ---------------------------------------------------------------- this checker
# One JVM per worker, each checking its share of the files (check --json prints one line per file).
log "scamcheck ..."
# Each JVM writes to its own file: long JSON lines from two processes on one pipe could interleave.
split -n "l/$JOBS" -d "$list" "$tmp/share."
t0=$(now_ms)
for share in "$tmp"/share.*; do
  (cd "$corpus" && timeout "$MAX_SECONDS" xargs -d '\n' -a "$share" \
    "$JAVA" -jar "$jar" check --json >"$share.jsonl" 2>"$share.err") &
done
wait
sc_ms=$(($(now_ms) - t0))
cat "$tmp"/share.*.jsonl >"$out/raw-scamcheck.jsonl"
cat "$tmp"/share.*.err >"$out/scamcheck.stderr"

# ---------------------------------------------------------------- join and print
awk -F'\t' -v OFS='\t' \
  -v sa="$out/raw-spamassassin.tsv" -v rs="$out/raw-rspamd.txt" -v sc="$out/raw-scamcheck.jsonl" '
  BEGIN {
    while ((getline line < sa) > 0) {
      split(line, f, "\t"); s = f[2]; sub(/\/.*/, "", s)
      sa_score[f[1]] = (s ~ /^-?[0-9.]+$/) ? s : "error"
    }
    while ((getline line < rs) > 0) {
      if (line ~ /^Results for file: /) {
        cur = line; sub(/^Results for file: /, "", cur); sub(/ \([0-9.]+ seconds\)$/, "", cur)
        rs_action[cur] = "error"
      } else if (line ~ /^Action: /) {
        a = line; sub(/^Action: /, "", a); rs_action[cur] = a
      } else if (line ~ /^Spam: /) {
        rs_spam[cur] = (line ~ /^Spam: true/) ? 1 : 0
      } else if (line ~ /^Score: /) {
        s = line; sub(/^Score: /, "", s); sub(/ .*/, "", s); rs_score[cur] = s
      }
    }
    while ((getline line < sc) > 0) {
      if (!match(line, /"file": ?"[^"]*"/)) continue
      fl = substr(line, RSTART, RLENGTH); sub(/^"file": ?"/, "", fl); sub(/"$/, "", fl)
      v = "error"
      if (match(line, /"verdict": ?"[^"]*"/)) {
        v = substr(line, RSTART, RLENGTH); sub(/^"verdict": ?"/, "", v); sub(/"$/, "", v)
      }
      sc_verdict[fl] = v
    }
    print "path", "label", "family", "lang", "sa_score", "sa_flagged", "rspamd_action", "rspamd_score", \
      "rspamd_flagged", "rspamd_spam", "scamcheck_verdict", "scamcheck_flagged"
  }
  NR == 1 || $1 == "" { next }
  {
    p = $1
    s = (p in sa_score) ? sa_score[p] : "error"
    a = (p in rs_action) ? rs_action[p] : "error"
    v = (p in sc_verdict) ? sc_verdict[p] : "error"
    print p, $2, $3, $4, s, (s != "error" && s + 0 >= 5.0) ? 1 : 0, a, (p in rs_score) ? rs_score[p] : "", \
      (a != "error" && a != "no action") ? 1 : 0, (p in rs_spam) ? rs_spam[p] : 0, v, (v == "suspicious" || v == "likely-scam") ? 1 : 0
  }' "$corpus/labels.tsv" >"$out/outcomes.tsv"

{
  echo "Corpus: $corpus ($total messages), $(date -u +%Y-%m-%d), $JOBS parallel workers per tool."
  echo "Share of messages flagged. SpamAssassin: score >= 5.0 (its default required_score)."
  echo "Rspamd: any action other than \"no action\" (greylist, add header, rewrite subject, reject); \"spam\":"
  echo "add header or stronger (score >= 6); \"reject\": score >= 15. scamcheck: suspicious or likely-scam."
  echo
  awk -F'\t' '
    NR == 1 { next }
    {
      for (w = 1; w <= 2; w++) {
        k = (w == 1) ? $2 " / all" : $2 " / " $4
        g[k]++; sa[k] += $6; rs[k] += $9; rsp[k] += $10; rj[k] += ($7 == "reject"); sc[k] += $12
      }
      err[1] += ($5 == "error"); err[2] += ($7 == "error"); err[3] += ($11 == "error")
    }
    function pct(a, b) { return sprintf("%5.1f%%", b ? 100 * a / b : 0) }
    function order(k,    a) {
      split(k, a, " / ")
      return a[1] (a[2] == "all" ? " 0" : sprintf(" 1%09d", 1e8 - g[k])) a[2]
    }
    END {
      printf "| %-18s | %5s | %12s | %10s | %11s | %13s | %9s |\n", "label / language", "n", "SpamAssassin", \
        "Rspamd any", "Rspamd spam", "Rspamd reject", "scamcheck"
      printf "|%s|%s|%s|%s|%s|%s|%s|\n", "--------------------", "------:", "-------------:", "-----------:", \
        "------------:", "--------------:", "----------:"
      n = 0
      for (k in g) keys[++n] = k
      for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++)
        if (order(keys[j]) < order(keys[i])) { t = keys[i]; keys[i] = keys[j]; keys[j] = t }
      for (i = 1; i <= n; i++) {
        k = keys[i]
        printf "| %-18s | %5d | %12s | %10s | %11s | %13s | %9s |\n", k, g[k], pct(sa[k], g[k]), \
          pct(rs[k], g[k]), pct(rsp[k], g[k]), pct(rj[k], g[k]), pct(sc[k], g[k])
      }
      printf "\nNo answer (counted as not flagged): SpamAssassin %d, Rspamd %d, scamcheck %d.\n", err[1], err[2], err[3]
    }' "$out/outcomes.tsv"
  echo
  awk -v n="$total" -v j="$JOBS" -v sa="$sa_ms" -v rs="$rs_ms" -v sc="$sc_ms" 'BEGIN {
    printf "| %-12s | %8s | %12s | %s |\n", "tool", "wall (s)", "ms / message", "how it ran"
    printf "|%s|%s|%s|%s|\n", "--------------", "---------:", "-------------:", "---"
    printf "| %-12s | %8.1f | %12.1f | %s |\n", "SpamAssassin", sa / 1000, sa / n, \
      "spamd -L with " j " children; one spamc per message, " j " at a time"
    printf "| %-12s | %8.1f | %12.1f | %s |\n", "Rspamd", rs / 1000, rs / n, \
      "rspamd with " j " workers; rspamc given many files per call, " j " requests in flight"
    printf "| %-12s | %8.1f | %12.1f | %s |\n", "scamcheck", sc / 1000, sc / n, \
      j " JVMs of check --json FILE..., each on its share of the files; JVM start included"
  }'
  echo
  echo "Wall time over all messages divided by their number; daemon start-up not counted."
  dns=$(grep -o 'dns req: [0-9]*' "$rc/log/rspamd.log" 2>/dev/null | awk '{ s += $3; n++ } END { print s + 0 " in " n + 0 }')
  echo "DNS lookups by Rspamd while scanning: ${dns% in *} in ${dns#* in } scans (SpamAssassin ran with -L: none)."
  load_after="$(cut -d' ' -f1-3 /proc/loadavg)"
  if awk -v l="${load_before%% *}" -v m="${load_after%% *}" -v c="$(nproc)" 'BEGIN { exit !(l > c + 1) }'; then
    echo "Warning: the machine was busy with other work before the run (load average $load_before on $(nproc)"
    echo "cores): all three times are longer than on an idle machine."
  fi
  echo "Load average before the run: $load_before; after it (this run included): $load_after."
  echo "Per-message outcomes: target/peers/outcomes.tsv"
} | tee "$out/table.txt"
