import { createRequire as __psCreateRequire } from 'node:module'; const require = __psCreateRequire(import.meta.url);
import {
  buildHelp,
  buildSteps,
  calendarStep,
  linkBlocksStep,
  runBuild
} from "./chunk-OPXKPAE2.js";
import "./chunk-JWR2HPRS.js";
import "./chunk-5UXOHGFK.js";
import "./chunk-4GOU5WHT.js";
import "./chunk-EQOJ3N3T.js";
export {
  buildHelp,
  buildSteps,
  calendarStep,
  linkBlocksStep,
  runBuild
};
