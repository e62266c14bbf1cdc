#!/usr/bin/env node
// The `tonggong` command: the compiled CLI (dist/cli.js) when built and current, else the
// TypeScript through tsx (see bin/run-built-or-source.js).
import { runBuiltOrSource } from './run-built-or-source.js';

await runBuiltOrSource('cli', 'app/cli/main.ts');
