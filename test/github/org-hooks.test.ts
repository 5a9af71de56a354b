// Fidelity of the organization hook routes (routes/org-hooks.ts): bodies validate against
// @octokit/openapi, and only an organization owner gets in.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startGitHub, type LocalGitHub } from './index.js';
import { call, validateResponse, type Reply } from './testkit.js';

let gh: LocalGitHub;
let owner: string;
const ok = (r: Reply, method: string, template: string, status: number) => {
  assert.equal(r.status, status, `${method} ${template}: ${r.text.slice(0, 300)}`);
  assert.equal(validateResponse(method, template, status, r.body), '', `${method} ${template} ${status}`);
  return r.body as any;
};

before(async () => {
  gh = await startGitHub();
  await gh.createRepo('shapes-org/one');
  owner = gh.token({ login: 'octocat', orgOwner: ['shapes-org'] });
});
after(() => gh.close());

test('organization hooks, deliveries, a delivery and a redelivery attempt match the OpenAPI schemas', async () => {
  const req = (method: string, path: string, body?: unknown, token = owner) => call(gh.apiUrl, method, path, { token, body });
  const hook = ok(
    await req('POST', '/orgs/shapes-org/hooks', { name: 'web', config: { url: 'http://127.0.0.1:9/', content_type: 'json' } }),
    'post',
    '/orgs/{org}/hooks',
    201,
  );
  ok(await req('GET', '/orgs/shapes-org/hooks'), 'get', '/orgs/{org}/hooks', 200);
  ok(await req('GET', `/orgs/shapes-org/hooks/${hook.id}`), 'get', '/orgs/{org}/hooks/{hook_id}', 200);
  assert.equal((await req('POST', `/orgs/shapes-org/hooks/${hook.id}/pings`)).status, 204);
  const list = ok(await req('GET', `/orgs/shapes-org/hooks/${hook.id}/deliveries`), 'get', '/orgs/{org}/hooks/{hook_id}/deliveries', 200);
  assert.deepEqual(
    list.map((d: any) => d.event),
    ['ping', 'ping'],
    'a ping on creation and one on request',
  );
  ok(await req('GET', `/orgs/shapes-org/hooks/${hook.id}/deliveries/${list[0].id}`), 'get', '/orgs/{org}/hooks/{hook_id}/deliveries/{delivery_id}', 200);
  ok(
    await req('POST', `/orgs/shapes-org/hooks/${hook.id}/deliveries/${list[0].id}/attempts`),
    'post',
    '/orgs/{org}/hooks/{hook_id}/deliveries/{delivery_id}/attempts',
    202,
  );
  const stranger = gh.token({ login: 'mallory' });
  ok(await req('GET', `/orgs/shapes-org/hooks/${hook.id}/deliveries`, undefined, stranger), 'get', '/orgs/{org}/hooks', 404);
  assert.equal((await req('POST', '/orgs/shapes-org/hooks', { name: 'web', config: { url: 'nope' } })).status, 422);
});
