// One download to a file with a sha256 tap, by `kind`: node-http | undici | fetch. Prints ms and VmHWM.
import { createHash } from 'node:crypto';
import { createWriteStream, readFileSync } from 'node:fs';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
const [kind, url, dest] = process.argv.slice(2);
const hash = createHash('sha256');
const tap = () =>
  new Transform({
    transform(c, _e, done) {
      hash.update(c);
      done(null, c);
    },
  });
const out = () => createWriteStream(dest, { highWaterMark: 256 << 10 });
const started = performance.now();
if (kind === 'node-http') {
  const { request } = await import('node:http');
  const res = await new Promise((resolve, reject) => request(url, resolve).on('error', reject).end());
  await pipeline(res, tap(), out());
} else if (kind === 'undici') {
  const { request, EnvHttpProxyAgent } = await import('undici');
  const res = await request(url, { dispatcher: new EnvHttpProxyAgent() });
  await pipeline(res.body, tap(), out());
} else {
  const res = await fetch(url);
  await pipeline(Readable.fromWeb(res.body), tap(), out());
}
const ms = performance.now() - started;
const hwm = Number(/VmHWM:\s+(\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))[1]) / 1024;
console.log(JSON.stringify({ kind, ms: Math.round(ms), peakRssMiB: Math.round(hwm * 10) / 10, sha256: hash.digest('hex').slice(0, 12) }));
