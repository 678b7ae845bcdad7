import { createRequire as __psCreateRequire } from 'node:module'; const require = __psCreateRequire(import.meta.url);
import {
  checkFiles,
  checkHelp,
  resolveFiles,
  runCheck
} from "./chunk-RFU2XSXA.js";
import "./chunk-M22QM75K.js";
import "./chunk-EQOJ3N3T.js";
export {
  checkFiles,
  checkHelp,
  resolveFiles,
  runCheck
};
