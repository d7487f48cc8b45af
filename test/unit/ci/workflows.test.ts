import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ROOT } from '../../support/terraform';

/** The GitHub workflows and .ci/run: they parse, pin their actions, stay read-only, and run the README's tests. */

type Workflow = {
  on: unknown;
  permissions?: Record<string, string>;
  jobs: Record<string, { permissions?: Record<string, string>; steps: { uses?: string; run?: string }[] }>;
};

const dir = join(ROOT, '.github/workflows');
const workflows: Record<string, Workflow> = Object.fromEntries(
  readdirSync(dir)
    .filter((f) => f.endsWith('.yml'))
    .map((f) => [f, parse(readFileSync(join(dir, f), 'utf8')) as Workflow]),
);

/** The test command the README gives a newcomer (the line of its "Two commands" block that runs tests). */
function readmeTestCommand(): string {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const line = readme.split('\n').find((l) => /^npm (run )?test\b/.test(l.trim()));
  if (!line) throw new Error('README.md names no test command');
  return line.trim().split(/\s+#/)[0]!.trim();
}

describe('the GitHub workflows', () => {
  it('are ci, terraform and deploy, and each parses', () => {
    expect(Object.keys(workflows).sort()).toEqual(['ci.yml', 'deploy.yml', 'terraform.yml']);
    for (const wf of Object.values(workflows)) expect(Object.keys(wf.jobs).length).toBeGreaterThan(0);
  });

  it('default to read-only permissions', () => {
    for (const [name, wf] of Object.entries(workflows))
      expect({ name, permissions: wf.permissions }).toEqual({ name, permissions: { contents: 'read' } });
  });

  it('pin every action to a full commit SHA', () => {
    for (const wf of Object.values(workflows)) {
      for (const job of Object.values(wf.jobs)) {
        for (const step of job.steps) if (step.uses) expect(step.uses).toMatch(/^[\w.-]+\/[\w.-]+@[0-9a-f]{40}$/);
      }
    }
  });

  it('ask for an id-token only in the deploy job, which deploys main with Workload Identity Federation', () => {
    for (const [name, wf] of Object.entries(workflows)) {
      for (const [jobName, job] of Object.entries(wf.jobs)) {
        const wantsToken = job.permissions?.['id-token'] === 'write';
        expect({ name, jobName, wantsToken }).toEqual({ name, jobName, wantsToken: name === 'deploy.yml' });
      }
    }
    const deploy = workflows['deploy.yml']!;
    expect(JSON.stringify(deploy.on)).toContain('main');
    const steps = Object.values(deploy.jobs).flatMap((j) => j.steps);
    expect(steps.some((s) => s.uses?.startsWith('google-github-actions/auth@'))).toBe(true);
    expect(JSON.stringify(steps)).not.toMatch(/credentials_json/);
  });

  it('run the README test command in ci.yml, on Node 20 and 22', () => {
    const ci = workflows['ci.yml']!;
    const runs = Object.values(ci.jobs).flatMap((j) => j.steps.map((s) => s.run ?? ''));
    expect(runs).toContain(readmeTestCommand());
    expect(JSON.stringify(ci.jobs)).toMatch(/"node":\[20,22\]/);
  });

  it('validate Terraform in terraform.yml', () => {
    const runs = Object.values(workflows['terraform.yml']!.jobs)
      .flatMap((j) => j.steps.map((s) => s.run ?? ''))
      .join('\n');
    for (const command of ['terraform fmt -check', 'terraform init', 'terraform validate', 'tflint'])
      expect(runs).toContain(command);
  });
});

describe('.ci/run', () => {
  it('installs with npm ci, then runs the README test command', () => {
    const script = readFileSync(join(ROOT, '.ci/run'), 'utf8');
    const ci = script.indexOf('npm ci');
    const test = script.indexOf(readmeTestCommand(), ci);
    expect(ci).toBeGreaterThan(-1);
    expect(test).toBeGreaterThan(ci);
  });
});
