/**
 * Input paths -> files: "-" is stdin; folders are walked recursively in sorted order, skipping
 * hidden entries and files of unknown type; globs (*, ?, **, [abc], {a,b}) are matched by a
 * small matcher of our own (no dependency).
 */
import { readdir, stat } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { DIRECTORY_EXTENSIONS, extensionOf } from './detect.js';
import type { ReadFailure } from './types.js';

export type Input = { kind: 'stdin' } | { kind: 'file'; path: string } | { kind: 'failure'; failure: ReadFailure };

const GLOB_CHARS = /[*?[{]/;

export function isGlob(p: string): boolean {
  return GLOB_CHARS.test(p);
}

/** Files a directory walk reads: known article formats (also gzipped); never hidden files or "*.expected.*" answer files. */
export function isReadableInFolder(name: string): boolean {
  if (name.startsWith('.')) return false;
  if (name.includes('.expected.')) return false;
  return DIRECTORY_EXTENSIONS.has(extensionOf(name));
}

async function* walk(dir: string): AsyncGenerator<string> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const p = join(dir, e.name);
    let isDir = e.isDirectory();
    let isFile = e.isFile();
    if (e.isSymbolicLink()) {
      try {
        const st = await stat(p);
        isDir = st.isDirectory();
        isFile = st.isFile();
      } catch {
        continue;
      }
    }
    if (isDir) yield* walk(p);
    else if (isFile && isReadableInFolder(e.name)) yield p;
  }
}

/** A glob segment -> a regular expression source (no slashes inside). */
function segmentRegex(seg: string): string {
  let out = '';
  for (let i = 0; i < seg.length; i++) {
    const c = seg[i];
    if (c === '*') out += '[^/]*';
    else if (c === '?') out += '[^/]';
    else if (c === '[') {
      const end = seg.indexOf(']', i + 2);
      if (end === -1) out += '\\[';
      else {
        let body = seg.slice(i + 1, end);
        if (body.startsWith('!')) body = '^' + body.slice(1);
        out += `[${body.replace(/\\/g, '\\\\')}]`;
        i = end;
      }
    } else if (c === '{') {
      const end = seg.indexOf('}', i);
      if (end === -1) out += '\\{';
      else {
        out += `(?:${seg
          .slice(i + 1, end)
          .split(',')
          .map((alt) => segmentRegex(alt))
          .join('|')})`;
        i = end;
      }
    } else out += c.replace(/[.+^$()|\\]/g, '\\$&');
  }
  return out;
}

/** The whole glob (with "/" separators) -> a RegExp over "/"-separated relative paths. */
export function globToRegExp(glob: string): RegExp {
  const parts = glob.split('/');
  let src = '';
  parts.forEach((seg, i) => {
    const last = i === parts.length - 1;
    if (seg === '**') src += last ? '.*' : '(?:[^/]+/)*';
    else src += segmentRegex(seg) + (last ? '' : '/');
  });
  return new RegExp(`^${src}$`);
}

/** Expand a glob into sorted file paths. Hidden entries match only when the pattern spells the dot. */
export async function expandGlob(pattern: string): Promise<string[]> {
  const norm = pattern.split(sep).join('/');
  const parts = norm.split('/');
  const firstGlob = parts.findIndex((p) => isGlob(p));
  const baseParts = parts.slice(0, firstGlob);
  const base = baseParts.length === 0 ? '.' : baseParts.join('/') || '/';
  const rest = parts.slice(firstGlob);
  const re = globToRegExp(rest.join('/'));
  const deep = rest.includes('**');
  const maxDepth = deep ? Infinity : rest.length;
  const dotAllowed = rest.map((s) => s.startsWith('.'));
  const out: string[] = [];
  const visit = async (dir: string, rel: string, depth: number): Promise<void> => {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (e.name.startsWith('.') && !(dotAllowed[depth] ?? false)) continue;
      const p = join(dir, e.name);
      const r = rel ? `${rel}/${e.name}` : e.name;
      let isDir = e.isDirectory();
      let isFile = e.isFile();
      if (e.isSymbolicLink()) {
        try {
          const st = await stat(p);
          isDir = st.isDirectory();
          isFile = st.isFile();
        } catch {
          continue;
        }
      }
      if (isFile && re.test(r)) out.push(p);
      if (isDir && depth + 1 < maxDepth) await visit(p, r, depth + 1);
    }
  };
  await visit(base, '', 0);
  const prefix = baseParts.length === 0 ? '' : undefined;
  return out.map((p) => (prefix === '' && p.startsWith('./') ? p.slice(2) : p)).sort();
}

/** Each input path, expanded, in order. */
export async function* expandInputs(paths: string[]): AsyncGenerator<Input> {
  for (const p of paths) {
    if (p === '-') {
      yield { kind: 'stdin' };
      continue;
    }
    let st;
    try {
      st = await stat(p);
    } catch (err) {
      if (isGlob(p)) {
        const files = await expandGlob(p);
        if (files.length === 0) yield { kind: 'failure', failure: { file: p, record: null, reason: 'no files match this pattern' } };
        for (const f of files) yield { kind: 'file', path: f };
        continue;
      }
      const code = (err as NodeJS.ErrnoException).code;
      const reason = code === 'ENOENT' ? 'no such file or folder' : code === 'EACCES' ? 'permission denied' : `cannot open: ${(err as Error).message}`;
      yield { kind: 'failure', failure: { file: p, record: null, reason } };
      continue;
    }
    if (st.isDirectory()) {
      let any = false;
      for await (const f of walk(p)) {
        any = true;
        yield { kind: 'file', path: f };
      }
      if (!any) yield { kind: 'failure', failure: { file: p, record: null, reason: 'folder holds no readable files' } };
    } else yield { kind: 'file', path: p };
  }
}
