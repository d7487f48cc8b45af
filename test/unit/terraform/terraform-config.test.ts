import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { TOPICS } from '../../../shared/schema/events';
import {
  COMPOSITE_INDEXES,
  FIELD_EXEMPTIONS,
  SINGLE_FIELD_QUERIES,
  TTL_POLICIES,
} from '../../../shared/adapters/firestore/firestore-indexes';
import { SYNDICATION_STUCK_EVENT } from '../../../shared/pipeline/sweep-syndications';
import { FunctionSettings, parseFunctionSettings } from '../../../functions/lib/settings';
import { ConfigError } from '../../../shared/errors';
import { DEFAULT_SYNDICATION_OPTIONS } from '../../../shared/pipeline/syndication-deps';
import { block, loadTerraform, ROOT, TERRAFORM_DIR, terraformText, type TerraformConfig } from '../../support/terraform';

/**
 * Static checks of terraform/ against the code: the Google provider cannot be downloaded on these machines,
 * so instead of `terraform validate` (which runs in .github/workflows/terraform.yml) the HCL is parsed and
 * cross-checked with what the functions, the store and the bus actually use.
 */

interface FunctionDef {
  service: string;
  trigger: 'http' | 'push';
  memory_mb: number;
  timeout_s: number;
  max_instances: number;
  concurrency: number;
  publishes: string[];
  firestore: string;
  secrets: string[];
}
interface PushSubscription {
  topic: string;
  function: string;
}

let tf: TerraformConfig;
let functionDefs: Record<string, FunctionDef>;
let pushSubscriptions: Record<string, PushSubscription>;

beforeAll(async () => {
  tf = await loadTerraform();
  functionDefs = tf.locals.function_defaults as Record<string, FunctionDef>;
  pushSubscriptions = tf.locals.push_subscriptions as Record<string, PushSubscription>;
}, 60_000);

/** The entry points functions/index.ts registers: the keys of its FUNCTIONS table. */
function registeredFunctions(): string[] {
  const source = readFileSync(join(ROOT, 'functions/index.ts'), 'utf8');
  const table = /export const FUNCTIONS = \{([\s\S]*?)\}/.exec(source)?.[1] ?? '';
  return [...table.matchAll(/^\s*(\w+):/gm)].map((m) => m[1]!).sort();
}

/** Every TypeScript file under the given folders. */
function sourceFiles(...dirs: string[]): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.ts')) out.push(path);
    }
  };
  dirs.forEach((d) => walk(join(ROOT, d)));
  return out;
}

describe('the Terraform layout', () => {
  it('follows Google module layout, with files grouped by purpose', () => {
    for (const file of ['main.tf', 'variables.tf', 'outputs.tf', 'versions.tf', 'README.md', 'functions.tf', 'pubsub.tf', 'firestore.tf', 'scheduler.tf', 'iam.tf', 'secrets.tf', 'monitoring.tf', 'backend.tf.example']) {
      expect(existsSync(join(TERRAFORM_DIR, file))).toBe(true);
    }
    expect(readdirSync(join(TERRAFORM_DIR, 'envs')).length).toBeGreaterThan(0);
  });

  it('types and describes every variable', () => {
    for (const [name, variable] of Object.entries(tf.variables)) {
      expect({ name, hasType: 'type' in variable, hasDescription: typeof variable.description === 'string' && (variable.description as string).length > 10 }).toEqual({ name, hasType: true, hasDescription: true });
    }
  });

  it('is formatted (terraform fmt -check)', () => {
    expect(() => execFileSync('terraform', ['fmt', '-check', '-recursive'], { cwd: TERRAFORM_DIR, stdio: 'pipe' })).not.toThrow();
  });
});

