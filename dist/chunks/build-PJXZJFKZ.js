import { createRequire as __psCreateRequire } from 'node:module'; const require = __psCreateRequire(import.meta.url);
import {
  buildHelp,
  buildSteps,
  calendarStep,
  linkBlocksStep,
  runBuild
} from "./chunk-TIK6SNBP.js";
import "./chunk-T2LWBCJ5.js";
import "./chunk-R55H6HPP.js";
import "./chunk-LTIFG3VE.js";
import "./chunk-EQOJ3N3T.js";
export {
  buildHelp,
  buildSteps,
  calendarStep,
  linkBlocksStep,
  runBuild
};
