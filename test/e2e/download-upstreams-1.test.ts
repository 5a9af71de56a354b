// Real upstreams in look-alike (see test/support/upstream-cases.ts): nats, liftbridge, telegraf.
import { upstreamSuite } from '../support/upstream-cases.js';

upstreamSuite(['nats', 'liftbridge', 'telegraf']);
