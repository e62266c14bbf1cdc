import { createInterface } from 'node:readline';

/** Lines from stdin, one at a time, in order. */
export async function* readLines(input: NodeJS.ReadableStream = process.stdin): AsyncGenerator<string> {
  const rl = createInterface({ input, crlfDelay: Infinity, terminal: false });
  for await (const line of rl) yield line;
}
