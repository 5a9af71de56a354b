/**
 * Hardening of sync-upstream against its payload, through the bundled action:
 * 14: `report-failures` puts payload values in the upstream's issue as code spans only, so a
 *     mention, a link, an image or stray backticks in a value stay inert text.
 * 15: one dispatch listing many sub-paths of one subscribed feature makes one branch and one PR.
 * 18: syncs of one feature at different upstream commits: the newest commit ends on the branch;
 *     an older one, late or racing, says in one line that a newer sync is in (no raw git text).
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startGitHub } from '../github/index.js';
import { launch, type LaunchOptions } from '../support/launcher.js';
import { checkout, dispatchEvent, FAST, git, ZERO, type GH } from '../support/cousins.js';

const UP = 'acme/mono';
const COUSIN = 'cousins/flask';
const FEATURE = 'features/webpush/flask';

/**
 * Inline Markdown split as CommonMark reads code spans: a run of n backticks opens a span that the
 * next run of exactly n backticks closes (no escapes inside); an unmatched run is literal text.
 */
function codeSpans(markdown: string): { spans: string[]; prose: string } {
  const spans: string[] = [];
  let prose = '';
  let i = 0;
  while (i < markdown.length) {
    if (markdown[i] !== '`') {
      prose += markdown[i++];
      continue;
    }
    let n = 0;
    while (markdown[i + n] === '`') n++;
    const open = '`'.repeat(n);
    let j = i + n;
    let close = -1;
    while ((j = markdown.indexOf(open, j)) >= 0) {
      if (markdown[j - 1] !== '`' && markdown[j + n] !== '`') {
        close = j;
        break;
      }
      while (markdown[j] === '`') j++;
    }
    if (close < 0) {
      prose += open;
      i += n;
      continue;
    }
    let content = markdown.slice(i + n, close).replace(/\n/g, ' ');
    if (content.startsWith(' ') && content.endsWith(' ') && content.trim()) content = content.slice(1, -1);
    spans.push(content);
    i = close + n;
  }
  return { spans, prose };
}

const NASTY = '@admin [link](https://evil.example) ![img](https://evil.example/i.png) `tick` ``double`` <img src=x> #1';

