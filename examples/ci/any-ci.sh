#!/bin/sh
# republint in any CI (Jenkins, CircleCI, Buildkite, Drone, a cron job...): build the site, check
# every republished Daily Caller News Foundation (DCNF) story in it, keep a JSON report, and
# fail the build the way republint's exit code says.
#
# Run it from the site's repository root, next to a republint.config.json like
# examples/partner-site/republint.config.json. POSIX sh; needs Node.js 20.12 or later and npm.
# republint should be a dev dependency of the site (`npm install --save-dev republint`), so the
# lockfile pins its version; otherwise `npx --yes republint@1` fetches it.
#
# Exit codes (republint's, passed on unchanged):
#   0  every page was checked and no term is broken
#   1  at least one page breaks a term (logo, reporter's byline, DCNF affiliation), or there
#      are more warnings than --max-warnings allows
#   2  something could not be checked: bad usage or configuration, or a page that could not be
#      loaded (missing, empty, too large, not HTML, unreachable URL...). 2 wins over 1.
set -u

CONFIG=${REPUBLINT_CONFIG:-republint.config.json}
REPORT=${REPUBLINT_REPORT:-republint.json}

# 1. Install and build. Placeholder: your site's own build, writing the pages the config's
#    "inputs" name (dist/ here).
npm ci || exit 2
npm run build || exit 2

# 2. Check. stylish goes to the log; the JSON report (a stable format: see the README's
#    "JSON output") goes to a file to archive or post-process. `|| status=$?` keeps the exit
#    code without stopping the script, even under `set -e`.
status=0
npx republint -c "$CONFIG" -f "stylish,json=$REPORT" || status=$?

# 3. Explain, then hand the exit code to the CI.
case $status in
  0) echo "republint: all republished DCNF stories meet the terms." ;;
  1) echo "republint: some republished DCNF stories break the terms; see above and $REPORT." >&2 ;;
  2) echo "republint: could not check everything (configuration or a page that did not load); see above." >&2 ;;
  *) echo "republint: exited with $status." >&2 ;;
esac

# Archive $REPORT as a build artifact in your CI, whatever the outcome. To report without
# failing the build on findings, but still fail when nothing could be checked:
#   [ "$status" -eq 1 ] && exit 0
exit "$status"
