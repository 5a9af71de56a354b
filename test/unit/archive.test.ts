import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { checkRelative, extractTarGz, linkStaysInside, packTarGz } from '../../src/archive/tar.js';
import { sha256File } from '../../src/artifact/hash.js';
import { tempDir } from '../support/launcher.js';
import { rawTarGz, type RawEntry } from '../support/tarcraft.js';
import { tree } from '../support/tree.js';

test('archive: entry paths that escape are refused', () => {
  for (const bad of ['/etc/passwd', '../x', 'a/../../x', 'a/..', 'C:\\x', '..\\x', 'a\0b', '', './']) {
    assert.throws(() => checkRelative(bad), /refusing archive entry/, bad);
  }
  assert.equal(checkRelative('./a//b/./c'), 'a/b/c');
  assert.equal(checkRelative('nats-server'), 'nats-server');
});

test("archive: link targets are judged from the link's folder", () => {
  assert.equal(linkStaysInside('bin/tool', '../lib/tool'), true);
  assert.equal(linkStaysInside('tool', '../x'), false);
  assert.equal(linkStaysInside('a/b/tool', '../../../x'), false);
  assert.equal(linkStaysInside('tool', '/etc/passwd'), false);
});

test('archive: pack + extract round trip; system tar reads ours and we read system tar', async () => {
  const d = await tempDir();
  try {
    const bin = join(d.path, 'tool');
    writeFileSync(bin, Buffer.alloc(300_000, 7), { mode: 0o755 });
    const long = `${'deep/'.repeat(25)}file.txt`;
    const out = join(d.path, 'a.tar.gz');
    const r = await packTarGz(
      [
        { name: 'tool', file: bin },
        { name: '.version', data: 'version: v1\n' },
        { name: long, data: 'x' },
      ],
      out,
    );
    assert.equal(r.sha256, await sha256File(out));
    assert.equal(r.size, statSync(out).size);
    const x = join(d.path, 'x');
    const { files } = await extractTarGz(out, x);
    assert.deepEqual(files.sort(), ['.version', long, 'tool'].sort());
    assert.equal(await sha256File(join(x, 'tool')), await sha256File(bin));
    assert.equal(statSync(join(x, 'tool')).mode & 0o111, 0o111);
    const sys = join(d.path, 'sys');
    execFileSync('mkdir', ['-p', sys]);
    execFileSync('tar', ['xzf', out, '-C', sys]);
    assert.equal(readFileSync(join(sys, '.version'), 'utf8'), 'version: v1\n');
    assert.ok(existsSync(join(sys, long)));
    // And the other way round, with a symlink inside.
    execFileSync('sh', ['-c', `cd ${sys} && ln -s tool alias && tar czf ../sys.tgz .`]);
    const y = join(d.path, 'y');
    await extractTarGz(join(d.path, 'sys.tgz'), y);
    assert.ok(lstatSync(join(y, 'alias')).isSymbolicLink());
    assert.equal(await sha256File(join(y, 'alias')), await sha256File(bin));
  } finally {
    await d.cleanup();
  }
});

test('archive: the same inputs and mtime pack to the same bytes', async () => {
  const d = await tempDir();
  try {
    const mtime = new Date('2026-01-01T00:00:00Z');
    const a = await packTarGz([{ name: 'f', data: 'x' }], join(d.path, 'a.tgz'), { mtime });
    const b = await packTarGz([{ name: 'f', data: 'x' }], join(d.path, 'b.tgz'), { mtime });
    assert.equal(a.sha256, b.sha256);
  } finally {
    await d.cleanup();
  }
});

