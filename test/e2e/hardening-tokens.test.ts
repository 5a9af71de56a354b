/**
 * Hardening 5: the manifest's `build` runs third-party Makefiles and install scripts, so it gets
 * the runner's environment minus every input and every secret the step holds. The build here dumps
 * its environment to a file; no token value, no INPUT_* and no runner file command may be in it.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { tempDir } from '../support/launcher.js';
import { fakeBuild, world, type World } from '../support/release-cache.js';

describe('hardening: the build command never sees a token', () => {
  let w: World;
  before(async () => {
    w = await world();
  });
  after(async () => w.cleanup());

  test('ensure-binary runs build with no INPUT_*, no token and no file commands in its environment', async () => {
    const scratch = await tempDir('sync-envdump-');
    const dump = join(scratch.path, 'env.txt');
    const secrets = {
      GITHUB_TOKEN: 'ghs_githubtoken0000000000000000000000',
      GH_TOKEN: 'gho_ghtoken00000000000000000000000000',
      ACTIONS_RUNTIME_TOKEN: 'runtime-token-0000000000000000',
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'id-token-request-0000000000',
      // A workflow that passes the same secret under its own name as well as in `token`.
      MY_DEPLOY_PAT: w.token,
    };
    const r = await w.run('ensure-binary', {
      inputs: { name: 'envy', version: 'v1', bin: 'tool', build: `env > ${JSON.stringify(dump)} && ${fakeBuild()}`, 'release-on-miss': false },
      env: { ...secrets, ACTIONS_ID_TOKEN_REQUEST_URL: 'http://127.0.0.1:1/token', GOPATH: '/go', GOFLAGS: '-mod=mod' },
    });
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.equal(r.outputs.source, 'build');
    const env = readFileSync(dump, 'utf8');
    const names = env
      .split('\n')
      .map((l) => l.split('=')[0])
      .filter(Boolean);
    assert.deepEqual(
      names.filter((n) => n.startsWith('INPUT_')),
      [],
      'no input reaches the build',
    );
    for (const [name, value] of Object.entries(secrets)) {
      assert.equal(env.includes(value), false, `${name}'s value reached the build`);
    }
    assert.equal(env.includes(w.token), false, 'the step token reached the build');
    for (const name of ['GITHUB_OUTPUT', 'GITHUB_ENV', 'GITHUB_PATH', 'GITHUB_STATE', 'ACTIONS_ID_TOKEN_REQUEST_URL']) {
      assert.equal(names.includes(name), false, `${name} reached the build`);
    }
    // What a build legitimately needs is still there.
    for (const name of [
      'PATH',
      'HOME',
      'GOPATH',
      'GOFLAGS',
      'RUNNER_TEMP',
      'GITHUB_WORKSPACE',
      'SYNC_OUT',
      'SYNC_NAME',
      'SYNC_VERSION',
      'SYNC_OS',
      'SYNC_ARCH',
    ]) {
      assert.ok(names.includes(name), `${name} is missing from the build's environment`);
    }
    await scratch.cleanup();
  });
});
