#!/usr/bin/env node
var __webpack_exports__ = {};
const HELP = `sync: GitHub Releases as the binary cache, repository_dispatch for cousin updates

Usage: sync <command> [options]

Commands (not implemented yet):
  ensure <name> | --all     ensure a pinned binary (tool cache, release, download or build)
  release <name> --path P   package and upload a binary to its release
  check [names]             which pinned versions have a newer upstream
  dispatch [--dry-run]      tell subscribed cousin repositories what changed
  apply                     apply a dispatched feature update (sync-upstream)
  webhook                   serve GitHub webhooks and turn them into dispatches

Options: --help, --version
`;
const args = process.argv.slice(2);
if (args.length === 0 || args.includes('--help') || args.includes('-h')) {
    process.stdout.write(HELP);
    process.exit(0);
}
if (args[0] === '--version') {
    process.stdout.write('0.1.0\n');
    process.exit(0);
}
process.stderr.write(`sync: "${args[0]}" is not implemented yet (see sync --help)\n`);
process.exit(1);


