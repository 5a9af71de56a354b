import { test } from 'node:test';
import assert from 'node:assert/strict';
import { onServer, parseRepoRef, sameRepo, serverRepo } from '../../src/github/repo-ref.js';

test('parseRepoRef: every spelling of a repository gives host, owner, name, fullName', () => {
  const table: [string, ReturnType<typeof parseRepoRef>][] = [
    ['nats-io/nats-server', { owner: 'nats-io', name: 'nats-server', fullName: 'nats-io/nats-server' }],
    ['  Acme/Tool.git ', { owner: 'Acme', name: 'Tool', fullName: 'Acme/Tool' }],
    ['https://github.com/nats-io/nats-server', { host: 'github.com', scheme: 'https', owner: 'nats-io', name: 'nats-server', fullName: 'nats-io/nats-server' }],
    [
      'https://GitHub.com/nats-io/nats-server.git',
      { host: 'github.com', scheme: 'https', owner: 'nats-io', name: 'nats-server', fullName: 'nats-io/nats-server' },
    ],
    ['https://github.com/acme/tool/', { host: 'github.com', scheme: 'https', owner: 'acme', name: 'tool', fullName: 'acme/tool' }],
    ['https://x-access-token:s3cret@github.com/acme/tool.git', { host: 'github.com', scheme: 'https', owner: 'acme', name: 'tool', fullName: 'acme/tool' }],
    [
      'http://127.0.0.1:8080/nats-io/nats-server.git',
      { host: '127.0.0.1:8080', scheme: 'http', owner: 'nats-io', name: 'nats-server', fullName: 'nats-io/nats-server' },
    ],
    ['git@github.com:nats-io/nats-server.git', { host: 'github.com', scheme: 'ssh', owner: 'nats-io', name: 'nats-server', fullName: 'nats-io/nats-server' }],
    ['github.com:nats-io/nats-server', { host: 'github.com', scheme: 'ssh', owner: 'nats-io', name: 'nats-server', fullName: 'nats-io/nats-server' }],
    [
      'ssh://git@github.com/nats-io/nats-server.git',
      { host: 'github.com', scheme: 'ssh', owner: 'nats-io', name: 'nats-server', fullName: 'nats-io/nats-server' },
    ],
    ['ssh://git@ghes.example.com:2222/acme/tool.git', { host: 'ghes.example.com', scheme: 'ssh', owner: 'acme', name: 'tool', fullName: 'acme/tool' }],
    ['git://github.com/acme/tool.git', { host: 'github.com', scheme: 'git', owner: 'acme', name: 'tool', fullName: 'acme/tool' }],
    ['file:///srv/git/tool.git', undefined],
    ['https://gitlab.com/group/sub/tool.git', undefined],
    ['https://github.com/acme', undefined],
    ['https://github.com/acme/tool?x=1', undefined],
    ['acme', undefined],
    ['acme/tool/extra', undefined],
    ['../etc/passwd', undefined],
    ['acme/..', undefined],
    ['acme tool/x', undefined],
    ['', undefined],
  ];
  for (const [input, want] of table) assert.deepEqual(parseRepoRef(input), want, input);
});

test('onServer / serverRepo / sameRepo: a reference is on the GitHub server whatever its spelling', () => {
  const GH = 'https://github.com';
  const LOCAL = 'http://127.0.0.1:8080';
  assert.equal(serverRepo('git@github.com:nats-io/nats-server.git', GH), 'nats-io/nats-server');
  assert.equal(serverRepo('https://github.com/nats-io/nats-server.git', GH), 'nats-io/nats-server');
  assert.equal(serverRepo('ssh://git@github.com/nats-io/nats-server.git', GH), 'nats-io/nats-server');
  assert.equal(serverRepo('nats-io/nats-server', GH), 'nats-io/nats-server');
  assert.equal(serverRepo('https://gitlab.com/nats-io/nats-server.git', GH), undefined);
  assert.equal(serverRepo('git@127.0.0.1:a/b.git', LOCAL), 'a/b');
  assert.equal(serverRepo('http://127.0.0.1:8080/a/b.git', LOCAL), 'a/b');
  assert.equal(serverRepo('http://127.0.0.1:9090/a/b.git', LOCAL), undefined);
  assert.equal(onServer(parseRepoRef('git@ghe.example.com:a/b')!, GH), false);
  assert.equal(sameRepo('Nats-IO/Nats-Server', 'git@github.com:nats-io/nats-server.git', GH), true);
  assert.equal(sameRepo('nats-io/nats-server', 'https://github.com/nats-io/nats', GH), false);
});
