// The root action's job summary (issue 11, "pictures"): the parallel ensure as a Mermaid gantt
// (one bar per entry, grouped and coloured by source) and a platform coverage table.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { tempDir } from '../support/launcher.js';
import { fakeBuild, world, type World } from '../support/release-cache.js';

let w: World;
before(async () => {
  w = await world();
});
after(async () => w.cleanup());

test('summary: a gantt bar per entry coloured by source, and entries x os/arch coverage', async () => {
  w.manifest(
    [
      'binaries:',
      '  alpha:',
      '    version: v1',
      `    build: ${JSON.stringify(fakeBuild('alpha'))}`,
      '  broken:',
      '    version: v2',
      '    build: exit 2',
      '',
    ].join('\n'),
  );
  const tc = await tempDir('sync-tc-');
  try {
    const first = await w.run('.', { inputs: { concurrency: 2 }, toolCache: tc.path });
    assert.equal(first.code, 1);
    const gantt = /```mermaid\ngantt\n([\s\S]*?)```/.exec(first.summary);
    assert.ok(gantt, first.summary);
    assert.match(gantt[1], /dateFormat x/);
    assert.match(gantt[1], /section build\n {2}alpha :crit, \d+, \d+\n/);
    assert.match(gantt[1], /section failed\n {2}broken :crit, \d+, \d+\n/);

    const here = `${process.platform === 'darwin' ? 'darwin' : 'linux'}/${process.arch === 'arm64' ? 'arm64' : 'amd64'}`;
    const table = first.summary.slice(first.summary.indexOf('| entry |'));
    const header = table
      .split('\n')[0]
      .split('|')
      .map((c) => c.trim());
    const alpha = table
      .split('\n')
      .find((l) => l.startsWith('| alpha |'))!
      .split('|')
      .map((c) => c.trim());
    assert.deepEqual(header.slice(1, -1), ['entry', 'linux/amd64', 'linux/arm64', 'darwin/amd64', 'darwin/arm64', 'windows/amd64']);
    for (let i = 2; i < header.length - 1; i++) assert.equal(alpha[i], header[i] === here ? '✅' : '·', header[i]);
    assert.match(table, /^\| broken \|( · \|){5}$/m);

    // Next run, the same tool cache: alpha is a tool-cache bar.
    const second = await w.run('.', { inputs: { names: 'alpha' }, toolCache: tc.path });
    assert.equal(second.code, 0, second.stderr);
    assert.match(second.summary, /section tool-cache\n {2}alpha :done, \d+, \d+\n/);
  } finally {
    await tc.cleanup();
  }
});
