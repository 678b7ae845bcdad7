import { createRequire as __psCreateRequire } from 'node:module'; const require = __psCreateRequire(import.meta.url);
import {
  checkFiles,
  checkHelp,
  resolveFiles,
  runCheck,
  runLanguage
} from "./chunk-T2LWBCJ5.js";
import "./chunk-LTIFG3VE.js";
import "./chunk-EQOJ3N3T.js";
export {
  checkFiles,
  checkHelp,
  resolveFiles,
  runCheck,
  runLanguage
};
