import { createRequire as __psCreateRequire } from 'node:module'; const require = __psCreateRequire(import.meta.url);
import {
  buildHelp,
  buildSteps,
  calendarStep,
  linkBlocksStep,
  runBuild
} from "./chunk-XX3UGHQS.js";
import "./chunk-3AAILZW4.js";
import "./chunk-TCVHXCOZ.js";
import "./chunk-J5WHQP6C.js";
import "./chunk-4CNZGLYD.js";
import "./chunk-6TJNHUQQ.js";
export {
  buildHelp,
  buildSteps,
  calendarStep,
  linkBlocksStep,
  runBuild
};
