import type { ReactNode } from 'react';
import { pageLocale, type LocaleParams } from '../../lib/page-params';
import '../globals.css';

// Every page shows live stock and prices from the gateway: nothing is prerendered at build time.
export const dynamic = 'force-dynamic';

export default async function LocaleLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: LocaleParams;
}) {
  const locale = await pageLocale(params);
  return (
    <html lang={locale}>
      <body>{children}</body>
    </html>
  );
}
