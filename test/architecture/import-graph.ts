import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/**
 * The project's import graph, read from the source (static, re-export and dynamic imports of
 * relative paths). Used by the layering test; kept apart so `npm run check` could print it too.
 */
export interface ImportEdge {
  readonly from: string;
  readonly to: string;
  /** `import type` edges vanish at run time but still tie the layers together. */
  readonly typeOnly: boolean;
}

const SPEC = new RegExp(
  [
    /(?:^|\n)\s*(import|export)\s+(type\s+)?[^'";]*?from\s+['"](\.{1,2}\/[^'"]+)['"]/.source,
    /import\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/.source,
  ].join('|'),
  'g',
);

export function sourceFiles(root: string, folders: readonly string[]): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts')) out.push(relative(root, path));
    }
  };
  for (const folder of folders) walk(join(root, folder));
  return out.sort();
}

export function importEdges(root: string, files: readonly string[]): ImportEdge[] {
  const edges: ImportEdge[] = [];
  for (const file of files) {
    const text = readFileSync(join(root, file), 'utf8');
    for (const m of text.matchAll(SPEC)) {
      const spec = m[3] ?? m[4];
      if (!spec) continue;
      const to = relative(root, resolve(root, dirname(file), spec));
      edges.push({ from: file, to, typeOnly: Boolean(m[2]) });
    }
  }
  return edges;
}

/** Import cycles among runtime (non-type) edges, each as the list of files around it. */
export function cycles(edges: readonly ImportEdge[]): string[][] {
  const next = new Map<string, string[]>();
  for (const e of edges) if (!e.typeOnly) next.set(e.from, [...(next.get(e.from) ?? []), e.to]);
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string): void => {
    state.set(node, 'open');
    stack.push(node);
    for (const to of next.get(node) ?? []) {
      const s = state.get(to);
      if (s === 'open') found.push([...stack.slice(stack.indexOf(to)), to]);
      else if (s === undefined) visit(to);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of next.keys()) if (!state.has(node)) visit(node);
  return found;
}
