/**
 * bzip2 streams: files made by the real `bzip2`, decoded as the consumer reads. The decoder must not
 * read the file ahead of a slow reader (memory would grow with the asset), must give the same bytes
 * as `bzip2 -d` (several blocks, concatenated streams), and must call a damaged file corrupt.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import { createHash, randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { test } from 'node:test';
import { decompressed } from '../../src/archive/decompress.js';
import { tempDir } from '../support/launcher.js';
import { missingTools } from '../support/upstreams.js';

const skip = (await missingTools()).includes('bzip2') ? 'bzip2 not installed (apt-get install bzip2)' : false;
const MiB = 1 << 20;

/** Executable-like bytes: per 64 KiB, half random and half zeros (about 2x in bzip2, like a binary). */
function binaryLike(bytes: number): Buffer {
  const b = randomBytes(bytes);
  for (let off = 32768; off < bytes; off += 65536) b.fill(0, off, Math.min(bytes, off + 32768));
  return b;
}

async function all(chunks: AsyncIterable<Buffer>): Promise<Buffer[]> {
  const out: Buffer[] = [];
  for await (const c of chunks) out.push(c);
  return out;
}

function bzip2(file: string, data: Buffer, level = '-9'): void {
  fs.writeFileSync(file, execFileSync('bzip2', ['-c', level], { input: data, maxBuffer: 1 << 30 }));
}

/** A read stream on `file` whose reads are counted, and a promise for "no read in flight, none started". */
function countedSource(file: string) {
  const seen = { bytes: 0, inFlight: 0 };
  const countingFs = {
    open: fs.open,
    close: fs.close,
    read: (fd: number, buf: Buffer, off: number, len: number, pos: number | null, cb: (e: Error | null, n: number, b: Buffer) => void) => {
      seen.inFlight++;
      fs.read(fd, buf, off, len, pos, (err, n, b) => {
        seen.inFlight--;
        seen.bytes += n;
        cb(err, n, b);
      });
    },
  };
  const source = fs.createReadStream(file, { highWaterMark: 64 * 1024, fs: countingFs } as Parameters<typeof fs.createReadStream>[1]);
  // The producer has done all it will do until the consumer reads again: no read in flight across
  // two turns of the event loop (decoding is synchronous, so it happens within a turn).
  const settled = async () => {
    for (let quiet = 0; quiet < 2;) {
      await new Promise((r) => setImmediate(r));
      quiet = seen.inFlight === 0 ? quiet + 1 : 0;
    }
  };
  return { source, seen, settled };
}

test('bzip2: a slow reader holds the decoder back: the file is never read more than about two blocks ahead', { skip }, async () => {
  const d = await tempDir();
  try {
    const file = join(d.path, 'big.bz2');
    const data = binaryLike(24 * MiB);
    bzip2(file, data); // 900 KB blocks: 24 MiB is 28 of them, ~12 MiB compressed
    const compressed = fs.statSync(file).size;
    const { source, seen, settled } = countedSource(file);
    const hash = createHash('sha256');
    let consumed = 0;
    let worst = 0;
    for await (const chunk of decompressed(file, 'bzip2', source)) {
      hash.update(chunk);
      consumed += chunk.length;
      await settled();
      // Compressed bytes that the consumed output needed: consumed / ratio. What is read beyond that
      // is read ahead: one block of input, the one being decoded, and one stream buffer.
      const ahead = seen.bytes - (consumed * compressed) / data.length;
      worst = Math.max(worst, ahead);
      assert.ok(ahead < 2.5 * MiB, `read ${seen.bytes} bytes of ${compressed} for ${consumed} of ${data.length} decoded: ${ahead} ahead`);
    }
    assert.equal(hash.digest('hex'), createHash('sha256').update(data).digest('hex'));
    assert.equal(consumed, data.length);
    assert.equal(seen.bytes, compressed);
    assert.ok(worst > 0, 'the check saw read-ahead at all');
  } finally {
    await d.cleanup();
  }
});

