/** What `ghsync init` writes: the README's manifest and workflows, as starting points. */
export const VERSIONS_YML = `# versions.yml: one pinned version per binary (see the sync README, "The manifest")
tag: "{name}-{version}"             # release holding each version's assets
asset: "{bin}-{os}-{arch}.tar.gz"
binaries:
  example:
    version: v0.1.0
    build: go build -o "$SYNC_OUT/example" .
    # upstream: { repo: owner/example, track: releases }
`;

export const CI_YML = `name: ci
on:
  push:
  pull_request:
permissions:
  contents: write          # the first run of a new version uploads to the release
jobs:
  tools:
    strategy:
      matrix:
        os: [ubuntu-latest, macos-latest]
    runs-on: \${{ matrix.os }}
    steps:
      - uses: actions/checkout@v4
      - uses: org/sync@v1                  # every binary in versions.yml: tool cache, release, or build + release
`;

export const UPSTREAM_YML = `name: upstream
on:
  repository_dispatch:
    types: [upstream-update]
  workflow_dispatch:
permissions:
  contents: write
  pull-requests: write
jobs:
  check:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: org/sync/check-upstream@v1
        with:
          update: pull-request
`;

export const ECOSYSTEM_JSON = `[{ "repo": "owner/cousin", "subscriptions": ["features/example"] }]
`;

export const DISPATCH_YML = `name: dispatch-cousins
on:
  push:
    branches: [main]
permissions:
  contents: read
jobs:
  dispatch:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with: { fetch-depth: 0 }
      - uses: org/sync/dispatch-cousins@v1
        with:
          token: \${{ secrets.ECOSYSTEM_TOKEN }}
`;

export const SUBSCRIPTIONS_JSON = `["features/example"]
`;

export function syncUpstreamYml(upstream: string): string {
  return `name: sync-upstream
on:
  repository_dispatch:
    types: [feature-update]
permissions:
  contents: read
jobs:
  sync:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with: { token: '\${{ secrets.COUSIN_TOKEN }}' }
      - uses: org/sync/sync-upstream@v1
        with:
          upstream: ${upstream}
          token: \${{ secrets.COUSIN_TOKEN }}
`;
}
