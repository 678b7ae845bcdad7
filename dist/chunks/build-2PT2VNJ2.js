import { createRequire as __psCreateRequire } from 'node:module'; const require = __psCreateRequire(import.meta.url);
import {
  buildHelp,
  buildSteps,
  calendarStep,
  linkBlocksStep,
  runBuild
} from "./chunk-U5JZ7G4S.js";
import "./chunk-ZZUMZTA3.js";
import "./chunk-E446Q2RV.js";
import "./chunk-M7BK42VJ.js";
import "./chunk-4CNZGLYD.js";
import "./chunk-6TJNHUQQ.js";
export {
  buildHelp,
  buildSteps,
  calendarStep,
  linkBlocksStep,
  runBuild
};
