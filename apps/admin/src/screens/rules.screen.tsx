import { useTranslations } from 'use-intl';
import { PageHeader } from '@getit/ui/react';
import { mayUse } from '../access/admin-access';
import { CommissionRules } from '../components/commission-rules';
import { RateCard } from '../components/rate-card';
import { RoleNotAllowed } from '../components/role-not-allowed';
import { useAdminSession } from '../session/admin-session';

/** Commission rules (finance) and the delivery rate card (operations); each section for the roles its API admits. */
export function RulesScreen() {
  const t = useTranslations('rules');
  const { roles } = useAdminSession();
  const commission = mayUse(roles, 'commissionRules');
  const rates = mayUse(roles, 'rateCard');
  return (
    <>
      <PageHeader title={t('title')} />
      {!commission && !rates ? <RoleNotAllowed /> : null}
      {commission ? (
        <section className="mb-6">
          <h2 className="mb-2 text-lg font-semibold">{t('commissionTitle')}</h2>
          <CommissionRules />
        </section>
      ) : null}
      {rates ? (
        <section>
          <h2 className="mb-2 text-lg font-semibold">{t('rateCardTitle')}</h2>
          <RateCard />
        </section>
      ) : null}
    </>
  );
}
