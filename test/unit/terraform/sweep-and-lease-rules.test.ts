import { FunctionSettings, parseFunctionSettings } from '../../../functions/lib/settings';
import { ConfigError } from '../../../shared/errors';
import { slowestDeliverySeconds } from '../../../shared/pipeline/delivery-lease';
import { sweepBudgetMs } from '../../../shared/pipeline/sweep-budget';
import { DEFAULT_SYNDICATION_OPTIONS } from '../../../shared/pipeline/syndication-deps';
import { PartnerConfig } from '../../../shared/schema/partner';
import { block, loadTerraform, type TerraformConfig } from '../../support/terraform';

/**
 * The maintenance sweep's time budget and the delivery lease, as Terraform deploys them, against the code:
 * the sweep's timeout is its function's (or its subscription's ack deadline), and the lease outlasts the
 * slowest in-process delivery the code can make.
 */

let tf: TerraformConfig;
beforeAll(async () => {
  tf = await loadTerraform();
}, 60_000);

const functionPreconditions = () => {
  const lifecycle = block(tf.resources.google_cloudfunctions2_function!.main, 'lifecycle') as
    | { precondition?: Array<{ condition: string }> }
    | undefined;
  return (lifecycle?.precondition ?? []).map((p) => p.condition);
};

describe('Terraform and the code agree on', () => {
  it('the slowest in-process delivery: the attempts at the schema’s longest partner timeout and the waits between', () => {
    const webhook = (timeoutMs: number) =>
      PartnerConfig.safeParse({
        id: 'p',
        name: 'P',
        format: 'webhook',
        delivery: 'webhook',
        webhook: { url: 'https://p.example/hook', secretRef: 'secret:p', timeoutMs },
      }).success;
    // the longest partner timeout the slowest path assumes is the longest the schema lets a partner have
    expect([webhook(30_000), webhook(30_001)]).toEqual([true, false]);
    const { inProcessAttempts, maxInProcessRetryAfterMs } = DEFAULT_SYNDICATION_OPTIONS;
    const slowest = slowestDeliverySeconds(DEFAULT_SYNDICATION_OPTIONS);
    expect(slowest).toBe(inProcessAttempts * 30 + ((inProcessAttempts - 1) * maxInProcessRetryAfterMs) / 1000);
    expect(tf.locals.slowest_delivery_s).toBe(slowest);
  });

  it('a delivery lease longer than the slowest in-process delivery, refused at plan time otherwise', () => {
    expect(functionPreconditions()).toContain('${local.delivery_lease_s > local.slowest_delivery_s}');
    expect(tf.locals.delivery_lease_s as number).toBeGreaterThan(slowestDeliverySeconds(DEFAULT_SYNDICATION_OPTIONS));
    expect(FunctionSettings.parse({}).JOBRELAY_DELIVERY_LEASE_SECONDS).toBe(tf.locals.delivery_lease_s);
  });

  it('the sweep’s timeout: its function’s, or its subscription’s ack deadline when shorter; at least 60 s', () => {
    expect(tf.locals.sweep_timeout_s).toBe(
      '${min(local.functions.sweepOutbox.timeout_s, local.push_subscriptions["sweep-outbox"].ack_deadline_s)}',
    );
    const env = block(block(tf.resources.google_cloudfunctions2_function!.main, 'service_config'), 'environment_variables');
    expect(env?.JOBRELAY_SWEEP_TIMEOUT_SECONDS).toBe('${tostring(local.sweep_timeout_s)}');
    expect(functionPreconditions()).toContain('${local.sweep_timeout_s >= 60}');

    const functions = tf.locals.function_defaults as Record<string, { timeout_s: number }>;
    const subscriptions = tf.locals.push_subscriptions as Record<string, { ack_deadline_s: number }>;
    const deployed = Math.min(functions.sweepOutbox!.timeout_s, subscriptions['sweep-outbox']!.ack_deadline_s);
    // the functions start with what Terraform sets, and the settings refuse what the precondition refuses
    expect(parseFunctionSettings({ JOBRELAY_SWEEP_TIMEOUT_SECONDS: String(deployed) }).JOBRELAY_SWEEP_TIMEOUT_SECONDS).toBe(
      deployed,
    );
    expect(() => parseFunctionSettings({ JOBRELAY_SWEEP_TIMEOUT_SECONDS: '59' })).toThrow(ConfigError);
    expect(FunctionSettings.parse({}).JOBRELAY_SWEEP_TIMEOUT_SECONDS).toBe(deployed);
    // the budget leaves at least 30 s, and a quarter, for the work in flight and the report
    expect(sweepBudgetMs(deployed)).toBe(deployed * 750);
    expect(sweepBudgetMs(60)).toBe(30_000);
  });
});
