import { afterEach, beforeEach } from 'vitest';

/**
 * Gives the worker's event loop a full turn around each test. better-sqlite3 answers
 * synchronously, so a file of conversation tests can run for minutes on promise callbacks
 * alone without the loop ever reading vitest's replies; on a loaded machine the runner's
 * fixed 60 s rpc timeout then fired first ("Timeout calling onTaskUpdate") though every test
 * passed. setImmediate runs after the poll phase, where those replies are read.
 */
const breathe = () => new Promise<void>((resolve) => setImmediate(resolve));
beforeEach(breathe);
afterEach(breathe);
