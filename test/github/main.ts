// Standalone: `tsx test/github/main.ts [--root DIR] [--port N]` prints one JSON line
// {"url","apiUrl","graphqlUrl","adminUrl","root"} and serves until SIGTERM/SIGINT.
// Set it up through the /_admin JSON API (see admin.ts).
import { startGitHub } from './index.js';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
}

const gh = await startGitHub({ root: arg('--root'), port: arg('--port') ? Number(arg('--port')) : undefined });
process.stdout.write(JSON.stringify({ url: gh.url, apiUrl: gh.apiUrl, graphqlUrl: gh.graphqlUrl, adminUrl: `${gh.url}/_admin`, root: gh.root }) + '\n');
let closing = false;
const stop = async () => {
  if (closing) return;
  closing = true;
  await gh.close();
  process.exit(0);
};
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
