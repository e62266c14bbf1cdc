#!/usr/bin/env node
// `npm start`: the compiled bot (dist/main.js) when built and current, else the TypeScript
// through tsx (see bin/run-built-or-source.js).
import { runBuiltOrSource } from './run-built-or-source.js';

await runBuiltOrSource('main', 'app/main.ts');
