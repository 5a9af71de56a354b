/**
 * Every download format, made by the real CLIs, unpacked by ours under the same rules: the right
 * bytes out, nothing outside the folder (zip slip, absolute names, links out), no special files,
 * and a bomb stops at the limit in every compression.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { formatFromName, unpack } from '../../src/archive/formats.js';
import { extractZip } from '../../src/archive/zip.js';
import { tempDir } from '../support/launcher.js';
import { missingTools, pack, sha256 } from '../support/upstreams.js';
import { tree } from '../support/tree.js';

const missing = await missingTools();
const skipFor = (...tools: string[]) => {
  const lacking = tools.filter((t) => missing.includes(t));
  return lacking.length ? `${lacking.join(', ')} not installed (apt-get install ${lacking.join(' ')})` : false;
};
const NEEDS: Record<string, string[]> = {
  'tar.gz': ['tar', 'gzip'],
  'tar.xz': ['tar', 'xz'],
  'tar.bz2': ['tar', 'bzip2'],
  'tar.zst': ['tar', 'zstd'],
  zip: ['zip'],
  gz: ['gzip'],
};

test('formats: named by the file name, raw otherwise', () => {
  const cases: Record<string, string> = {
    'a.tar.gz': 'tar.gz',
    'a.tgz': 'tgz',
    'a.TAR.XZ': 'tar.xz',
    'a.txz': 'txz',
    'a.tar.bz2': 'tar.bz2',
    'a.tbz2': 'tar.bz2',
    'a.tar.zst': 'tar.zst',
    'a.zip': 'zip',
    'kubectl.gz': 'gz',
    kubectl: 'raw',
    'jq-windows-amd64.exe': 'raw',
    'shellcheck-v0.10.0.linux.x86_64.tar.xz': 'tar.xz',
  };
  for (const [name, f] of Object.entries(cases)) assert.equal(formatFromName(name), f, name);
});

for (const format of ['tar.gz', 'tar.xz', 'tar.bz2', 'tar.zst', 'zip'] as const) {
  test(`formats: ${format} made by the real CLI unpacks byte for byte (tar: gnu, pax, ustar)`, { skip: skipFor(...NEEDS[format]) }, async () => {
    const d = await tempDir();
    try {
      const big = Buffer.alloc(1 << 20);
      for (let i = 0; i < big.length; i++) big[i] = (i * 2654435761) >>> 24;
      const layout = {
        'pkg-1.0/bin/tool': { data: '#!/bin/sh\necho tool\n', mode: 0o755 },
        'pkg-1.0/share/data.bin': big.toString('latin1'),
        [`pkg-1.0/${'long-name-'.repeat(12)}/x.txt`]: 'deep',
        'pkg-1.0/alias': { link: 'bin/tool' },
      };
      for (const tarFormat of format === 'zip' ? (['gnu'] as const) : (['gnu', 'pax', 'ustar'] as const)) {
        if (tarFormat === 'ustar') delete (layout as Record<string, unknown>)[`pkg-1.0/${'long-name-'.repeat(12)}/x.txt`];
        const bytes = await pack(d.path, format, layout, tarFormat);
        const file = join(d.path, `a-${tarFormat}.${format}`);
        writeFileSync(file, bytes);
        const out = join(d.path, `out-${format}-${tarFormat}`);
        const r = await unpack(file, format, out, `a.${format}`);
        assert.ok(r.files.includes('pkg-1.0/bin/tool'), r.files.join());
        assert.equal(readFileSync(join(out, 'pkg-1.0/bin/tool'), 'utf8'), '#!/bin/sh\necho tool\n');
        assert.equal(statSync(join(out, 'pkg-1.0/bin/tool')).mode & 0o111, 0o111, 'executable bit kept');
        assert.equal(r.sha256.get('pkg-1.0/share/data.bin'), sha256(Buffer.from(big.toString('latin1'), 'utf8')));
        assert.ok(lstatSync(join(out, 'pkg-1.0/alias')).isSymbolicLink());
      }
    } finally {
      await d.cleanup();
    }
  });
}

test('formats: a lone .gz is one file; raw is the file itself', { skip: skipFor('gzip') }, async () => {
  const d = await tempDir();
  try {
    const bytes = await pack(d.path, 'gz', { kubectl: '#!/bin/sh\necho k\n' });
    const file = join(d.path, 'kubectl.gz');
    writeFileSync(file, bytes);
    const r = await unpack(file, 'gz', join(d.path, 'o'), 'kubectl.gz');
    assert.deepEqual(r.files, ['kubectl']);
    assert.equal(readFileSync(join(d.path, 'o', 'kubectl'), 'utf8'), '#!/bin/sh\necho k\n');
    writeFileSync(join(d.path, 'jq'), 'raw');
    const raw = await unpack(join(d.path, 'jq'), 'raw', join(d.path, 'r'), 'jq-linux-amd64');
    assert.deepEqual(raw.files, ['jq-linux-amd64']);
  } finally {
    await d.cleanup();
  }
});

for (const format of ['tar.gz', 'tar.xz', 'tar.bz2', 'tar.zst', 'zip', 'gz'] as const) {
  test(`formats: a ${format} bomb stops at the limit with one line, leaving nothing`, { skip: skipFor(...NEEDS[format]) }, async () => {
    const d = await tempDir();
    try {
      const src = join(d.path, 'src');
      mkdirSync(src);
      // 12 MiB of zeros packs to a few KiB; the limit is lowered to 8 MiB to keep the test quick
      // (the default, max(64 MiB, 20x the archive), is the same check: see archive.test.ts).
      execFileSync('sh', ['-c', `head -c ${12 << 20} /dev/zero > "$1"`, 'sh', join(src, 'zeros')]);
      const file = join(d.path, `bomb.${format}`);
      const tarFlag = { 'tar.gz': '-z', 'tar.xz': '-J', 'tar.bz2': '-j', 'tar.zst': '--zstd' }[format as string];
      if (tarFlag) execFileSync('tar', [tarFlag, '-cf', file, '-C', src, 'zeros']);
      else if (format === 'zip') execFileSync('zip', ['-q', file, 'zeros'], { cwd: src });
      else execFileSync('sh', ['-c', 'gzip -c "$1" > "$2"', 'sh', join(src, 'zeros'), file]);
      assert.ok(statSync(file).size < 1 << 20);
      const out = join(d.path, 'out');
      await assert.rejects(unpack(file, format, out, `bomb.${format}`, { maxBytes: 8 << 20 }), /archive expands past 8\.0 MiB.*decompression bomb/);
      assert.deepEqual(existsSync(out) ? tree(out).filter((p) => p !== 'zeros') : [], []);
    } finally {
      await d.cleanup();
    }
  });
}

/** A zip written by Python's zipfile, which writes any name and mode it is given. */
function craftZip(file: string, entries: Array<{ name: string; data: string; mode?: number }>): void {
  const script = `
import sys, json, zipfile
entries = json.loads(sys.argv[2])
with zipfile.ZipFile(sys.argv[1], 'w') as z:
    for e in entries:
        info = zipfile.ZipInfo(e['name'])
        info.create_system = 3
        info.external_attr = (e.get('mode') or 0o100644) << 16
        z.writestr(info, e['data'])
`;
  execFileSync('python3', ['-c', script, file, JSON.stringify(entries)]);
}

