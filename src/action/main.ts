import { run } from './run.js';

// The Action's entry point only calls run(), as in actions/typescript-action.
await run();
