// Bundles every action (and the CLI) with @vercel/ncc into dist/<name>/.
// `node scripts/build.mjs [name...]` builds only the named bundles.
import ncc from '@vercel/ncc';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** bundle name -> entry point */
export const bundles = {
  'ensure-binary': 'src/actions/ensure-binary.ts',
  'release-binary': 'src/actions/release-binary.ts',
  'check-upstream': 'src/actions/check-upstream.ts',
  'dispatch-cousins': 'src/actions/dispatch-cousins.ts',
  'sync-upstream': 'src/actions/sync-upstream.ts',
  'ensure-all': 'src/actions/ensure-all.ts',
  cli: 'src/cli/main.ts',
};

const wanted = process.argv.slice(2);
for (const name of wanted) {
  if (!(name in bundles)) {
    console.error(`build: unknown bundle "${name}" (known: ${Object.keys(bundles).join(', ')})`);
    process.exit(2);
  }
}

for (const [name, entry] of Object.entries(bundles)) {
  if (wanted.length && !wanted.includes(name)) continue;
  const started = Date.now();
  let result;
  try {
    result = await ncc(join(root, entry), {
      target: 'es2022',
      quiet: true,
      minify: false,
      sourceMap: false,
      license: 'licenses.txt',
    });
  } catch (err) {
    // ncc's errors carry its own minified source; the first lines are the useful part.
    const text = String(err?.message ?? err)
      .split('\n')
      .filter((l) => l.trim() && l.length < 400)
      .slice(0, 8);
    console.error(`build: ${name} failed:\n${text.join('\n')}`);
    process.exit(1);
  }
  const { code, assets } = result;
  const out = join(root, 'dist', name);
  await rm(out, { recursive: true, force: true });
  await mkdir(out, { recursive: true });
  const body = name === 'cli' && !code.startsWith('#!') ? `#!/usr/bin/env node\n${code}` : code;
  await writeFile(join(out, 'index.js'), body, { mode: name === 'cli' ? 0o755 : 0o644 });
  for (const [file, asset] of Object.entries(assets ?? {})) {
    await mkdir(dirname(join(out, file)), { recursive: true });
    await writeFile(join(out, file), asset.source);
  }
  console.log(`built dist/${name}/index.js in ${Date.now() - started} ms`);
}
