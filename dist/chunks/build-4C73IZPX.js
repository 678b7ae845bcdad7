import { createRequire as __psCreateRequire } from 'node:module'; const require = __psCreateRequire(import.meta.url);
import {
  buildHelp,
  buildSteps,
  calendarStep,
  linkBlocksStep,
  runBuild
} from "./chunk-QSCII4LO.js";
import "./chunk-W4BSDWHC.js";
import "./chunk-BYWWOAQC.js";
import "./chunk-SSXHBRJD.js";
import "./chunk-EQOJ3N3T.js";
export {
  buildHelp,
  buildSteps,
  calendarStep,
  linkBlocksStep,
  runBuild
};
