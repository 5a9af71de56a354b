/**
 * One platform's download, worked out from the entry's `download` (SPEC §2 "Upstream
 * downloads"): the first matching override applied, upstream's spelling of os/arch put into
 * `{os}`/`{arch}`, the format known (given, else from the URL's file name), every template filled.
 */
import { extensionOf, formatFromName, type Format } from '../../archive/format-names.js';
import type { Target } from '../../artifact/target.js';
import type { Checksum, DownloadSpec } from '../../manifest/download.js';
import { DOWNLOAD_PLACEHOLDERS, placeholdersOf, render, type TemplateVars } from '../../manifest/template.js';
import { UserError } from '../../runtime/errors.js';

export type PlannedChecksum = { kind: 'url'; url: string } | { kind: 'pinned'; sha256: string } | { kind: 'off'; why: string } | { kind: 'none' };

export interface DownloadPlan {
  url: string;
  /** The downloaded file's name (the URL's last path segment). */
  fileName: string;
  format: Format;
  /** The binary inside the archive, when the manifest says. */
  path?: string;
  checksum: PlannedChecksum;
}

export function planDownload(t: Target): DownloadPlan | undefined {
  const spec: DownloadSpec | undefined = t.download;
  if (!spec) return undefined;
  const { os, arch } = t.platform;
  const o = spec.overrides?.find((x) => (!x.os || x.os === os) && (!x.arch || x.arch === arch));
  const replacements = { ...spec.replacements, ...o?.replacements };
  const urlTemplate = o?.url ?? spec.url;
  const vars: TemplateVars = { ...t.vars, os: replacements[os] ?? os, arch: replacements[arch] ?? arch };
  const fill = (template: string) => render(template, vars, DOWNLOAD_PLACEHOLDERS);
  let format = o?.format ?? spec.format;
  if (!format) {
    if (placeholdersOf(urlTemplate, DOWNLOAD_PLACEHOLDERS).includes('ext')) {
      throw new UserError(`${t.name}: download url "${urlTemplate}" uses {ext}, which needs "format" (tar.gz, zip...) for ${os}/${arch}`);
    }
    format = formatFromName(fileNameOf(fill(urlTemplate)));
  }
  vars.ext = extensionOf(format);
  const url = fill(urlTemplate);
  const fileName = fileNameOf(url);
  const path = o?.path ?? spec.path;
  const checksum: Checksum | false | undefined = o && 'checksum' in o ? o.checksum : spec.checksum;
  return {
    url,
    fileName,
    format,
    path: path === undefined ? undefined : fill(path),
    checksum: plannedChecksum(t, checksum, fill, !!o && o.checksum === false),
  };
}

function plannedChecksum(t: Target, c: Checksum | false | undefined, fill: (s: string) => string, byOverride: boolean): PlannedChecksum {
  const platform = `${t.platform.os}-${t.platform.arch}`;
  if (c === false) return { kind: 'off', why: byOverride ? `checksum: false in the override for ${platform}` : 'checksum: false' };
  if (!c) return { kind: 'none' };
  if ('url' in c) return { kind: 'url', url: fill(c.url) };
  const pinned = Object.hasOwn(c.sha256, platform) ? c.sha256[platform] : undefined;
  if (!pinned) {
    throw new UserError(
      `${t.name} ${t.version}: no pinned sha256 for ${platform} under download.checksum.sha256 (it has ${Object.keys(c.sha256).join(', ') || 'none'}): add the upstream file's sha256 for ${platform}, refusing to download it unchecked`,
    );
  }
  return { kind: 'pinned', sha256: pinned };
}

function fileNameOf(url: string): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new UserError(`download url "${url}" is not a URL`);
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') throw new UserError(`download url "${url}": only http and https are fetched`);
  const last = u.pathname.split('/').pop() ?? '';
  const name = decodeURIComponent(last);
  return name && !/[/\\]/.test(name) && name !== '..' && name !== '.' ? name : 'download';
}
