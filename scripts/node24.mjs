// The tests again, on the Node the actions declare (action.yml `runs.using: node24`), not only on
// the machine's own Node.
//
//   node scripts/node24.mjs [filter...]   runs scripts/test.mjs under Node 24 (`e2e`: end-to-end only)
//   node scripts/node24.mjs --path        prints the Node 24 binary's path
//
// The binary comes from the npm registry (the `node-linux-<arch>` packages of the `node` package,
// no install script), pinned by .ci/node24/package-lock.json and installed on first use with
// `npm ci --prefix .ci/node24`. It is a package of its own so that its `bin/node` never lands in
// the root node_modules/.bin, where it would replace the node of every `npm run` script.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const prefix = join(root, '.ci', 'node24');
const platform = process.platform === 'win32' ? 'win' : process.platform;
const pkg = `node-${platform}-${process.arch}`;
const binary = join(prefix, 'node_modules', pkg, 'bin', process.platform === 'win32' ? 'node.exe' : 'node');

const declared = /^\s*using:\s*['"]?node(\d+)/m.exec(readFileSync(join(root, 'action.yml'), 'utf8'))?.[1];
const wanted = JSON.parse(readFileSync(join(prefix, 'package.json'), 'utf8')).optionalDependencies ?? {};

if (!(pkg in wanted)) {
  console.error(`node24: no Node 24 package for ${platform}-${process.arch} in .ci/node24/package.json (has: ${Object.keys(wanted).join(', ')})`);
  process.exit(1);
}
if (!existsSync(binary)) {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const r = spawnSync(npm, ['ci', '--prefix', prefix, '--no-audit', '--no-fund', '--loglevel=error'], { stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0 || !existsSync(binary)) {
    console.error(`node24: npm ci --prefix .ci/node24 did not install ${binary}`);
    process.exit(1);
  }
}
const version = spawnSync(binary, ['-p', 'process.versions.node'], { encoding: 'utf8' }).stdout.trim();
if (version.split('.')[0] !== declared) {
  console.error(`node24: action.yml declares node${declared}, ${binary} is ${version || 'not runnable'}`);
  process.exit(1);
}

const args = process.argv.slice(2);
if (args[0] === '--path') {
  console.log(binary);
  process.exit(0);
}
console.log(`node24: Node ${version} (${binary}) runs the tests${args.length ? ` matching ${args.join(' ')}` : ''}`);
// Both the test runner and the bundles it launches run on Node 24; SYNC_TEST_NODE makes the
// bundle spawns explicit for helpers that read it (test/support/launcher.ts, cli.ts).
const child = spawn(binary, [join(root, 'scripts', 'test.mjs'), ...args], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, SYNC_TEST_NODE: binary },
});
child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 1)));
