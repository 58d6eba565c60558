import { z } from 'zod';
import { bootConfig } from './boot-config';
import { port } from './fields/port.field';
import { sensitive } from './sensitive';

class ExitCalled extends Error {
  constructor(readonly code: number) {
    super(`exit(${code})`);
  }
}

const schema = z.object({ PORT: port(3000), JWT_SECRET: sensitive(z.string().min(32)) });

function boot(env: Record<string, string>) {
  const written: string[] = [];
  const exit = jest.fn((code: number): never => {
    throw new ExitCalled(code);
  });
  const run = () =>
    bootConfig('gateway', schema, env, { exit, stderr: { write: (text: string) => written.push(text) } });
  return { run, exit, written };
}

describe('bootConfig', () => {
  it('returns the config when it is valid', () => {
    const { run, exit } = boot({ JWT_SECRET: 'x'.repeat(32) });

    expect(run()).toEqual({ PORT: 3000, JWT_SECRET: 'x'.repeat(32) });
    expect(exit).not.toHaveBeenCalled();
  });

  it('writes the problems to stderr and exits with status 1', () => {
    const { run, exit, written } = boot({ PORT: '70000', JWT_SECRET: 'too-short-secret' });

    expect(run).toThrow(ExitCalled);
    expect(exit).toHaveBeenCalledWith(1);
    expect(written.join('')).toBe(
      [
        'Invalid configuration for gateway:',
        '  - PORT: must be an integer between 1 and 65535 (got "70000")',
        '  - JWT_SECRET: Too small: expected string to have >=32 characters',
        '',
      ].join('\n'),
    );
    expect(written.join('')).not.toContain('too-short-secret');
  });
});
