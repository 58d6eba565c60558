import { useTranslations } from 'use-intl';
import { PageHeader } from '@getit/ui/react';
import { mayUse } from '../access/admin-access';
import { AuditLog } from '../components/audit-log';
import { LedgerBalances } from '../components/ledger-balances';
import { useAdminSession } from '../session/admin-session';

/** The records: the ledger's balances with the proof they sum to zero (finance), and the audit log (every admin). */
export function RecordsScreen() {
  const t = useTranslations('records');
  const { roles } = useAdminSession();
  return (
    <>
      <PageHeader title={t('title')} />
      {mayUse(roles, 'ledger') ? (
        <section className="mb-6">
          <h2 className="mb-2 text-lg font-semibold">{t('ledger')}</h2>
          <LedgerBalances />
        </section>
      ) : null}
      <section>
        <h2 className="mb-2 text-lg font-semibold">{t('audit')}</h2>
        <AuditLog />
      </section>
    </>
  );
}
