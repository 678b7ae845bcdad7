import { createRequire as __psCreateRequire } from 'node:module'; const require = __psCreateRequire(import.meta.url);
import {
  checkFiles,
  checkHelp,
  resolveFiles,
  runCheck,
  runLanguage
} from "./chunk-TP5P6ZXQ.js";
import "./chunk-OIZ7RXTP.js";
import "./chunk-4CNZGLYD.js";
import "./chunk-6TJNHUQQ.js";
export {
  checkFiles,
  checkHelp,
  resolveFiles,
  runCheck,
  runLanguage
};
