import { UserError } from '../runtime/errors.js';

/** Go-style platform names, used in asset names and templates. */
export type Os = 'linux' | 'darwin' | 'windows';
export type Arch = 'amd64' | 'arm64';
export interface Platform {
  os: Os;
  arch: Arch;
}

const OS_NAMES: Record<string, Os> = {
  linux: 'linux',
  darwin: 'darwin',
  macos: 'darwin',
  win32: 'windows',
  windows: 'windows',
};
const ARCH_NAMES: Record<string, Arch> = {
  x64: 'amd64',
  amd64: 'amd64',
  x86_64: 'amd64',
  arm64: 'arm64',
  aarch64: 'arm64',
};

/** Maps Node's (or Go's) OS name to ours; anything else is a clear error. */
export function toOs(name: string): Os {
  // Own keys only: `__proto__` or `constructor` must not resolve through the prototype.
  const os = Object.hasOwn(OS_NAMES, name.toLowerCase()) ? OS_NAMES[name.toLowerCase()] : undefined;
  if (!os) throw new UserError(`unsupported OS "${name}": expected one of linux, darwin, windows`);
  return os;
}

/** Maps Node's (or Go's) architecture name to ours; anything else is a clear error. */
export function toArch(name: string): Arch {
  const arch = Object.hasOwn(ARCH_NAMES, name.toLowerCase()) ? ARCH_NAMES[name.toLowerCase()] : undefined;
  if (!arch) throw new UserError(`unsupported architecture "${name}": expected one of amd64, arm64`);
  return arch;
}

/** The platform this process runs on. */
export function currentPlatform(platform: string = process.platform, arch: string = process.arch): Platform {
  return { os: toOs(platform), arch: toArch(arch) };
}

/** A platform from optional `os`/`arch` overrides, defaulting to the current one. */
export function resolvePlatform(os?: string, arch?: string): Platform {
  const here = currentPlatform();
  return { os: os ? toOs(os) : here.os, arch: arch ? toArch(arch) : here.arch };
}

export function samePlatform(a: Platform, b: Platform): boolean {
  return a.os === b.os && a.arch === b.arch;
}

/** The binary's file name on that OS: `.exe` on Windows. */
export function exeName(bin: string, os: Os): string {
  return os === 'windows' && !bin.toLowerCase().endsWith('.exe') ? `${bin}.exe` : bin;
}
