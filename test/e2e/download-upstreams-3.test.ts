// Real upstreams in look-alike (see test/support/upstream-cases.ts): ripgrep, jq, kubectl.
import { upstreamSuite } from '../support/upstream-cases.js';

upstreamSuite(['ripgrep', 'jq', 'kubectl']);
