# The start that scripts/screenshots.sh and scripts/screenshots-lang.sh share. Sourced by them, not run.
#
# screenshots_start NAME HINT TOOLS ARGS...
#   Reads [--no-build] [MESSAGE_FILE] from ARGS and sets "message" (by default
#   ../shared/samples/seed-tech-support-scam.txt, or else assets/examples/tech-support-refund.txt) and
#   "rest" (the arguments after MESSAGE_FILE). Stops with "NAME: TOOL is missing (HINT)" when a tool of
#   TOOLS (a list with spaces) is not installed; builds the jar unless --no-build; stops when the jar or
#   the message is missing. Call it from the project folder.
screenshots_start() {
  local name=$1 hint=$2 tools=$3 build=1 tool
  shift 3
  if [ "${1:-}" = "--no-build" ]; then
    build=0
    shift
  fi
  message="${1:-}"
  [ $# -gt 0 ] && shift
  rest=("$@")
  if [ -z "$message" ]; then
    if [ -f ../shared/samples/seed-tech-support-scam.txt ]; then
      message=../shared/samples/seed-tech-support-scam.txt
    else
      message=assets/examples/tech-support-refund.txt
    fi
  fi
  for tool in $tools; do
    command -v "$tool" >/dev/null || { echo "$name: $tool is missing ($hint)" >&2; exit 2; }
  done
  if [ "$build" = 1 ]; then
    mvn -q -B package -DskipTests
  fi
  [ -f target/scamcheck.jar ] || { echo "$name: target/scamcheck.jar is missing" >&2; exit 2; }
  [ -f "$message" ] || { echo "$name: no such file: $message" >&2; exit 2; }
}
