import { Command } from 'commander';
import { cliLogger, cliLogLevel, humanLine, logLevelOption, parseLogLevel } from '../../../cli/cli-logger';
import { fakeIo } from './fake-io';

describe('the CLI log level', () => {
  test.each([
    ['debug', 'DEBUG'],
    ['INFO', 'INFO'],
    ['warn', 'WARNING'],
    [' Warning ', 'WARNING'],
    ['error', 'ERROR'],
    ['loud', null],
    ['', null],
  ])('%p reads as %p', (value, level) => {
    expect(parseLogLevel(value)).toBe(level);
  });

  function levelFor(argv: string[], env: Record<string, string>) {
    const io = fakeIo({});
    io.env = env;
    let level: string | undefined;
    const program = new Command('jobrelay').exitOverride().addOption(logLevelOption());
    program.command('refresh').action((_options, command: Command) => void (level = cliLogLevel(io, command)));
    program.parse(argv, { from: 'user' });
    return level;
  }

  test.each([
    [['refresh'], {}, 'WARNING'],
    [['refresh'], { JOBRELAY_LOG_LEVEL: 'debug' }, 'DEBUG'],
    [['refresh', '--log-level', 'info'], { JOBRELAY_LOG_LEVEL: 'error' }, 'INFO'],
    [['--log-level', 'error', 'refresh'], {}, 'ERROR'],
  ])('%p with %p runs at %p', (argv, env, level) => {
    expect(levelFor(argv, env)).toBe(level);
  });
});

describe('the CLI logger', () => {
  function logged(level: 'DEBUG' | 'INFO' | 'WARNING' | 'ERROR', shownElsewhere: string[] = []) {
    const lines: string[] = [];
    const logger = cliLogger(level, (line) => lines.push(line), shownElsewhere);
    logger.info('refresh fan-out', { requested: 2 });
    logger.warn('publish failed; the event stays in the outbox', { eventId: 'e1', apiKey: 'jr_secret' });
    logger.error('refresh run finished', { source: 'acme', status: 'failed' });
    return lines;
  }

  test('at warning, warnings and errors are human lines, secrets redacted, info left out', () => {
    expect(logged('WARNING')).toEqual([
      'jobrelay: warning: publish failed; the event stays in the outbox (eventId=e1, apiKey=[redacted])',
      'jobrelay: error: refresh run finished (source=acme, status=failed)',
    ]);
  });

  test('what the command shows itself is left out at warning', () => {
    expect(logged('WARNING', ['refresh run finished'])).toEqual([
      'jobrelay: warning: publish failed; the event stays in the outbox (eventId=e1, apiKey=[redacted])',
    ]);
  });

  test('at info every entry is the JSON line, what the command shows itself included', () => {
    const lines = logged('INFO', ['refresh run finished']).map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines.map((l) => [l.severity, l.message])).toEqual([
      ['INFO', 'refresh fan-out'],
      ['WARNING', 'publish failed; the event stays in the outbox'],
      ['ERROR', 'refresh run finished'],
    ]);
    expect(lines[1]).toMatchObject({ eventId: 'e1', apiKey: '[redacted]' });
  });

  test('a human line shows nested fields as JSON and stays short', () => {
    const line = humanLine({
      severity: 'WARNING',
      message: 'delivery dead-lettered',
      time: '2026-11-20T12:00:00.000Z',
      error: { code: 'X' },
      note: 'n'.repeat(1000),
    });
    expect(line.startsWith('jobrelay: warning: delivery dead-lettered (error={"code":"X"}, note=nnn')).toBe(true);
    expect(line.length).toBeLessThanOrEqual(400);
  });
});
