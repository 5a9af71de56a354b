import { test } from 'node:test';
import assert from 'node:assert/strict';
import { commitOf, parseAdvertisement, parseLsRefs, parseLsRemoteOutput, parsePktLines, pktLine, redactUrl } from '../../src/upstream/ls-remote.js';

const A = 'a'.repeat(40);
const B = 'b'.repeat(40);
const C = 'c'.repeat(40);

test('pkt-line: lengths include themselves; flush, delim and end packets', () => {
  const pkts = parsePktLines(Buffer.from(`${pktLine('hello\n')}0000${pktLine('x')}00010002`));
  assert.deepEqual(
    pkts.map((p) => (p.type === 'data' ? p.data.toString() : p.type)),
    ['hello\n', 'flush', 'x', 'delim', 'end'],
  );
  assert.equal(pktLine('hello\n'), '000ahello\n');
  assert.throws(() => parsePktLines(Buffer.from('00')), /truncated/);
  assert.throws(() => parsePktLines(Buffer.from('00ffshort')), /truncated/);
  assert.throws(() => parsePktLines(Buffer.from('zzzz')), /bad pkt-line/);
});

test('v0 advertisement: service header, capabilities, symref, peeled annotated tags', () => {
  const body =
    pktLine('# service=git-upload-pack\n') +
    '0000' +
    pktLine(`${A} HEAD\0multi_ack thin-pack side-band symref=HEAD:refs/heads/main agent=git/2.43\n`) +
    pktLine(`${A} refs/heads/main\n`) +
    pktLine(`${B} refs/tags/v1.0.0\n`) +
    pktLine(`${C} refs/tags/v1.0.0^{}\n`) +
    pktLine(`${A} refs/tags/light\n`) +
    '0000';
  const refs = parseAdvertisement(Buffer.from(body))!;
  assert.equal(refs.refs.get('HEAD'), A);
  assert.equal(refs.symrefs.get('HEAD'), 'refs/heads/main');
  assert.equal(refs.refs.get('refs/tags/v1.0.0'), B);
  assert.equal(commitOf(refs, 'refs/tags/v1.0.0'), C);
  assert.equal(commitOf(refs, 'refs/tags/light'), A);
  assert.equal(refs.refs.size, 4);
});

test('v0 advertisement of an empty repository has no refs', () => {
  const body = pktLine('# service=git-upload-pack\n') + '0000' + pktLine(`${'0'.repeat(40)} capabilities^{}\0report-status\n`) + '0000';
  assert.equal(parseAdvertisement(Buffer.from(body))!.refs.size, 0);
});

test('a v2 capability advertisement is recognised, and ls-refs replies parse', () => {
  const caps = pktLine('# service=git-upload-pack\n') + '0000' + pktLine('version 2\n') + pktLine('ls-refs=unborn\n') + '0000';
  assert.equal(parseAdvertisement(Buffer.from(caps)), undefined);
  const reply = pktLine(`${A} HEAD symref-target:refs/heads/main\n`) + pktLine(`${B} refs/tags/v2.0.0 peeled:${C}\n`) + '0000';
  const refs = parseLsRefs(Buffer.from(reply));
  assert.equal(refs.symrefs.get('HEAD'), 'refs/heads/main');
  assert.equal(commitOf(refs, 'refs/tags/v2.0.0'), C);
});

test('git ls-remote output parses, peeled lines included', () => {
  const refs = parseLsRemoteOutput(`ref: refs/heads/main\tHEAD\n${A}\tHEAD\n${B}\trefs/tags/v1\n${C}\trefs/tags/v1^{}\n`);
  assert.equal(commitOf(refs, 'refs/tags/v1'), C);
  assert.equal(refs.refs.get('HEAD'), A);
});

test('URLs are shown without credentials', () => {
  assert.equal(redactUrl('https://user:secret@example.com/a/b.git'), 'https://example.com/a/b.git');
});
