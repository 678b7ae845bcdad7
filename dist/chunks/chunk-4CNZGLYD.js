import { createRequire as __psCreateRequire } from 'node:module'; const require = __psCreateRequire(import.meta.url);

// src/usage-error.ts
var UsageError = class extends Error {
  name = "UsageError";
};

export {
  UsageError
};
