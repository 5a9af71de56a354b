// Standalone mode: `tsx test/github/main.ts` prints its URLs as JSON, is driven through /_admin,
// serves the API and git, and exits cleanly on SIGTERM (removing its temp root).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { call, runGit } from './testkit.js';

describe('local GitHub: standalone main.ts', () => {
  it('starts, serves, and stops on SIGTERM', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'test/github/main.ts'], { stdio: ['ignore', 'pipe', 'inherit'] });
    const exited = once(child, 'exit');
    try {
      const [line] = (await once(createInterface({ input: child.stdout! }), 'line')) as [string];
      const info = JSON.parse(line);
      assert.match(info.url, /^http:\/\/127\.0\.0\.1:\d+$/);
      assert.equal(info.apiUrl, `${info.url}/api/v3`);
      assert.equal(info.graphqlUrl, `${info.url}/api/graphql`);
      assert.equal((await call(info.url, 'POST', '/_admin/repos', { body: { fullName: 'demo/app' } })).status, 201);
      const { token } = (await call(info.url, 'POST', '/_admin/tokens', { body: {} })).body;
      const { sha } = (await call(info.url, 'POST', '/_admin/commit', { body: { fullName: 'demo/app', files: { 'a.txt': 'a', 'b.bin': { base64: 'AAE=' } } } }))
        .body;
      const repo = await call(info.apiUrl, 'GET', '/repos/demo/app', { token });
      assert.equal(repo.status, 200);
      const ls = await runGit(['ls-remote', `${info.url}/demo/app.git`, 'refs/heads/main']);
      assert.equal(ls.stdout.split('\t')[0], sha);
      assert.ok(existsSync(info.root));
      child.kill('SIGTERM');
      const [code] = await exited;
      assert.equal(code, 0);
      assert.ok(!existsSync(info.root), 'temp root removed');
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  });
});
