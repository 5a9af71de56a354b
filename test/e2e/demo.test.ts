// `npm run demo` as a test: every step of the timeline must succeed, in order.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runDemo } from '../demo/demo.js';

test('the demo runs the whole cycle to the end', async () => {
  const lines: string[] = [];
  const steps = await runDemo((l) => lines.push(l));
  assert.deepEqual(
    steps.map((s) => s.step),
    [
      'ensure hello (cold: build + release)',
      'ensure hello (new runner: release hit)',
      'ensure hello (warm runner: tool-cache hit)',
      'bundle on tag v1.0.0',
      'check-upstream',
      'monorepo push -> dispatch-cousins',
      'sync-upstream in acme/cousin-flask',
      'sync-upstream in acme/cousin-django',
      'ghsync watch --once (first install)',
      'ghsync watch --once (v1.1.0 bumps hello)',
    ],
  );
  for (const s of steps) assert.ok(s.ok, `${s.step}: ${s.detail}`);
  assert.equal(steps[0].outputs.source, 'build');
  assert.equal(steps[0].outputs.released, 'true');
  assert.equal(steps[1].outputs.source, 'release');
  assert.equal(steps[2].outputs.source, 'tool-cache');
  assert.equal(steps[1].outputs.sha256, steps[0].outputs.sha256);
  assert.match(steps[9].detail, /^v1\.1\.0: updated hello v1\.0\.0 -> v1\.1\.0 hook ok$/);
  assert.match(lines.at(-1)!, /^demo ok: 10\/10 steps/);
});
