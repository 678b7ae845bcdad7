import { createRequire as __psCreateRequire } from 'node:module'; const require = __psCreateRequire(import.meta.url);
import {
  buildHelp,
  buildSteps,
  calendarStep,
  linkBlocksStep,
  runBuild
} from "./chunk-M5ANVAB5.js";
import "./chunk-EDSOP4NB.js";
import "./chunk-E7HJBVL4.js";
import "./chunk-MCIIHHJK.js";
import "./chunk-4CNZGLYD.js";
import "./chunk-6TJNHUQQ.js";
export {
  buildHelp,
  buildSteps,
  calendarStep,
  linkBlocksStep,
  runBuild
};
