// The yardstick: a bare remark-gfm parse of a file, bundled like the CLI is, so the ratio
// measures programme-sync's own work and not the cost of the markdown parser.
import { readFileSync } from 'node:fs';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const tree = unified().use(remarkParse).use(remarkGfm).parse(readFileSync(process.argv[2]!, 'utf8'));
if (tree.children.length < 0) console.log('unreachable');
