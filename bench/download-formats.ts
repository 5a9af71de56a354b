/**
 * Upstream download benchmarks on the local GitHub stand-in (127.0.0.1), archives made by the real
 * `zip`/`tar`/`xz`/`gzip`/`zstd`/`bzip2` CLIs, medians of interleaved repeats:
 * - a 50 MiB `.zip` and `.tar.xz` through the ensure-binary bundle (download, unpack, pick the
 *   binary, hash, tool cache; release-on-miss off) vs `curl -o f.zip && unzip` and
 *   `curl | tar xJ` of the same URL in the same run;
 * - peak RSS of the bundle while ensuring a 1 GiB download of each format (bzip2 smaller by
 *   default, BENCH_BZ2_MIB to change: its pure-JavaScript decoder runs at a few MB/s; the size is
 *   in the row, with its time against `curl | tar xj` of the same URL).
 */
import { execFile, spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { currentPlatform } from '../src/manifest/platform.js';
import { startGitHub } from '../test/github/index.js';
import { publishUpstream } from '../test/support/upstreams.js';
import { median, type BenchRow } from './report.js';

const sh = promisify(execFile);
const ROOT = resolve(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..');
const BUNDLE = join(ROOT, 'dist', 'ensure-binary', 'index.js');
const MiB = 1 << 20;

/** Binary-like bytes: per 64 KiB, half random and half zeros (compresses about 2x, as executables do). */
async function makeBinary(path: string, bytes: number): Promise<void> {
  const out = createWriteStream(path, { mode: 0o755 });
  const block = Buffer.alloc(MiB);
  for (let done = 0; done < bytes; done += MiB) {
    const noise = randomBytes(MiB);
    for (let off = 0; off < MiB; off += 65536) noise.copy(block, off, off, off + 32768);
    if (!out.write(block.subarray(0, Math.min(MiB, bytes - done)))) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

function timed(file: string, args: string[], env: Record<string, string>, cwd?: string): Promise<{ ms: number; code: number | null; out: string }> {
  return new Promise((done, fail) => {
    const started = process.hrtime.bigint();
    const child = spawn(file, args, { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (c) => (out += c));
    child.stderr.on('data', (c) => (out += c));
    child.on('error', fail);
    child.on('close', (code) => done({ ms: Number(process.hrtime.bigint() - started) / 1e6, code, out }));
  });
}

/** Packs `dir/tool` as `format` with the real CLI into `out`. */
async function pack(dir: string, format: string, out: string): Promise<void> {
  const tar = (flags: string[]) => sh('tar', [...flags, '-cf', out, '-C', dir, 'tool']);
  if (format === 'zip') await sh('zip', ['-q', '-1', out, 'tool'], { cwd: dir });
  else if (format === 'tar.xz') await sh('sh', ['-c', 'tar -cf - -C "$1" tool | xz -1 -T2 > "$2"', 'sh', dir, out]);
  else if (format === 'tar.gz') await tar(['-z']);
  else if (format === 'tar.bz2') await tar(['-j']);
  else if (format === 'tar.zst') await tar(['--zstd']);
  else if (format === 'gz') await sh('sh', ['-c', 'gzip -1 -c "$1/tool" > "$2"', 'sh', dir, out]);
  else if (format === 'raw') await sh('cp', [join(dir, 'tool'), out]);
}

export async function run(repeats = Number(process.env.BENCH_REPEATS) || 5): Promise<BenchRow[]> {
  const gh = await startGitHub();
  const work = await mkdtemp(join(tmpdir(), 'sync-bench-dl-'));
  const rows: BenchRow[] = [];
  // Each figure is also printed when measured: a long run that fails later keeps what it found.
  const push = rows.push.bind(rows);
  rows.push = (...r: BenchRow[]) => {
    for (const x of r)
      console.error(
        `bench: ${x.name}: ${x.value.toFixed(1)} ${x.unit}${x.ratio ? ` (${x.ratio.toFixed(2)}x of ${x.baseline!.toFixed(1)})` : ''}; ${x.note ?? ''}`,
      );
    return push(...r);
  };
  const here = currentPlatform();
  try {
    const token = gh.token();
    const manifest = join(work, 'versions.yml');
    let yaml = 'binaries:\n';
    const publish = async (key: string, format: string, bytes: number) => {
      const dir = join(work, `src-${key}`);
      mkdirSync(dir, { recursive: true });
      await makeBinary(join(dir, 'tool'), bytes);
      const name = `tool-${key}-${here.os}-${here.arch}${format === 'raw' ? '' : `.${format}`}`;
      const file = join(work, name);
      await pack(dir, format, file);
      rmSync(dir, { recursive: true, force: true });
      // Streamed by curl: a 1 GiB asset never sits in this process's memory.
      await publishUpstream(gh, token, 'up/tool', 'v1', {});
      const rel = (await (await fetch(`${gh.apiUrl}/repos/up/tool/releases/tags/v1`, { headers: { authorization: `token ${token}` } })).json()) as {
        upload_url: string;
      };
      await sh('curl', [
        '-sf',
        '-X',
        'POST',
        '-H',
        `authorization: token ${token}`,
        '-H',
        'content-type: application/octet-stream',
        '-T',
        file,
        `${rel.upload_url.replace(/\{.*$/, '')}?name=${name}`,
      ]);
      rmSync(file, { force: true });
      const url = `${gh.url}/up/tool/releases/download/v1/${name}`;
      yaml += `  ${key}:\n    version: v1\n    bin: tool\n    download: { url: "${url}", format: ${format} }\n`;
      writeFileSync(manifest, yaml);
      return url;
    };
    const env = (tc: string, name: string) => {
      const scratch = join(work, `run-${randomBytes(4).toString('hex')}`);
      mkdirSync(scratch, { recursive: true });
      for (const f of ['output', 'path', 'summary', 'env']) writeFileSync(join(scratch, f), '');
      return {
        PATH: process.env.PATH ?? '',
        HOME: work,
        ...gh.env(),
        GITHUB_REPOSITORY: 'bench/cache',
        GITHUB_WORKSPACE: work,
        GITHUB_OUTPUT: join(scratch, 'output'),
        GITHUB_PATH: join(scratch, 'path'),
        GITHUB_ENV: join(scratch, 'env'),
        GITHUB_STEP_SUMMARY: join(scratch, 'summary'),
        RUNNER_TEMP: scratch,
        RUNNER_TOOL_CACHE: tc,
        INPUT_NAME: name,
        INPUT_TOKEN: token,
        'INPUT_RELEASE-ON-MISS': 'false',
      } as Record<string, string>;
    };

    if (process.env.BENCH_ONLY !== 'rss') {
      // 1. 50 MiB zip and tar.xz vs curl + unzip / curl | tar xJ.
      const baselines: Record<string, string> = {
        zip: 'curl -sfL "$1" -o "$2/a.zip" && unzip -q "$2/a.zip" -d "$2" && sha256sum "$2/tool" >/dev/null',
        'tar.xz': 'curl -sfL "$1" | tar xJ -C "$2" && sha256sum "$2/tool" >/dev/null',
      };
      for (const format of ['zip', 'tar.xz']) {
        const key = `fifty-${format.replace('.', '')}`;
        const url = await publish(key, format, 50 * MiB);
        const ours: number[] = [];
        const base: number[] = [];
        for (let i = 0; i <= repeats; i++) {
          const tc = join(work, `tc-${key}-${i}`);
          const o = await timed(process.execPath, [BUNDLE], env(tc, key), work);
          if (o.code !== 0 || !/downloaded from/.test(o.out)) throw new Error(`${key}: ${o.out}`);
          const dir = join(work, `curl-${key}-${i}`);
          mkdirSync(dir, { recursive: true });
          const b = await timed('sh', ['-c', baselines[format], 'sh', url, dir], { PATH: process.env.PATH ?? '' });
          if (b.code !== 0) throw new Error(`baseline ${format}: ${b.out}`);
          rmSync(tc, { recursive: true, force: true });
          rmSync(dir, { recursive: true, force: true });
          if (i > 0) {
            ours.push(o.ms);
            base.push(b.ms);
          }
        }
        const o = median(ours);
        const b = median(base);
        rows.push({
          group: 'download',
          name: `upstream download, 50 MiB .${format}`,
          value: o,
          unit: 'ms',
          baseline: b,
          ratio: o / b,
          note: `baseline: ${format === 'zip' ? 'curl -o + unzip' : 'curl | tar xJ'} + sha256sum; ${repeats} repeats`,
        });
      }
    }

    // 2. Peak RSS (VmHWM of the bundle process) ensuring a big download of each format.
    const rssFile = join(work, 'rss');
    const preload = join(work, 'rss.cjs');
    writeFileSync(
      preload,
      `process.on('exit', () => { const fs = require('fs'); fs.writeFileSync(${JSON.stringify(rssFile)}, /VmHWM:\\s+(\\d+)/.exec(fs.readFileSync('/proc/self/status', 'utf8'))[1]); });\n`,
    );
    const big = Number(process.env.BENCH_HUGE_MIB) || 1024;
    const formats = (process.env.BENCH_FORMATS ?? 'zip,tar.xz,tar.gz,tar.zst,gz,raw,tar.bz2').split(',').filter((f) => f && f !== 'none');
    for (const format of formats) {
      const mib = format === 'tar.bz2' ? Math.min(big, Number(process.env.BENCH_BZ2_MIB) || 128) : big;
      const key = `rss-${format.replace('.', '')}`;
      const url = await publish(key, format, mib * MiB);
      const tc = join(work, `tc-${key}`);
      const h = await timed(process.execPath, ['--require', preload, BUNDLE], env(tc, key), work);
      if (h.code !== 0) throw new Error(`${key}: ${h.out}`);
      // bzip2's decoder is pure JavaScript: its speed against the real tools, on the same URL.
      let vs = '';
      if (format === 'tar.bz2') {
        const dir = join(work, `curl-${key}`);
        mkdirSync(dir, { recursive: true });
        const b = await timed('sh', ['-c', 'curl -sfL "$1" | tar xj -C "$2" && sha256sum "$2/tool" >/dev/null', 'sh', url, dir], {
          PATH: process.env.PATH ?? '',
        });
        if (b.code !== 0) throw new Error(`baseline tar.bz2: ${b.out}`);
        rmSync(dir, { recursive: true, force: true });
        vs = `, ${(mib / (h.ms / 1000)).toFixed(1)} MiB/s vs curl | tar xj + sha256sum ${(b.ms / 1000).toFixed(1)} s (${(mib / (b.ms / 1000)).toFixed(1)} MiB/s)`;
      }
      rows.push({
        group: 'download',
        name: `peak RSS ensuring a ${mib >= 1024 ? `${mib / 1024} GiB` : `${mib} MiB`} .${format} download`,
        value: Number(readFileSync(rssFile, 'utf8')) / 1024,
        unit: 'MiB',
        goal: '< 150 MiB',
        note: `took ${(h.ms / 1000).toFixed(1)} s${vs}`,
      });
      rmSync(tc, { recursive: true, force: true });
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