test('bzip2: decoding 16 MiB grows the resident memory of a fresh process by less than 64 MiB', { skip }, async () => {
  // unbzip2-stream's own stream collected each 900 KB block byte by byte in a JS array: +131 MiB
  // here. The peak (VmHWM) is read by the child itself, in a process that does nothing else.
  const d = await tempDir();
  try {
    const file = join(d.path, 'a.bz2');
    bzip2(file, binaryLike(16 * MiB));
    const script = join(d.path, 'decode.mts');
    const status = (key: string) => `Number(/${key}:\\s+(\\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))[1]) / 1024`;
    fs.writeFileSync(
      script,
      `import { readFileSync } from 'node:fs';
import { decompressed } from ${JSON.stringify(new URL('../../src/archive/decompress.ts', import.meta.url).pathname)};
const start = ${status('VmRSS')};
let n = 0;
for await (const c of decompressed(process.argv[2], 'bzip2')) n += c.length;
console.log(JSON.stringify({ n, growth: ${status('VmHWM')} - start }));
`,
    );
    const out = JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', script, file], { encoding: 'utf8' })) as { n: number; growth: number };
    assert.equal(out.n, 16 * MiB);
    assert.ok(out.growth < 64, `peak RSS grew by ${out.growth.toFixed(1)} MiB while decoding 16 MiB`);
  } finally {
    await d.cleanup();
  }
});

test('bzip2: every block size, many blocks and concatenated streams decode as bzip2 -d does', { skip }, async () => {
  const d = await tempDir();
  try {
    const data = binaryLike(3 * MiB + 12345);
    for (const level of ['-1', '-5', '-9']) {
      const file = join(d.path, `a${level}.bz2`);
      bzip2(file, data, level);
      const out = Buffer.concat(await all(decompressed(file, 'bzip2')));
      assert.ok(out.equals(data), level);
    }
    // `cat a.bz2 b.bz2 > c.bz2` is one file to bzip2 -d: ours reads both streams.
    const two = join(d.path, 'two.bz2');
    fs.writeFileSync(two, Buffer.concat([fs.readFileSync(join(d.path, 'a-1.bz2')), fs.readFileSync(join(d.path, 'a-9.bz2'))]));
    const both = Buffer.concat(await all(decompressed(two, 'bzip2')));
    assert.ok(both.equals(Buffer.concat([data, data])));
    // Empty input (bzip2 of nothing) is a valid stream with no blocks.
    const empty = join(d.path, 'empty.bz2');
    bzip2(empty, Buffer.alloc(0));
    assert.deepEqual(await all(decompressed(empty, 'bzip2')), []);
  } finally {
    await d.cleanup();
  }
});

test('bzip2: a truncated file, a flipped bit and a file that is not bzip2 are "archive is corrupt", one line', { skip }, async () => {
  const d = await tempDir();
  try {
    const data = binaryLike(2 * MiB);
    const good = join(d.path, 'good.bz2');
    bzip2(good, data, '-1');
    const bytes = fs.readFileSync(good);
    const cases: Record<string, Buffer> = {
      truncated: bytes.subarray(0, Math.floor(bytes.length / 2)),
      'cut at the end marker': bytes.subarray(0, bytes.length - 4),
      'flipped bit': Buffer.from(bytes).fill(bytes[bytes.length >> 1] ^ 0x10, bytes.length >> 1, (bytes.length >> 1) + 1),
      'not bzip2': Buffer.from('this is not a bzip2 file at all\n'.repeat(100)),
      empty: Buffer.alloc(0),
    };
    for (const [what, content] of Object.entries(cases)) {
      const file = join(d.path, `${what.replace(/ /g, '-')}.bz2`);
      fs.writeFileSync(file, content);
      await assert.rejects(
        (async () => {
          for await (const _ of decompressed(file, 'bzip2'));
        })(),
        (err: Error) => {
          assert.match(err.message, /^archive is corrupt \(bzip2: [^\n]+\)$/, what);
          return true;
        },
        what,
      );
    }
  } finally {
    await d.cleanup();
  }
});
