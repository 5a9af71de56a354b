export const id = 5941;
export const ids = [5941];
export const modules = {

/***/ 5941:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CI_YML: () => (/* binding */ CI_YML),
/* harmony export */   DISPATCH_YML: () => (/* binding */ DISPATCH_YML),
/* harmony export */   ECOSYSTEM_JSON: () => (/* binding */ ECOSYSTEM_JSON),
/* harmony export */   SUBSCRIPTIONS_JSON: () => (/* binding */ SUBSCRIPTIONS_JSON),
/* harmony export */   UPSTREAM_YML: () => (/* binding */ UPSTREAM_YML),
/* harmony export */   VERSIONS_YML: () => (/* binding */ VERSIONS_YML),
/* harmony export */   syncUpstreamYml: () => (/* binding */ syncUpstreamYml)
/* harmony export */ });
/** What `ghsync init` writes: the README's manifest and workflows, as starting points. */
const VERSIONS_YML = `# versions.yml: one pinned version per binary (see the sync README, "The manifest")
tag: "{name}-{version}"             # release holding each version's assets
asset: "{bin}-{os}-{arch}.tar.gz"
binaries:
  example:
    version: v0.1.0
    build: go build -o "$SYNC_OUT/example" .
    # upstream: { repo: owner/example, track: releases }
`;
const CI_YML = `name: ci
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
const UPSTREAM_YML = `name: upstream
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
const ECOSYSTEM_JSON = `[{ "repo": "owner/cousin", "subscriptions": ["features/example"] }]
`;
const DISPATCH_YML = `name: dispatch-cousins
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
const SUBSCRIPTIONS_JSON = `["features/example"]
`;
function syncUpstreamYml(upstream) {
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


/***/ })

};
