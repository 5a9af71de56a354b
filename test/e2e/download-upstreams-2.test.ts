// Real upstreams in look-alike (see test/support/upstream-cases.ts): hugo, process-compose, gh.
import { upstreamSuite } from '../support/upstream-cases.js';

upstreamSuite(['hugo', 'process-compose', 'gh']);
