import { createRequire as __psCreateRequire } from 'node:module'; const require = __psCreateRequire(import.meta.url);
import {
  buildHelp,
  buildSteps,
  calendarStep,
  linkBlocksStep,
  runBuild
} from "./chunk-Y3XVJWQ4.js";
import "./chunk-VYR3G3ES.js";
import "./chunk-X3QF3FHS.js";
import "./chunk-OIZ7RXTP.js";
import "./chunk-4CNZGLYD.js";
import "./chunk-6TJNHUQQ.js";
export {
  buildHelp,
  buildSteps,
  calendarStep,
  linkBlocksStep,
  runBuild
};
