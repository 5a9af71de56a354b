/**
 * Release-cache benchmarks, all on the local GitHub stand-in (127.0.0.1), ratios against
 * baselines measured in the same run, medians of interleaved repeats:
 * - release hit of a 50 MiB asset (ensure-binary bundle: API lookup, download, digest check,
 *   extract, checksum, tool cache) vs `curl -sL <asset> | tar xz` + `sha256sum`;
 * - tool-cache hit vs the same bundle's bare cold start (no inputs: it stops at the first check);
 * - peak RSS of the ensure-binary process while ensuring a 1 GiB asset.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { once } from 'node:events';
import { packTarGz } from '../src/archive/tar.js';
import { createClient } from '../src/github/client.js';
import { silentLog } from '../src/runtime/log.js';
import { currentPlatform } from '../src/manifest/platform.js';
import { publishArchive } from '../src/releases/publish.js';
import { sha256File } from '../src/artifact/hash.js';
import { formatVersionFile } from '../src/artifact/version-file.js';
import { startGitHub } from '../test/github/index.js';
import { median, type BenchRow } from './report.js';

const ROOT = resolve(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..');
const BUNDLE = join(ROOT, 'dist', 'ensure-binary', 'index.js');
const REPO = 'bench/cache';
const MiB = 1 << 20;

/** A binary-like file: half random, half zeros per 64 KiB, so gzip does real work both ways. */
async function makeBinary(path: string, bytes: number, random = true): Promise<void> {
  const out = createWriteStream(path);
  const block = Buffer.alloc(MiB);
  const noise = randomBytes(MiB);
  for (let off = 0; off < MiB; off += 65536) noise.copy(block, off, off, off + 32768);
  for (let done = 0; done < bytes; done += MiB) {
    const chunk = random ? block : Buffer.alloc(MiB);
    if (!out.write(chunk.subarray(0, Math.min(MiB, bytes - done)))) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

function timed(file: string, args: string[], env: Record<string, string>): Promise<{ ms: number; code: number | null; out: string }> {
  return new Promise((done, fail) => {
    const started = process.hrtime.bigint();
    const child = spawn(file, args, { env, cwd: env.GITHUB_WORKSPACE, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (c) => (out += c));
    child.stderr.on('data', (c) => (out += c));
    child.on('error', fail);
    child.on('close', (code) => done({ ms: Number(process.hrtime.bigint() - started) / 1e6, code, out }));
  });
}

export async function run(repeats = Number(process.env.BENCH_REPEATS) || 7): Promise<BenchRow[]> {
  const gh = await startGitHub();
  const work = await mkdtemp(join(tmpdir(), 'sync-bench-rc-'));
  const rows: BenchRow[] = [];
  try {
    await gh.createRepo(REPO);
    await gh.commit(REPO, { files: { 'README.md': 'bench\n' } });
    const token = gh.token();
    const here = currentPlatform();
    const client = createClient({ token, apiUrl: gh.apiUrl, warn: () => {} });

    /** Publishes `bytes` of binary as `<name>` v1 with our own packer; returns the asset URL. */
    const publishBinary = async (name: string, bytes: number, level: number) => {
      const dir = join(work, `src-${name}`);
      mkdirSync(dir, { recursive: true });
      const bin = join(dir, 'tool');
      await makeBinary(bin, bytes);
      const info = { name, version: 'v1', commit: 'unknown', checksum: await sha256File(bin), os: here.os, arch: here.arch, built: '2026-01-01T00:00:00Z' };
      const archive = join(dir, 'a.tar.gz');
      const packed = await packTarGz(
        [
          { name: 'tool', file: bin, mode: 0o755 },
          { name: '.version', data: formatVersionFile(info) },
        ],
        archive,
        { level },
      );
      const done = await publishArchive({
        gh: client,
        token,
        repo: REPO,
        tag: `${name}-v1`,
        assetName: `tool-${here.os}-${here.arch}.tar.gz`,
        file: archive,
        sha256: packed.sha256,
        size: packed.size,
        clobber: true,
        create: { makeLatest: false },
        log: silentLog,
      });
      rmSync(dir, { recursive: true, force: true });
      return { url: done.asset.browser_download_url, size: packed.size };
    };

    const baseEnv = (tc: string, extra: Record<string, string> = {}) => {
      const scratch = join(work, `run-${randomBytes(4).toString('hex')}`);
      mkdirSync(scratch, { recursive: true });
      for (const f of ['output', 'path', 'summary', 'env']) writeFileSync(join(scratch, f), '');
      // A real manifest, as in a project: the hit path includes reading and validating it.
      writeFileSync(
        join(scratch, 'versions.yml'),
        'binaries:\n  big:\n    version: v1\n    bin: tool\n  small:\n    version: v1\n    bin: tool\n  huge:\n    version: v1\n    bin: tool\n',
      );
      return {
        PATH: process.env.PATH ?? '',
        HOME: work,
        ...gh.env(),
        GITHUB_REPOSITORY: REPO,
        GITHUB_WORKSPACE: scratch,
        GITHUB_OUTPUT: join(scratch, 'output'),
        GITHUB_PATH: join(scratch, 'path'),
        GITHUB_ENV: join(scratch, 'env'),
        GITHUB_STEP_SUMMARY: join(scratch, 'summary'),
        RUNNER_TEMP: scratch,
        RUNNER_TOOL_CACHE: tc,
        INPUT_TOKEN: token,
        ...extra,
      } as Record<string, string>;
    };
    const ensure = (name: string, tc: string, nodeArgs: string[] = [], extra: Record<string, string> = {}) =>
      timed(process.execPath, [...nodeArgs, BUNDLE], { ...baseEnv(tc, { INPUT_NAME: name, ...extra }) });

    const only = process.env.BENCH_ONLY;
    // 1. Release hit, 50 MiB.
    if (only !== 'rss') {
      const big = await publishBinary('big', 50 * MiB, 6);
      const ours: number[] = [];
      const base: number[] = [];
      const toolkit: number[] = [];
      // The other baseline: what an action gets from @actions/tool-cache (downloadTool, then
      // extractTar, which runs the system tar), plus the same sha256 of the binary.
      const tcScript = join(work, 'toolkit.mjs');
      writeFileSync(
        tcScript,
        [
          `import * as tc from ${JSON.stringify(join(ROOT, 'node_modules', '@actions', 'tool-cache', 'lib', 'tool-cache.js'))};`,
          `import { createHash } from 'node:crypto'; import { createReadStream } from 'node:fs';`,
          `const file = await tc.downloadTool(process.argv[2], process.argv[3] + '/a.tgz');`,
          `const dir = await tc.extractTar(file, process.argv[3] + '/x');`,
          `const h = createHash('sha256'); for await (const c of createReadStream(dir + '/tool')) h.update(c); h.digest('hex');`,
        ].join('\n'),
      );
      for (let i = 0; i <= repeats; i++) {
        const tc = join(work, `tc-${i}`);
        const r = await ensure('big', tc);
        if (r.code !== 0) throw new Error(`ensure-binary failed: ${r.out}`);
        const dir = join(work, `curl-${i}`);
        mkdirSync(dir, { recursive: true });
        const b = await timed('sh', ['-c', 'curl -sfL "$1" | tar xz -C "$2" && sha256sum "$2/tool" >/dev/null', 'sh', big.url, dir], {
          PATH: process.env.PATH ?? '',
        });
        if (b.code !== 0) throw new Error(`baseline failed: ${b.out}`);
        const tkDir = join(work, `toolkit-${i}`);
        mkdirSync(tkDir, { recursive: true });
        const k = await timed(process.execPath, [tcScript, big.url, tkDir], { PATH: process.env.PATH ?? '', RUNNER_TEMP: tkDir });
        if (k.code !== 0) throw new Error(`@actions/tool-cache baseline failed: ${k.out}`);
        rmSync(tkDir, { recursive: true, force: true });
        if (i > 0) {
          // the first round warms the page cache and is not counted
          ours.push(r.ms);
          base.push(b.ms);
          toolkit.push(k.ms);
        }
        rmSync(dir, { recursive: true, force: true });
        if (i > 0) rmSync(tc, { recursive: true, force: true });
      }
      const o = median(ours);
      const bl = median(base);
      rows.push({
        group: 'release cache',
        name: `release hit, ${(big.size / MiB).toFixed(0)} MiB asset (50 MiB binary)`,
        value: o,
        unit: 'ms',
        baseline: bl,
        ratio: o / bl,
        goal: '<= 1.3x',
        note: 'baseline: curl -sL | tar xz + sha256sum',
      });
      const tk = median(toolkit);
      rows.push({
        group: 'release cache',
        name: `release hit, ${(big.size / MiB).toFixed(0)} MiB asset, vs @actions/tool-cache`,
        value: o,
        unit: 'ms',
        baseline: tk,
        ratio: o / tk,
        goal: '<= 1.0x',
        note: 'baseline: tool-cache downloadTool + extractTar + sha256',
      });

      // 2. Tool-cache hit (the warm tool cache from round 0 holds the 50 MiB binary) vs bare cold start.
      const warm = join(work, 'tc-0');
      const hits: number[] = [];
      const bare: number[] = [];
      for (let i = 0; i <= repeats * 2; i++) {
        const h = await ensure('big', warm);
        if (h.code !== 0 || !/found in the tool cache/.test(h.out)) throw new Error(`tool cache hit failed: ${h.out}`);
        const c = await timed(process.execPath, [BUNDLE], baseEnv(warm));
        if (i > 0) {
          hits.push(h.ms);
          bare.push(c.ms);
        }
      }
      const hv = median(hits);
      const bv = median(bare);
      rows.push({
        group: 'release cache',
        name: 'tool-cache hit (50 MiB binary)',
        value: hv,
        unit: 'ms',
        baseline: bv,
        ratio: hv / bv,
        goal: '<= 1.2x',
        note: 'baseline: the bundle with no inputs',
      });
    }

    // 3. Peak RSS while ensuring a 1 GiB asset (stored, not compressed: the bytes on the wire are
    // 1 GiB), and a 1 MiB one for scale: the difference is what streaming costs.
    const rssFile = join(work, 'rss');
    const preload = join(work, 'rss.cjs');
    // VmHWM, not getrusage's maxrss: Linux carries maxrss over from the parent across exec, and
    // the parent here is this process, holding the local GitHub.
    writeFileSync(
      preload,
      `process.on('exit', () => { const fs = require('fs'); fs.writeFileSync(${JSON.stringify(rssFile)}, /VmHWM:\\s+(\\d+)/.exec(fs.readFileSync('/proc/self/status', 'utf8'))[1]); });\n`,
    );
    for (const [name, mib] of [
      ['small', 1],
      ['huge', Number(process.env.BENCH_HUGE_MIB) || 1024],
    ] as const) {
      await publishBinary(name, mib * MiB, 0);
      const h = await ensure(name, join(work, `tc-${name}`), ['--require', preload]);
      if (h.code !== 0) throw new Error(`${mib} MiB ensure failed: ${h.out}`);
      const rss = Number(readFileSync(rssFile, 'utf8')) / 1024;
      rows.push({
        group: 'release cache',
        name: `peak RSS ensuring a ${mib >= 1024 ? `${mib / 1024} GiB` : `${mib} MiB`} asset`,
        value: rss,
        unit: 'MiB',
        goal: mib >= 1024 ? '< 100 MiB' : undefined,
        note: `took ${(h.ms / 1000).toFixed(1)} s`,
      });
    }
  } finally {
    await gh.close();
    rmSync(work, { recursive: true, force: true });
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { printRows } = await import('./report.js');
  printRows(await run());
}
