import { createRequire as __psCreateRequire } from 'node:module'; const require = __psCreateRequire(import.meta.url);
import {
  buildHelp,
  buildSteps,
  calendarStep,
  linkBlocksStep,
  runBuild
} from "./chunk-ZJ34SPBJ.js";
import "./chunk-HSWYGNMN.js";
import "./chunk-RRXWDK4K.js";
import "./chunk-QMBICHSK.js";
import "./chunk-4CNZGLYD.js";
import "./chunk-6TJNHUQQ.js";
export {
  buildHelp,
  buildSteps,
  calendarStep,
  linkBlocksStep,
  runBuild
};
