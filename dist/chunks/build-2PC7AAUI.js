import { createRequire as __psCreateRequire } from 'node:module'; const require = __psCreateRequire(import.meta.url);
import {
  buildHelp,
  buildSteps,
  calendarStep,
  linkBlocksStep,
  runBuild
} from "./chunk-2WHF7VLB.js";
import "./chunk-EJ23H4OU.js";
import "./chunk-J3ZOWMSO.js";
import "./chunk-5JJ6LKCO.js";
import "./chunk-EQOJ3N3T.js";
export {
  buildHelp,
  buildSteps,
  calendarStep,
  linkBlocksStep,
  runBuild
};
