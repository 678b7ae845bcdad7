import { run } from './run.js';

// The Action's entry point only calls run(), as in actions/typescript-action. No top-level
// await: the bundle is CommonJS (see scripts/build.mjs).
void run();
