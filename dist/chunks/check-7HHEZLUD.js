import { createRequire as __psCreateRequire } from 'node:module'; const require = __psCreateRequire(import.meta.url);
import {
  checkFiles,
  checkHelp,
  resolveFiles,
  runCheck,
  runLanguage
} from "./chunk-D5GDJQGT.js";
import "./chunk-PDBTHGAV.js";
import "./chunk-4CNZGLYD.js";
import "./chunk-6TJNHUQQ.js";
export {
  checkFiles,
  checkHelp,
  resolveFiles,
  runCheck,
  runLanguage
};
