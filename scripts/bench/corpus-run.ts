// Checks every file of a folder in one process and prints how many documents per second.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkText } from '../../src/engine/pipeline.js';

const folder = process.argv[2]!;
const names = readdirSync(folder).filter((name) => name.endsWith('.md'));
const texts = names.map((name) => readFileSync(join(folder, name), 'utf8'));
const start = process.hrtime.bigint();
let sessions = 0;
for (let i = 0; i < texts.length; i++) {
  sessions += checkText(names[i]!, texts[i]!, { language: 'en', timezone: 'Europe/Paris' }).programme.sessions.length;
}
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
console.log(JSON.stringify({ documents: texts.length, sessions, seconds }));
