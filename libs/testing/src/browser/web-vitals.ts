import type { Browser } from 'playwright-core';

export interface PageBudget {
  lcpMs: number;
  cls: number;
  /** JavaScript the page downloaded, as transferred (gzip/brotli), in bytes. */
  scriptBytes: number;
}

/**
 * LCP, CLS and JavaScript transfer of one page load on a throttled mobile profile: 4× CPU slowdown and slow 4G
 * (Lighthouse's "slow 4G": 150 ms RTT, 1.6 Mbit/s down, 750 kbit/s up), a 360×740 phone viewport, cold cache.
 */
export async function measurePage(browser: Browser, url: string): Promise<PageBudget> {
  const context = await browser.newContext({
    viewport: { width: 360, height: 740 },
    deviceScaleFactor: 2,
    isMobile: true,
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 150,
    downloadThroughput: (1.6 * 1024 * 1024) / 8,
    uploadThroughput: (750 * 1024) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const scripts = new Map<string, number>();
  const types = new Map<string, string>();
  cdp.on('Network.responseReceived', (e: { requestId: string; type: string }) =>
    types.set(e.requestId, e.type),
  );
  cdp.on('Network.loadingFinished', (e: { requestId: string; encodedDataLength: number }) => {
    if (types.get(e.requestId) === 'Script') scripts.set(e.requestId, e.encodedDataLength);
  });
  // Browser-side observers, as a string: this file is compiled for Node, without the DOM's types.
  await page.addInitScript(`
    window.__lcp = 0; window.__cls = 0;
    new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__lcp = e.startTime; })
      .observe({ type: 'largest-contentful-paint', buffered: true });
    new PerformanceObserver((list) => { for (const e of list.getEntries()) if (!e.hadRecentInput) window.__cls += e.value; })
      .observe({ type: 'layout-shift', buffered: true });
  `);
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  await page.waitForTimeout(1_000);
  const { lcp, cls } = (await page.evaluate('({ lcp: window.__lcp, cls: window.__cls })')) as {
    lcp: number;
    cls: number;
  };
  await context.close();
  return {
    lcpMs: Math.round(lcp),
    cls: Number(cls.toFixed(4)),
    scriptBytes: [...scripts.values()].reduce((a, b) => a + b, 0),
  };
}
