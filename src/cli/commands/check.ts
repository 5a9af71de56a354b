import { loadManifest } from '../../manifest/manifest.js';
import type { Command } from '../command.js';
import { resolveContext } from '../context.js';

export const command: Command = {
  summary: 'which pinned versions have a newer upstream (tags, releases, commits)',
  usage: 'sync check [name...] [--update] [--include-prereleases] [--output-file FILE]',
  help: [
    ['name...', 'entries to check (default: every entry with an upstream)'],
    ['--include-prereleases', 'count prereleases as candidates'],
    ['--update', 'rewrite the versions in the manifest (comments and layout kept)'],
    ['--output-file FILE', 'also write the result JSON (SPEC shape) to FILE'],
  ],
  options: {
    'include-prereleases': { type: 'boolean', default: false },
    update: { type: 'boolean', default: false },
    'output-file': { type: 'string' },
  },
  async run(names, values, out) {
    const ctx = await resolveContext({ repo: values.repo as string | undefined });
    const manifestPath = (values.manifest as string | undefined) ?? 'versions.yml';
    const manifest = await loadManifest(manifestPath);
    const { checkUpstreams, manifestJson } = await import('../../upstream/check.js');
    const result = await checkUpstreams(
      { manifest, names, includePrereleases: Boolean(values['include-prereleases']), token: ctx.token, serverUrl: ctx.serverUrl, apiUrl: ctx.apiUrl },
      out.log,
    );
    const json = manifestJson(result);
    const updated = result.entries.filter((e) => e.updateAvailable);
    if (values['output-file']) {
      const { writeFile } = await import('node:fs/promises');
      await writeFile(values['output-file'] as string, `${JSON.stringify(json, null, 2)}\n`);
    }
    let rewritten = false;
    if (values.update && updated.length) {
      const { updateManifestFile } = await import('../../upstream/manifest-update.js');
      rewritten = await updateManifestFile(manifestPath, Object.fromEntries(updated.map((e) => [e.name, e.newVersion!])));
    }
    out.result({ ...json, updates: updated.map((e) => e.name), has_updates: updated.length > 0, manifest_updated: rewritten }, () => [
      ...result.entries.map((e) =>
        e.error
          ? `${e.name}: error: ${e.error}`
          : `${e.name}: ${e.currentTag ?? e.pinned} -> ${e.latestTag ?? e.latestCommit ?? '?'}${e.updateAvailable ? ` (${e.updateType} update)` : ' (up to date)'}`,
      ),
      ...(rewritten ? [`${manifestPath}: updated ${updated.map((e) => e.name).join(', ')}`] : []),
    ]);
    return result.entries.some((e) => e.error) ? 1 : 0;
  },
};
