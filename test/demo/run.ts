// `npm run demo`: the whole cycle against the local GitHub, printed as a timeline.
import { runDemo } from './demo.js';

console.log('sync demo: local GitHub on 127.0.0.1, bundled actions run as the runner runs them\n');
const steps = await runDemo((line) => console.log(line));
process.exitCode = steps.every((s) => s.ok) ? 0 : 1;
