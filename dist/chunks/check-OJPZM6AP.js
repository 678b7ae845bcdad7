import { createRequire as __psCreateRequire } from 'node:module'; const require = __psCreateRequire(import.meta.url);
import {
  checkFiles,
  checkHelp,
  resolveFiles,
  runCheck,
  runLanguage
} from "./chunk-YCNX4FDZ.js";
import "./chunk-TP3QTAXS.js";
import "./chunk-4CNZGLYD.js";
import "./chunk-6TJNHUQQ.js";
export {
  checkFiles,
  checkHelp,
  resolveFiles,
  runCheck,
  runLanguage
};
