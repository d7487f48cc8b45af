import { HostGate } from '../../../shared/adapters/http/host-gate';
import { createInstantClock } from '../../support/instant-clock';

describe('the per-host gate', () => {
  it('runs at most `concurrency` tasks per host at once', async () => {
    const gate = new HostGate(createInstantClock());
    let running = 0;
    let most = 0;
    const task = async () => {
      running += 1;
      most = Math.max(most, running);
      await new Promise((resolve) => setImmediate(resolve));
      running -= 1;
    };
    await Promise.all(Array.from({ length: 5 }, () => gate.run('a.example', { concurrency: 1, minDelayMs: 0 }, task)));
    expect(most).toBe(1);
  });

  it('keeps hosts independent of each other', async () => {
    const clock = createInstantClock();
    const gate = new HostGate(clock);
    await gate.run('a.example', { concurrency: 1, minDelayMs: 10_000 }, async () => undefined);
    await gate.run('b.example', { concurrency: 1, minDelayMs: 10_000 }, async () => undefined);
    expect(clock.sleeps).toEqual([]);
  });

  it('spaces request starts by the minimum gap', async () => {
    const clock = createInstantClock();
    const gate = new HostGate(clock);
    for (let i = 0; i < 3; i += 1)
      await gate.run('a.example', { concurrency: 1, minDelayMs: 750 }, async () => undefined);
    expect(clock.sleeps).toEqual([750, 750]);
  });

  it('holds every request to a paused host until the pause ends', async () => {
    const clock = createInstantClock();
    const gate = new HostGate(clock);
    gate.pause('a.example', 5_000);
    await gate.run('a.example', { concurrency: 2, minDelayMs: 0 }, async () => undefined);
    expect(clock.sleeps).toEqual([5_000]);
  });

  it('frees the slot when a task fails', async () => {
    const gate = new HostGate(createInstantClock());
    await expect(
      gate.run('a.example', { concurrency: 1, minDelayMs: 0 }, async () => Promise.reject(new Error('boom'))),
    ).rejects.toThrow('boom');
    await expect(gate.run('a.example', { concurrency: 1, minDelayMs: 0 }, async () => 'next')).resolves.toBe('next');
  });
});