const hasPython = (() => {
  try {
    execFileSync('python3', ['-c', 'import zipfile']);
    return true;
  } catch {
    return false;
  }
})();

test(
  'zip: slip, absolute names, links out and special files are refused; nothing is left',
  { skip: hasPython ? false : 'python3 not installed (crafts the bad zips)' },
  async () => {
    const d = await tempDir();
    try {
      const cases: Array<[string, Array<{ name: string; data: string; mode?: number }>, RegExp]> = [
        ['slip', [{ name: '../evil', data: 'x' }], /refusing archive entry "\.\.\/evil": it contains "\.\."/],
        ['deep slip', [{ name: 'a/../../evil', data: 'x' }], /refusing archive entry .*contains "\.\."/],
        ['absolute', [{ name: '/tmp/evil', data: 'x' }], /refusing archive entry "\/tmp\/evil": it is an absolute path/],
        ['link out', [{ name: 'link', data: '/etc/passwd', mode: 0o120777 }], /refusing archive entry "link": it is a symbolic link to "\/etc\/passwd"/],
        ['link up', [{ name: 'd/link', data: '../../x', mode: 0o120777 }], /is a symbolic link to "\.\.\/\.\.\/x"/],
        [
          'write through a link',
          [
            { name: 'dir', data: '.', mode: 0o120777 },
            { name: 'dir/file', data: 'x' },
          ],
          /passes through the symbolic link "dir"|"dir": it is a link over an existing entry/,
        ],
        ['fifo', [{ name: 'fifo', data: '', mode: 0o010644 }], /is a special file/],
      ];
      for (const [what, entries, why] of cases) {
        const file = join(d.path, `${what.replace(/ /g, '-')}.zip`);
        craftZip(file, [{ name: 'ok.txt', data: 'fine' }, ...entries]);
        const out = join(d.path, `out-${what.replace(/ /g, '-')}`);
        await assert.rejects(extractZip(file, out), why, what);
        assert.equal(existsSync(out), false, `${what}: left ${existsSync(out) ? tree(out).join(', ') : ''}`);
      }
      assert.equal(existsSync(join(d.path, 'evil')), false);
    } finally {
      await d.cleanup();
    }
  },
);

test('corrupt archives are one line: truncated xz and zip', { skip: skipFor('tar', 'xz', 'zip') }, async () => {
  const d = await tempDir();
  try {
    for (const format of ['tar.xz', 'zip'] as const) {
      const bytes = await pack(d.path, format, { 'a/tool': { data: 'x'.repeat(100_000), mode: 0o755 } });
      const file = join(d.path, `cut.${format}`);
      writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length / 2)));
      await assert.rejects(unpack(file, format, join(d.path, `o-${format}`), file), /archive is (corrupt|truncated)/, format);
    }
  } finally {
    await d.cleanup();
  }
});
