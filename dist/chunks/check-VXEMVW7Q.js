import { createRequire as __psCreateRequire } from 'node:module'; const require = __psCreateRequire(import.meta.url);
import {
  checkFiles,
  checkHelp,
  resolveFiles,
  runCheck,
  runLanguage
} from "./chunk-EJ23H4OU.js";
import "./chunk-5JJ6LKCO.js";
import "./chunk-EQOJ3N3T.js";
export {
  checkFiles,
  checkHelp,
  resolveFiles,
  runCheck,
  runLanguage
};