describe('hardening: sync-upstream and its payload', () => {
  let gh: GH;
  let cousinToken: string;
  let upstreamToken: string;
  let u1: string;
  let u2: string;
  let u3: string;
  before(async () => {
    gh = await startGitHub();
    await gh.createRepo(UP);
    await gh.createRepo(COUSIN);
    cousinToken = gh.token({ permission: 'write', repos: [COUSIN] });
    upstreamToken = gh.token({ permission: 'write', repos: [UP] });
    const files: Record<string, string> = {};
    for (let i = 0; i < 30; i++) files[`${FEATURE}/part${i}/file.py`] = `v1 ${i}`;
    await gh.commit(UP, { files: { ...files, 'features/other/x.py': 'x' } });
    u1 = await gh.commit(UP, { files: { [`${FEATURE}/app.py`]: 'v1' }, message: 'flask v1' });
    u2 = await gh.commit(UP, { files: { [`${FEATURE}/app.py`]: 'v2' }, message: 'flask v2' });
    u3 = await gh.commit(UP, { files: { [`${FEATURE}/app.py`]: 'v3' }, message: 'flask v3' });
    await gh.commit(COUSIN, { files: { 'README.md': 'cousin', 'subscriptions.json': JSON.stringify([FEATURE, 'features/*']) } });
  });
  after(async () => gh.close());

  async function sync(client_payload: unknown, inputs: LaunchOptions['inputs'] = {}) {
    const ws = await checkout(gh, COUSIN);
    try {
      return await launch('sync-upstream', {
        inputs: { upstream: UP, 'upstream-token': upstreamToken, 'report-failures': 'true', ...inputs },
        githubToken: cousinToken,
        env: { ...gh.env(), ...FAST },
        event: dispatchEvent({ event_type: 'feature-update', client_payload }, COUSIN),
        eventName: 'repository_dispatch',
        repository: COUSIN,
        workspace: ws.path,
      });
    } finally {
      await ws.cleanup();
    }
  }

  function lastIssueBody(): string {
    const issues = gh.state.issues(UP);
    return issues[issues.length - 1]?.body ?? '';
  }

  /** Every payload value sits whole in one code span, and nothing outside a code span is Markdown that renders. */
  function assertInert(body: string, values: string[]) {
    const { spans, prose } = codeSpans(body);
    for (const v of values)
      assert.ok(
        spans.some((s) => s.includes(v)),
        `${JSON.stringify(v)} is not inside one code span:\n${body}`,
      );
    assert.doesNotMatch(prose, /@|\[|\]\(|!\[|<|`|#\d/, `Markdown outside code spans:\n${prose}`);
  }

  test('14: a rejected source_repo full of Markdown lands in the issue as inert code', async () => {
    const r = await sync({ updated_feature: FEATURE, commit_sha: u1, source_repo: `evil/x ${NASTY}`, ref: 'refs/heads/main', before: ZERO });
    assert.equal(r.outputs.result, 'rejected', r.stdout);
    const body = lastIssueBody();
    assert.match(body, /rejected/);
    assertInert(body, [NASTY]);
  });

  test('14: feature names with mentions, links, images and backticks land in the issue as inert code', async () => {
    const features = ['features/@admin [link](x)', 'features/![img](x)', 'features/a `tick` b', 'features/``x``'];
    const r = await sync({ updated_feature: features[0], updated_features: features, commit_sha: u1, source_repo: UP, ref: 'refs/heads/main', before: ZERO });
    assert.equal(r.outputs.result, 'rejected', r.stdout);
    const body = lastIssueBody();
    assertInert(body, features);
  });

  test('15: a dispatch listing 30 sub-paths of one subscribed feature makes one branch and one PR', async () => {
    const parts = Array.from({ length: 30 }, (_, i) => `${FEATURE}/part${i}`);
    const r = await sync({ updated_feature: parts[0], updated_features: parts, commit_sha: u1, source_repo: UP, ref: 'refs/heads/main', before: ZERO });
    assert.equal(r.code, 0, r.stdout);
    assert.equal(r.outputs.result, 'created', r.stdout);
    assert.equal(r.outputs.branch, `upstream-sync/${FEATURE}`);
    const heads = (await git(['ls-remote', '--heads', gh.gitUrl(COUSIN)])).split('\n').map((l) => l.split('\trefs/heads/')[1]);
    assert.deepEqual(
      heads.filter((h) => h.startsWith('upstream-sync/')),
      [`upstream-sync/${FEATURE}`],
    );
    const pulls = gh.state.pulls(COUSIN);
    assert.equal(pulls.length, 1, pulls.map((p) => p.head.ref).join(', '));
  });

  async function branchCommit(): Promise<string> {
    const ws = await checkout(gh, COUSIN, { ref: `upstream-sync/${FEATURE}` });
    try {
      return /^Upstream-Commit: ([0-9a-f]{40})$/m.exec(await git(['log', '-1', '--format=%B'], ws.path))?.[1] ?? '';
    } finally {
      await ws.cleanup();
    }
  }
  const dispatch = (sha: string) => ({
    updated_feature: FEATURE,
    updated_features: [FEATURE],
    commit_sha: sha,
    source_repo: UP,
    ref: 'refs/heads/main',
    before: ZERO,
  });

  test('18: a sync of an older commit arriving after a newer one leaves the newer one, in one line', async () => {
    const newer = await sync(dispatch(u3));
    assert.equal(newer.code, 0, newer.stdout);
    assert.equal(await branchCommit(), u3);
    const late = await sync(dispatch(u2));
    assert.equal(late.code, 0, late.stdout);
    assert.equal(late.outputs.result, 'unchanged', late.stdout);
    assert.deepEqual(late.errors, []);
    const said = late.stdout.split('\n').filter((l) => /a newer sync is in/.test(l));
    assert.equal(said.length, 1, late.stdout);
    assert.match(said[0], new RegExp(`holds ${UP}@${u3.slice(0, 7)}, newer than ${u2.slice(0, 7)}`));
    assert.equal(await branchCommit(), u3, 'the older commit did not overwrite the newer one');
  });

  test('18: concurrent syncs of one feature at different commits: the newest wins, every run ends cleanly', async () => {
    const runs = await Promise.all([u2, u1, u3, u2, u1].map((sha) => sync(dispatch(sha))));
    for (const r of runs) {
      assert.equal(r.code, 0, r.stdout);
      assert.deepEqual(r.errors, [], r.stdout);
      assert.doesNotMatch(r.stdout, /stale info|failed to push|rejected/, r.stdout);
    }
    assert.equal(await branchCommit(), u3);
    assert.equal(gh.state.pulls(COUSIN).filter((p) => p.head.ref === `upstream-sync/${FEATURE}` && p.state === 'open').length, 1);
  });
});