const slips: Array<[string, RawEntry[], RegExp]> = [
  ['absolute path', [{ name: '/tmp/sync-slip-abs', data: 'x' }], /absolute path/],
  ['dot-dot', [{ name: '../slip', data: 'x' }], /contains "\.\."/],
  ['nested dot-dot', [{ name: 'a/../../slip', data: 'x' }], /contains "\.\."/],
  ['symlink out', [{ name: 'evil', type: '2', link: '/etc' }], /symbolic link/],
  ['relative symlink out', [{ name: 'a/evil', type: '2', link: '../../..' }], /symbolic link/],
  ['hardlink out', [{ name: 'evil', type: '1', link: '../../etc/passwd' }], /hard link/],
  [
    'symlink chain out',
    [
      { name: 'a', type: '2', link: '.' },
      { name: 'b', type: '2', link: 'a/..' },
    ],
    /resolves outside/,
  ],
  [
    'write through a symlink',
    [
      { name: 'dir', type: '2', link: '.' },
      { name: 'dir/x', data: 'x' },
    ],
    /link over an existing entry|refusing/,
  ],
  ['device', [{ name: 'fifo', type: '6' }], /special file/],
];

for (const [what, entries, pattern] of slips) {
  test(`archive: tar-slip refused: ${what}`, async () => {
    const d = await tempDir();
    try {
      const file = join(d.path, 'evil.tgz');
      writeFileSync(file, rawTarGz(entries));
      const dest = join(d.path, 'out');
      await assert.rejects(extractTarGz(file, dest), pattern);
      assert.equal(existsSync(join(d.path, 'slip')), false);
      assert.equal(existsSync('/tmp/sync-slip-abs'), false);
    } finally {
      await d.cleanup();
    }
  });
}

// Hardening 1: a link chain whose later members pass through earlier ones. Each link's target is
// lexically inside, but `x/y/up` really is the root, so `x/y/up/esc` really is the root's parent,
// and anything created under `x/y/up/esc/` would land outside. Nothing may be created
// outside, in any order of entries, and a failed extraction leaves nothing behind.
const chains: Array<[string, RawEntry[]]> = [
  [
    'link through earlier links',
    [
      { name: 'x/y/up', type: '2', link: '../..' },
      { name: 'x/y/up/esc', type: '2', link: '..' },
      { name: 'x/y/up/esc/planted', type: '2', link: '../tool' },
      { name: 'tool', data: 'x' },
    ],
  ],
  [
    'folder through earlier links',
    [
      { name: 'x/y/up', type: '2', link: '../..' },
      { name: 'x/y/up/esc', type: '2', link: '../x' },
      { name: 'x/y/up/esc/dir/', type: '5' },
      { name: 'x/y/up/esc/file', data: 'pwned' },
    ],
  ],
  [
    'hard link through a link',
    [
      { name: 'tool', data: 'x' },
      { name: 'x/y/up', type: '2', link: '../..' },
      { name: 'x/y/up/esc', type: '2', link: '../x' },
      { name: 'x/y/up/esc/hard', type: '1', link: 'tool' },
    ],
  ],
  [
    'link over a parent of a later file',
    [
      { name: 'a', type: '2', link: '.' },
      { name: 'a/a/b', data: 'x' },
    ],
  ],
];
for (const [what, entries] of chains) {
  test(`archive: nothing is created outside the target: ${what}`, async () => {
    const d = await tempDir();
    try {
      writeFileSync(join(d.path, 'evil.tgz'), rawTarGz(entries));
      const dest = join(d.path, 'out');
      await assert.rejects(extractTarGz(join(d.path, 'evil.tgz'), dest), /refusing archive entry .*(symbolic link|passes through|link over an existing entry)/);
      assert.deepEqual(tree(d.path), ['evil.tgz'], 'nothing outside, nothing left behind');
    } finally {
      await d.cleanup();
    }
  });
}

test('archive: a failed extraction into an existing folder removes only what it created', async () => {
  const d = await tempDir();
  try {
    const dest = join(d.path, 'out');
    mkdirSync(dest);
    writeFileSync(join(dest, 'keep'), 'mine');
    writeFileSync(
      join(d.path, 'evil.tgz'),
      rawTarGz([
        { name: 'new/file', data: 'x' },
        { name: 'l', type: '2', link: '.' },
        { name: 'l2', type: '2', link: 'l/..' },
      ]),
    );
    await assert.rejects(extractTarGz(join(d.path, 'evil.tgz'), dest), /resolves outside/);
    assert.deepEqual(tree(d.path), ['evil.tgz', 'out', 'out/keep']);
  } finally {
    await d.cleanup();
  }
});

