import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';
const PACKAGES = ['chromium', 'fonts-lohit-beng-bengali'];

/**
 * Debian's Chromium and a Bengali font, installed with apt-get when missing (as on a fresh CI machine); the same
 * lock as every other apt-get on the machine, so parallel set-ups wait for each other. Never a downloaded browser.
 */
export function ensureChromium(): void {
  const fontInstalled = () => {
    try {
      return execFileSync('fc-list', [':lang=bn'], { encoding: 'utf8' }).trim().length > 0;
    } catch {
      return false;
    }
  };
  if (existsSync(CHROMIUM_PATH) && fontInstalled()) return;
  const apt = (...args: string[]) =>
    execFileSync('flock', ['/tmp/apt.lock', 'apt-get', ...args], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  apt('update', '-qq');
  apt('install', '-y', '-qq', '--no-install-recommends', ...PACKAGES);
}

/** Headless Chromium as root in a container: no sandbox, no GPU. */
export async function launchChromium(): Promise<Browser> {
  ensureChromium();
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: number;
}

/** axe-core's WCAG 2.1 A/AA checks on the page as it is now; the serious and critical violations. */
export async function seriousAccessibilityViolations(page: Page): Promise<AxeViolation[]> {
  const { source } = await import('axe-core');
  await page.evaluate(source);
  const result = (await page.evaluate(
    `axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })`,
  )) as { violations: { id: string; impact: string | null; help: string; nodes: unknown[] }[] };
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.length }));
}
