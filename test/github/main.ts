// Standalone: `tsx test/github/main.ts [--root DIR]` prints {"url",...} as one JSON line and
// serves until SIGTERM/SIGINT.
import { startGitHub } from './index.js';

const i = process.argv.indexOf('--root');
const root = i > 0 ? process.argv[i + 1] : undefined;
const gh = await startGitHub({ root });
process.stdout.write(JSON.stringify({ url: gh.url, apiUrl: gh.apiUrl, graphqlUrl: gh.graphqlUrl, root: gh.root }) + '\n');
let closing = false;
const stop = async () => {
  if (closing) return;
  closing = true;
  await gh.close();
  process.exit(0);
};
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