test('archive: a file and a folder of the same name is one clear error', async () => {
  for (const entries of [
    [
      { name: 'a', data: 'x' },
      { name: 'a/b', data: 'y' },
    ],
    [
      { name: 'a/', type: '5' as const },
      { name: 'a', data: 'y' },
    ],
    [
      { name: 'f', data: 'x' },
      { name: 'a/', type: '5' as const },
      { name: 'a', type: '1' as const, link: 'f' },
    ],
  ]) {
    const d = await tempDir();
    try {
      writeFileSync(join(d.path, 'c.tgz'), rawTarGz(entries));
      const err = await extractTarGz(join(d.path, 'c.tgz'), join(d.path, 'out')).then(
        () => undefined,
        (e: Error) => e,
      );
      assert.ok(err, JSON.stringify(entries));
      assert.match(err.message, /^refusing archive entry "a.*": .*(a folder|not a folder)/);
      assert.doesNotMatch(err.message, /EISDIR|EEXIST|ENOTDIR/);
      assert.deepEqual(tree(d.path), ['c.tgz']);
    } finally {
      await d.cleanup();
    }
  }
});

// Hardening 3: the archive means what GNU tar says it means, or is refused.
test('archive: a GNU incremental archive (tar -G) extracts the tree GNU tar extracts', async () => {
  const d = await tempDir();
  try {
    execFileSync(
      'sh',
      ['-c', 'mkdir -p src/dir/sub && echo hi > src/dir/a.txt && echo yo > src/dir/sub/b && cd src && tar --format=gnu -G -czf ../g.tgz dir'],
      { cwd: d.path },
    );
    mkdirSync(join(d.path, 'gnu'));
    execFileSync('tar', ['-G', '-xzf', join(d.path, 'g.tgz'), '-C', join(d.path, 'gnu')]);
    await extractTarGz(join(d.path, 'g.tgz'), join(d.path, 'ours'));
    assert.deepEqual(tree(join(d.path, 'ours')), tree(join(d.path, 'gnu')));
    assert.deepEqual(tree(join(d.path, 'ours')), ['dir', 'dir/a.txt', 'dir/sub', 'dir/sub/b']);
    assert.equal(readFileSync(join(d.path, 'ours', 'dir', 'sub', 'b'), 'utf8'), 'yo\n');
  } finally {
    await d.cleanup();
  }
});

test('archive: a size field GNU tar refuses (negative, not octal) is a corrupt archive', async () => {
  for (const sizeField of ['-00000000001', '0000000001x', '1e3']) {
    const d = await tempDir();
    try {
      // With size -1 a lenient parser reads the next header as this entry's data boundary and
      // extracts "hidden", an entry GNU tar never shows.
      writeFileSync(
        join(d.path, 'n.tgz'),
        rawTarGz([
          { name: 'a', data: '', sizeField },
          { name: 'hidden', data: 'x' },
        ]),
      );
      await assert.rejects(extractTarGz(join(d.path, 'n.tgz'), join(d.path, 'out')), /archive is corrupt \(header number .* is not octal\)/);
      assert.deepEqual(tree(d.path), ['n.tgz']);
    } finally {
      await d.cleanup();
    }
  }
});

test('archive: a truncated archive is an error, not a partial success', async () => {
  const d = await tempDir();
  try {
    const full = rawTarGz([{ name: 'big', data: Buffer.alloc(200_000, 1) }]);
    const file = join(d.path, 'cut.tgz');
    writeFileSync(file, full.subarray(0, Math.floor(full.length / 2)));
    await assert.rejects(extractTarGz(file, join(d.path, 'o')), /truncated|corrupt|unexpected end/i);
  } finally {
    await d.cleanup();
  }
});
