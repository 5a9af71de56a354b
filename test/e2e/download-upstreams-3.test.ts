// Real upstreams in look-alike (see test/support/upstream-cases.ts): kubectl, shellcheck, goreleaser.
import { upstreamSuite } from '../support/upstream-cases.js';

upstreamSuite(['kubectl', 'shellcheck', 'goreleaser']);
