// Real upstreams in look-alike (see test/support/upstream-cases.ts): shellcheck, goreleaser.
import { upstreamSuite } from '../support/upstream-cases.js';

upstreamSuite(['shellcheck', 'goreleaser']);