describe('the functions', () => {
  it('deploy exactly the entry points registered in functions/index.ts', () => {
    expect(registeredFunctions().length).toBeGreaterThanOrEqual(6);
    expect(Object.keys(functionDefs).sort()).toEqual(registeredFunctions());
  });

  it('use the entry point named by their key, on nodejs22, each with its own service account', () => {
    const fn = tf.resources.google_cloudfunctions2_function!.main!;
    expect(fn.for_each).toBe('${local.functions}');
    const build = block(fn, 'build_config')!;
    expect(build.entry_point).toBe('${each.key}');
    expect(build.runtime).toBe('nodejs22');
    const service = block(fn, 'service_config')!;
    expect(service.service_account_email).toBe('${google_service_account.function[each.key].email}');
    for (const key of ['available_memory', 'timeout_seconds', 'max_instance_count', 'max_instance_request_concurrency', 'ingress_settings']) {
      expect(service[key]).toBeDefined();
    }
    expect(tf.resources.google_service_account!.function!.for_each).toBe('${local.functions}');
  });

  it('set memory, timeout, concurrency and an instance cap within Cloud Functions limits', () => {
    for (const [name, f] of Object.entries(functionDefs)) {
      expect({ name, ok: f.memory_mb >= 256 && f.timeout_s > 0 && f.timeout_s <= 540 && f.max_instances >= 1 && f.concurrency >= 1 }).toEqual({ name, ok: true });
    }
    expect(new Set(Object.values(functionDefs).map((f) => f.service)).size).toBe(Object.keys(functionDefs).length);
  });

  it('give HTTP requests a deadline well under the function timeout, so a hung store is answered 503, not cut off', () => {
    const env = block(block(tf.resources.google_cloudfunctions2_function!.main, 'service_config'), 'environment_variables') as
      | Record<string, string>
      | undefined;
    expect(String(env?.JOBRELAY_REQUEST_DEADLINE_SECONDS)).toBe('${tostring(floor(each.value.timeout_s / 2))}');
    const fallback = FunctionSettings.parse({}).JOBRELAY_REQUEST_DEADLINE_SECONDS;
    expect(fallback).toBeLessThanOrEqual(functionDefs.ingestPosting!.timeout_s / 2);
  });

  it('give the stuck-syndication sweep a threshold longer than the longest function timeout plus the delivery lease', () => {
    const fn = tf.resources.google_cloudfunctions2_function!.main!;
    const env = block(block(fn, 'service_config'), 'environment_variables') as Record<string, string>;
    expect(env).toMatchObject({
      JOBRELAY_FUNCTION_TIMEOUT_SECONDS: '${tostring(local.longest_function_timeout_s)}',
      JOBRELAY_DELIVERY_LEASE_SECONDS: '${tostring(local.delivery_lease_s)}',
      JOBRELAY_SYNDICATION_STUCK_AFTER_SECONDS: '${tostring(var.syndication_stuck_after_s)}',
    });
    expect(tf.locals.longest_function_timeout_s).toBe('${max([for f in values(local.functions) : f.timeout_s]...)}');
    // the lease Terraform sets is the one the code was written for
    expect(tf.locals.delivery_lease_s).toBe(DEFAULT_SYNDICATION_OPTIONS.leaseSeconds);
    const precondition = block(block(fn, 'lifecycle'), 'precondition');
    expect(precondition?.condition).toBe(
      '${var.syndication_stuck_after_s > local.longest_function_timeout_s + local.delivery_lease_s}',
    );

    // what the functions get from Terraform's defaults starts them; a threshold at the sum stops them
    const longest = Math.max(...Object.values(functionDefs).map((f) => f.timeout_s));
    const lease = tf.locals.delivery_lease_s as number;
    const stuck = tf.variables.syndication_stuck_after_s!.default as number;
    expect(stuck).toBeGreaterThan(longest + lease);
    const deployed = (stuckAfter: number) => ({
      JOBRELAY_FUNCTION_TIMEOUT_SECONDS: String(longest),
      JOBRELAY_DELIVERY_LEASE_SECONDS: String(lease),
      JOBRELAY_SYNDICATION_STUCK_AFTER_SECONDS: String(stuckAfter),
    });
    expect(parseFunctionSettings(deployed(stuck)).JOBRELAY_SYNDICATION_STUCK_AFTER_SECONDS).toBe(stuck);
    expect(() => parseFunctionSettings(deployed(longest + lease))).toThrow(ConfigError);
    expect(() => parseFunctionSettings(deployed(longest + lease))).toThrow(
      `JOBRELAY_SYNDICATION_STUCK_AFTER_SECONDS: ${longest + lease} s must be longer than the longest function timeout`,
    );
  });

  it('pin every secret to a version', () => {
    const secretEnv = block(block(tf.resources.google_cloudfunctions2_function!.main, 'service_config'), 'dynamic');
    expect(JSON.stringify(secretEnv)).toContain('var.secret_versions');
    const versions = (tf.variables.secret_versions!.default ?? {}) as Record<string, string>;
    for (const f of Object.values(functionDefs)) {
      for (const secret of f.secrets) expect(versions[secret]).toMatch(/^\d+$/);
    }
  });
});

