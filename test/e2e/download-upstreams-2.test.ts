// Real upstreams in look-alike (see test/support/upstream-cases.ts): process-compose, gh, ripgrep, jq.
import { upstreamSuite } from '../support/upstream-cases.js';

upstreamSuite(['process-compose', 'gh', 'ripgrep', 'jq']);
