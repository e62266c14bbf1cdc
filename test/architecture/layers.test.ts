import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cycles, importEdges, sourceFiles } from './import-graph.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The layers, ground up (README「代码结构」): a folder may import its own layer and the ones
 * below it, never one above. data/ is the ground floor (time, errors, the message model,
 * config, the database); bot/ is the kernel (channels, dispatcher, conversations, identity,
 * sending); scheduler/ runs jobs on the kernel; handlers/ are the features; app/ and web/
 * wire everything together and face the operator.
 */
const LAYERS: readonly (readonly string[])[] = [['data'], ['bot'], ['scheduler'], ['handlers'], ['app', 'web']];
const layerOf = (file: string): number => LAYERS.findIndex((folders) => folders.includes(file.split('/')[0]!));

const files = sourceFiles(ROOT, LAYERS.flat());
const edges = importEdges(ROOT, files);

describe('the import graph', () => {
  it('reads the project (a sanity check that the parser sees the imports)', () => {
    expect(files.length).toBeGreaterThan(150);
    expect(edges.length).toBeGreaterThan(files.length);
  });

  it('runs ground-up: no folder imports a folder above it', () => {
    const upward = edges.filter((e) => layerOf(e.to) > layerOf(e.from)).map((e) => `${e.from} → ${e.to}`);
    expect(upward).toEqual([]);
  });

  it('has no import cycle', () => {
    expect(cycles(edges).map((c) => c.join(' → '))).toEqual([]);
  });
});