describe('Pub/Sub', () => {
  it('has a topic and a dead-letter topic for every topic the code knows', () => {
    expect([...(tf.locals.topics as string[])].sort()).toEqual([...TOPICS].sort());
    expect(tf.resources.google_pubsub_topic!.dead_letter!.for_each).toBe('${toset(local.topics)}');
    expect(tf.resources.google_pubsub_subscription!.dead_letter!.for_each).toBe('${toset(local.topics)}');
  });

  it('knows every topic the code publishes to', () => {
    const published = new Set<string>();
    for (const file of sourceFiles('shared', 'functions')) {
      for (const m of readFileSync(file, 'utf8').matchAll(/\.publish\(\s*'([a-z-]+)'/g)) published.add(m[1]!);
    }
    for (const f of Object.values(functionDefs)) f.publishes.forEach((t) => published.add(t));
    expect(published.size).toBeGreaterThan(0);
    for (const topic of published) expect(TOPICS).toContain(topic);
  });

  it('gives every push subscription an OIDC identity, a retry policy and a dead-letter policy', () => {
    const push = tf.resources.google_pubsub_subscription!.push!;
    expect(push.for_each).toBe('${local.push_subscriptions}');
    const oidc = block(block(push, 'push_config'), 'oidc_token')!;
    expect(oidc.service_account_email).toBe('${google_service_account.push.email}');
    expect(oidc.audience).toBeDefined();
    expect(block(push, 'retry_policy')).toEqual(expect.objectContaining({ minimum_backoff: expect.any(String), maximum_backoff: expect.any(String) }));
    expect(block(push, 'dead_letter_policy')).toEqual(expect.objectContaining({ max_delivery_attempts: expect.any(String) }));
  });

  it('pushes every event topic to a push-triggered function, and every push-triggered function is fed', () => {
    for (const [name, sub] of Object.entries(pushSubscriptions)) {
      expect({ name, topic: TOPICS.includes(sub.topic as never), trigger: functionDefs[sub.function]?.trigger }).toEqual({ name, topic: true, trigger: 'push' });
    }
    const fed = new Set(Object.values(pushSubscriptions).map((s) => s.function));
    for (const [name, f] of Object.entries(functionDefs)) if (f.trigger === 'push') expect({ name, fed: fed.has(name) }).toEqual({ name, fed: true });
    for (const topic of TOPICS) expect({ topic, consumed: Object.values(pushSubscriptions).some((s) => s.topic === topic) }).toEqual({ topic, consumed: true });
  });

  it('lets the Pub/Sub service agent dead-letter and mint push tokens', () => {
    expect(tf.resources.google_pubsub_topic_iam_member!.dead_letter_publisher!.role).toBe('roles/pubsub.publisher');
    expect(tf.resources.google_pubsub_subscription_iam_member!.dead_letter_subscriber!.role).toBe('roles/pubsub.subscriber');
    expect(tf.resources.google_service_account_iam_member!.push_token_creator!.role).toBe('roles/iam.serviceAccountTokenCreator');
  });
});

describe('IAM', () => {
  it('grants no broad project-level role', () => {
    const text = terraformText();
    expect(text).not.toMatch(/roles\/(owner|editor|viewer)"/);
    const projectRoles = Object.values(functionDefs).map((f) => f.firestore).filter(Boolean);
    for (const role of projectRoles) expect(['roles/datastore.user', 'roles/datastore.viewer']).toContain(role);
    for (const member of Object.values(tf.resources.google_project_iam_member ?? {})) {
      expect(member.role).toBe('${each.value.firestore}');
    }
  });

  it('lets only the push identity invoke push-triggered functions, and makes public only the HTTP ones', () => {
    const iam = tf.resources.google_cloud_run_v2_service_iam_member!;
    expect(iam.push_invoker!.member).toBe('serviceAccount:${google_service_account.push.email}');
    expect(String(iam.push_invoker!.for_each)).toContain('f.trigger == "push"');
    expect(iam.public_invoker!.member).toBe('allUsers');
    expect(String(iam.public_invoker!.for_each)).toContain('f.trigger == "http"');
  });

  it('grants publishing per topic and secret access per secret', () => {
    expect(tf.resources.google_pubsub_topic_iam_member!.function_publisher!.topic).toBe('${google_pubsub_topic.main[each.value.topic].name}');
    expect(tf.resources.google_secret_manager_secret_iam_member!.function!.secret_id).toBe('${google_secret_manager_secret.main[each.value.secret].secret_id}');
  });
});

describe('Firestore', () => {
  const key = (collection: string, fields: [string, string][]) => `${collection}:${fields.map((f) => f.join(' ')).join(',')}`;

  it('declares exactly the composite indexes the store queries need', () => {
    const declared = Object.values(tf.locals.firestore_composite_indexes as Record<string, { collection: string; fields: [string, string][] }>).map((i) => key(i.collection, i.fields));
    const needed = COMPOSITE_INDEXES.map((i) =>
      key(i.collection, i.fields.map((f) => [f.fieldPath, 'order' in f ? f.order : f.arrayConfig])),
    );
    expect(declared.sort()).toEqual(needed.sort());
  });

  it('exempts large text from indexing and sets the TTL policies the store relies on', () => {
    const ttl = Object.values(tf.locals.firestore_ttl_policies as Record<string, { collection: string; field: string }>).map((p) => `${p.collection}.${p.field}`);
    expect(ttl.sort()).toEqual(TTL_POLICIES.map((p) => `${p.collection}.${p.fieldPath}`).sort());
    const exempt = Object.values(tf.locals.firestore_field_exemptions as Record<string, { collection: string; field: string }>).map((p) => `${p.collection}.${p.field}`);
    // TTL fields are exempted by their TTL resource (index_config {} beside ttl_config {}).
    expect([...exempt, ...ttl].sort()).toEqual(FIELD_EXEMPTIONS.map((e) => `${e.collection}.${e.fieldPath}`).sort());
  });

  it('keeps the automatic single-field indexes that range queries rely on (the lagging-syndication sweep)', () => {
    const exempt = Object.values(tf.locals.firestore_field_exemptions as Record<string, { collection: string; field: string }>).map((p) => `${p.collection}.${p.field}`);
    const ttl = Object.values(tf.locals.firestore_ttl_policies as Record<string, { collection: string; field: string }>).map((p) => `${p.collection}.${p.field}`);
    const relied = SINGLE_FIELD_QUERIES.map((q) => `${q.collection}.${q.fieldPath}`);
    expect(relied).toContain('postings.lastChangedAt');
    expect(relied.filter((f) => exempt.includes(f) || ttl.includes(f))).toEqual([]);
    expect(relied.filter((f) => FIELD_EXEMPTIONS.some((e) => `${e.collection}.${e.fieldPath}` === f))).toEqual([]);
  });
});

describe('scheduling and monitoring', () => {
  it('publishes the scheduled refresh and maintenance to their topics', () => {
    const jobs = tf.resources.google_cloud_scheduler_job!;
    expect(block(jobs.refresh, 'pubsub_target')!.topic_name).toBe('${google_pubsub_topic.main["refresh-requests"].id}');
    expect(block(jobs.maintenance, 'pubsub_target')!.topic_name).toBe('${google_pubsub_topic.main["maintenance"].id}');
  });

  it('alerts on dead-letter depth, oldest unacked message, function errors, failing sources and stuck syndications', () => {
    const policies = tf.resources.google_monitoring_alert_policy!;
    expect(Object.keys(policies).sort()).toEqual([
      'dead_letter_depth',
      'function_errors',
      'oldest_unacked',
      'source_failing',
      'syndication_stuck',
    ]);
    expect(JSON.stringify(policies.dead_letter_depth)).toContain('num_undelivered_messages');
    expect(JSON.stringify(policies.oldest_unacked)).toContain('oldest_unacked_message_age');
    expect(JSON.stringify(policies.function_errors)).toContain('5xx');
  });

  it('counts the source_failing log line the refresh use case actually writes', () => {
    const metric = tf.resources.google_logging_metric!.source_failing!;
    expect(String(metric.filter)).toContain('jsonPayload.event = "source_failing"');
    const logged = sourceFiles('shared/pipeline').some((f) => readFileSync(f, 'utf8').includes("'source_failing'"));
    expect({ file: relative(ROOT, join(ROOT, 'shared/pipeline')), logged }).toEqual({ file: 'shared/pipeline', logged: true });
    expect(String(metric.filter)).toContain('jsonPayload.consecutiveFailures');
    expect(String(metric.label_extractors && JSON.stringify(metric.label_extractors))).toContain('jsonPayload.sourceId');
  });

  it('counts the stuck-syndication log line the maintenance sweep writes, per partner, and alerts on it', () => {
    const metric = tf.resources.google_logging_metric!.syndication_stuck!;
    expect(String(metric.filter)).toContain(`jsonPayload.event = "${SYNDICATION_STUCK_EVENT}"`);
    expect(JSON.stringify(metric.label_extractors)).toContain('jsonPayload.partnerId');
    const policy = JSON.stringify(tf.resources.google_monitoring_alert_policy!.syndication_stuck);
    expect(policy).toContain('${google_logging_metric.syndication_stuck.name}');
  });

  it('outputs the function URLs and the topic names', () => {
    expect(Object.keys(tf.outputs)).toEqual(expect.arrayContaining(['function_urls', 'topic_names']));
  });
});
