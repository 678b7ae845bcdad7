import { createRequire as __psCreateRequire } from 'node:module'; const require = __psCreateRequire(import.meta.url);
import {
  buildHelp,
  buildSteps,
  calendarStep,
  linkBlocksStep,
  runBuild
} from "./chunk-IGZ46R2O.js";
import "./chunk-RFU2XSXA.js";
import "./chunk-H4DH3LMM.js";
import "./chunk-M22QM75K.js";
import "./chunk-EQOJ3N3T.js";
export {
  buildHelp,
  buildSteps,
  calendarStep,
  linkBlocksStep,
  runBuild
};
