// Hardening 6: which token the CLI sends where (src/cli/token.ts), without a network.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chooseToken, isLoopback, serverHostOf } from '../../src/cli/token.js';

const noGh = async () => undefined;

test('a token is for github.com unless GITHUB_API_URL or GH_HOST says otherwise', async () => {
  assert.deepEqual(await chooseToken('https://api.github.com', { GITHUB_TOKEN: 't' }, noGh), { token: 't', from: 'GITHUB_TOKEN' });
  const other = await chooseToken('https://ghe.example/api/v3', { GITHUB_TOKEN: 't' }, noGh);
  assert.equal(other.token, undefined);
  assert.equal(other.withheld, 'GITHUB_TOKEN is for github.com, not ghe.example (set GH_HOST=ghe.example to send it there)');
  assert.equal((await chooseToken('https://ghe.example/api/v3', { GH_TOKEN: 't', GH_HOST: 'GHE.example' }, noGh)).token, 't');
  assert.equal((await chooseToken('https://ghe.example/api/v3', { GITHUB_TOKEN: 't', GITHUB_API_URL: 'https://ghe.example/api/v3' }, noGh)).token, 't');
  // GITHUB_API_URL names another host than the one asked: not sent there.
  assert.equal((await chooseToken('https://evil.example/api/v3', { GITHUB_TOKEN: 't', GITHUB_API_URL: 'https://ghe.example/api/v3' }, noGh)).token, undefined);
});

test('gh auth token answers for the host asked, when the environment has none for it', async () => {
  const asked: string[] = [];
  const gh = async (host: string) => (asked.push(host), host === 'ghe.example' ? 'from-gh' : undefined);
  assert.deepEqual(await chooseToken('https://ghe.example/api/v3', { GITHUB_TOKEN: 't' }, gh), { token: 'from-gh', from: 'gh auth token' });
  assert.deepEqual(await chooseToken('https://api.github.com', {}, gh), { withheld: undefined });
  assert.deepEqual(asked, ['ghe.example', 'github.com']);
});

test('never over plain http to a host that is not this machine', async () => {
  const env = { GITHUB_TOKEN: 't', GH_HOST: 'git.corp' };
  const r = await chooseToken('http://git.corp/api/v3', env, noGh);
  assert.equal(r.token, undefined);
  assert.equal(r.withheld, 'GITHUB_TOKEN is not sent over plain http to git.corp');
  assert.equal((await chooseToken('http://127.0.0.1:8080/api/v3', { GITHUB_TOKEN: 't', GH_HOST: '127.0.0.1:8080' }, noGh)).token, 't');
  for (const h of ['localhost', '127.0.0.1', '[::1]', '127.1.2.3']) assert.ok(isLoopback(h), h);
  for (const h of ['127.0.0.1.evil.example', 'localhost.example', '10.0.0.1']) assert.ok(!isLoopback(h), h);
  assert.equal(serverHostOf('https://api.github.com'), 'github.com');
});
