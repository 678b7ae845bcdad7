import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import picomatch from 'picomatch';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { repoRoot } from '../helpers/corpus.js';

/*
 * The workflows a user copies from the README, and the project's own, checked for what
 * GitHub needs to run them: a YAML parser first (a tab or a bad indent is caught here, not
 * on the user's first push), then the fields every workflow must have. The JSON schemas on
 * the registry predate `node24` and reject a valid action.yml, so the fields are checked
 * by hand, and only those a workflow cannot run without.
 */

type Workflow = Record<string, unknown>;

const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
const readmeBlocks = [...readme.matchAll(/^```ya?ml\n([\s\S]*?)^```$/gm)].map((match, index) => ({
  name: `README.md, YAML block ${index + 1} (line ${readme.slice(0, match.index).split('\n').length})`,
  text: match[1]!,
}));
const workflowsFolder = join(repoRoot, '.github', 'workflows');
const projectWorkflows = readdirSync(workflowsFolder)
  .filter((name) => /\.ya?ml$/.test(name))
  .map((name) => ({ name: `.github/workflows/${name}`, text: readFileSync(join(workflowsFolder, name), 'utf8') }));

// The events these workflows may use; a misspelt one (`pull-request`) would never run.
const events = new Set(['push', 'pull_request', 'pull_request_target', 'workflow_dispatch', 'schedule', 'release', 'workflow_call']);

function parseWorkflow(text: string): Workflow {
  // YAML 1.2 (the `yaml` default) keeps `on` a string key, as GitHub reads it.
  const document = parseDocument(text, { uniqueKeys: true, prettyErrors: true });
  expect(document.errors.map((error) => error.message)).toEqual([]);
  expect(document.warnings.map((warning) => warning.message)).toEqual([]);
  const value = document.toJS() as unknown;
  expect(typeof value === 'object' && value !== null && !Array.isArray(value), 'a workflow is a mapping').toBe(true);
  return value as Workflow;
}

function triggers(workflow: Workflow): Record<string, unknown> {
  const on = workflow['on'];
  if (typeof on === 'string') return { [on]: null };
  if (Array.isArray(on)) return Object.fromEntries(on.map((event: string) => [event, null]));
  return (on ?? {}) as Record<string, unknown>;
}

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}

function jobsOf(workflow: Workflow): Array<[string, Record<string, unknown>]> {
  return Object.entries((workflow['jobs'] ?? {}) as Record<string, Record<string, unknown>>);
}

const runsProgrammeSync = (step: Step) => step.uses !== undefined && (step.uses === './' || /(^|\/)programme-sync@/.test(step.uses));
// The Action pushes on push-like events unless told `commit: false` (action.yml's default is true).
const pushes = (workflow: Workflow, step: Step) =>
  runsProgrammeSync(step) && String(step.with?.['commit'] ?? 'true') !== 'false' && ['push', 'workflow_dispatch', 'schedule'].some((e) => e in triggers(workflow));

/** The `contents` permission a job runs with: its own `permissions`, else the workflow's. */
function contentsPermission(workflow: Workflow, job: Record<string, unknown>): unknown {
  const permissions = (job['permissions'] ?? workflow['permissions']) as Record<string, unknown> | string | undefined;
  return typeof permissions === 'string' ? permissions : permissions?.['contents'];
}

describe.each([...readmeBlocks, ...projectWorkflows])('$name', ({ text }) => {
  it('parses as YAML and has what GitHub needs to run it: on, jobs, runs-on, steps, each uses with a version', () => {
    const workflow = parseWorkflow(text);
    expect(Object.keys(triggers(workflow)).length, 'on').toBeGreaterThan(0);
    for (const event of Object.keys(triggers(workflow))) expect(events, `on: ${event}`).toContain(event);
    const jobs = jobsOf(workflow);
    expect(jobs.length, 'jobs').toBeGreaterThan(0);
    for (const [id, job] of jobs) {
      expect(job['runs-on'], `jobs.${id}.runs-on`).toEqual(expect.stringMatching(/\S/));
      const steps = job['steps'] as Step[] | undefined;
      expect(Array.isArray(steps) && steps.length > 0, `jobs.${id}.steps`).toBe(true);
      for (const [index, step] of steps!.entries()) {
        const where = `jobs.${id}.steps[${index}]`;
        expect((step.uses === undefined) !== (step.run === undefined), `${where}: exactly one of uses and run`).toBe(true);
        // A local action (./) runs the checked-out code; any other names a version after @.
        if (step.uses !== undefined && step.uses !== './') expect(step.uses, `${where}.uses`).toMatch(/^[\w.-]+\/[\w./-]+@[\w.-]+$/);
      }
    }
  });

  it('asks for the permissions the README says it needs: contents write to push the calendar, read otherwise', () => {
    const workflow = parseWorkflow(text);
    for (const [id, job] of jobsOf(workflow)) {
      const needsWrite = ((job['steps'] ?? []) as Step[]).some((step) => pushes(workflow, step));
      expect(contentsPermission(workflow, job), `jobs.${id}: permissions contents`).toBe(needsWrite ? 'write' : 'read');
    }
  });
});

describe('the README', () => {
  const workflows = readmeBlocks.map((block) => parseWorkflow(block.text));

  it('has a push workflow that pushes the calendar and a pull request workflow that only checks', () => {
    const kinds = workflows.map((workflow) => Object.keys(triggers(workflow)).sort());
    expect(kinds).toEqual([['push', 'workflow_dispatch'], ['pull_request']]);
  });

  it('runs the push workflow only when a programme or its config changes', () => {
    const push = workflows.find((workflow) => 'push' in triggers(workflow))!;
    const paths = (triggers(push)['push'] as { paths?: string[] }).paths;
    expect(paths, 'on.push.paths').toBeDefined();
    const matches = picomatch(paths!, { dot: true });
    for (const changed of ['programme.md', 'docs/accompagnement.md', '.programme-sync.json', 'docs/.programme-sync.json']) {
      expect(matches(changed), changed).toBe(true);
    }
    for (const unrelated of ['src/index.ts', 'images/logo.png', 'package.json']) expect(matches(unrelated), unrelated).toBe(false);
  });
});
