import { useState, type FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import { Navigate, useNavigate } from 'react-router';
import { useTranslations } from 'use-intl';
import { DIVISIONS, placeName } from '@getit/contracts';
import { Field, fieldError, PageHeader, ProblemAlert, unwrap, useUiLocale } from '@getit/ui/react';
import { useVendorSession } from '../vendor-context';
import { DocumentInput, type UploadedDocument } from './document-input';

const DOCUMENT_KINDS = ['trade-licence', 'nid-front', 'nid-back', 'bank-statement', 'other'] as const;
type PayoutMethod = 'bkash' | 'nagad' | 'bank';

/** The application to sell: shop, business address, KYC (trade licence, NID, documents) and the payout account. */
export function ApplyScreen() {
  const t = useTranslations('apply');
  const { locale } = useUiLocale();
  const { store, vendorId } = useVendorSession();
  const navigate = useNavigate();
  const [division, setDivision] = useState('Dhaka');
  const [payout, setPayout] = useState<PayoutMethod>('bkash');
  const [documents, setDocuments] = useState<UploadedDocument[]>([{ kind: 'trade-licence', url: '' }]);

  const apply = useMutation({
    mutationFn: async (form: FormData) => {
      const value = (name: string) => String(form.get(name) ?? '').trim();
      const optional = (name: string) => value(name) || undefined;
      const vendor = unwrap(
        await store.client.POST('/api/vendors/applications', {
          body: {
            shopName: value('shopName'),
            slug: value('slug'),
            businessAddress: {
              line1: value('line1'),
              line2: optional('line2'),
              division: value('division'),
              district: value('district'),
              postcode: value('postcode'),
            },
            tradeLicenceNumber: value('tradeLicenceNumber'),
            ownerNid: value('ownerNid'),
            payout:
              payout === 'bank'
                ? {
                    method: 'bank',
                    bankName: value('bankName'),
                    branch: value('branch'),
                    accountName: value('accountName'),
                    accountNumber: value('accountNumber'),
                  }
                : { method: payout, walletNumber: value('walletNumber') },
            documents: documents
              .filter((d) => d.url)
              .map((d) => ({ kind: d.kind as (typeof DOCUMENT_KINDS)[number], url: d.url })),
          },
        }),
      );
      // the new owner role and vendor id arrive with the next token pair
      await store.refresh();
      return vendor;
    },
    onSuccess: () => navigate('/', { replace: true }),
  });

  if (vendorId) return <Navigate to="/" replace />;
  const error = apply.error;
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    apply.mutate(new FormData(event.currentTarget));
  };

  return (
    <>
      <PageHeader title={t('title')} />
      <p className="mb-4 text-slate-700">{t('intro')}</p>
      <form className="flex flex-col gap-4" onSubmit={submit} noValidate>
        <fieldset className="card grid gap-3 sm:grid-cols-2">
          <legend className="px-1 font-medium">{t('shop')}</legend>
          <Field label={t('shopName')} error={fieldError(error, 'shopName')}>
            <input name="shopName" required />
          </Field>
          <Field label={t('slug')} hint={t('slugHint')} error={fieldError(error, 'slug')}>
            <input name="slug" required pattern="[a-z0-9-]+" />
          </Field>
        </fieldset>
        <fieldset className="card grid gap-3 sm:grid-cols-2">
          <legend className="px-1 font-medium">{t('address')}</legend>
          <Field label={t('line1')} error={fieldError(error, 'businessAddress.line1')}>
            <input name="line1" required autoComplete="address-line1" />
          </Field>
          <Field label={t('line2')} error={fieldError(error, 'businessAddress.line2')}>
            <input name="line2" autoComplete="address-line2" />
          </Field>
          <Field label={t('division')} error={fieldError(error, 'businessAddress.division')}>
            <select name="division" value={division} onChange={(e) => setDivision(e.target.value)}>
              {Object.keys(DIVISIONS).map((name) => (
                <option key={name} value={name}>
                  {placeName(name, locale)}
                </option>
              ))}
            </select>
          </Field>
          <Field label={t('district')} error={fieldError(error, 'businessAddress.district')}>
            <select name="district" key={division}>
              {(DIVISIONS[division] ?? []).map((name) => (
                <option key={name} value={name}>
                  {placeName(name, locale)}
                </option>
              ))}
            </select>
          </Field>
          <Field label={t('postcode')} error={fieldError(error, 'businessAddress.postcode')}>
            <input name="postcode" inputMode="numeric" maxLength={4} required />
          </Field>
        </fieldset>
        <fieldset className="card grid gap-3 sm:grid-cols-2">
          <legend className="px-1 font-medium">{t('kyc')}</legend>
          <Field label={t('tradeLicence')} error={fieldError(error, 'tradeLicenceNumber')}>
            <input name="tradeLicenceNumber" required />
          </Field>
          <Field label={t('nid')} hint={t('nidHint')} error={fieldError(error, 'ownerNid')}>
            <input name="ownerNid" inputMode="numeric" required />
          </Field>
        </fieldset>
        <fieldset className="card grid gap-3 sm:grid-cols-2">
          <legend className="px-1 font-medium">{t('payout')}</legend>
          <Field label={t('payoutMethod')}>
            <select value={payout} onChange={(e) => setPayout(e.target.value as PayoutMethod)}>
              <option value="bkash">{t('bkash')}</option>
              <option value="nagad">{t('nagad')}</option>
              <option value="bank">{t('bank')}</option>
            </select>
          </Field>
          {payout === 'bank' ? (
            <>
              <Field label={t('bankName')} error={fieldError(error, 'payout.bankName')}>
                <input name="bankName" required />
              </Field>
              <Field label={t('branch')} error={fieldError(error, 'payout.branch')}>
                <input name="branch" required />
              </Field>
              <Field label={t('accountName')} error={fieldError(error, 'payout.accountName')}>
                <input name="accountName" required />
              </Field>
              <Field label={t('accountNumber')} error={fieldError(error, 'payout.accountNumber')}>
                <input name="accountNumber" inputMode="numeric" required />
              </Field>
            </>
          ) : (
            <Field label={t('walletNumber')} error={fieldError(error, 'payout.walletNumber')}>
              <input name="walletNumber" type="tel" required />
            </Field>
          )}
        </fieldset>
        <fieldset className="card flex flex-col gap-3">
          <legend className="px-1 font-medium">{t('documents')}</legend>
          <p className="text-sm text-slate-700">{t('documentsHint')}</p>
          {documents.map((document, index) => (
            <div key={index} className="grid gap-3 sm:grid-cols-2">
              <Field label={t('documentKind', { number: index + 1 })}>
                <select
                  value={document.kind}
                  onChange={(e) =>
                    setDocuments(documents.map((d, i) => (i === index ? { ...d, kind: e.target.value } : d)))
                  }
                >
                  {DOCUMENT_KINDS.map((kind) => (
                    <option key={kind} value={kind}>
                      {t(`kind.${kind}`)}
                    </option>
                  ))}
                </select>
              </Field>
              <DocumentInput
                label={t('documentFile', { number: index + 1 })}
                error={
                  fieldError(error, `documents.${index}.url`) ??
                  (index === 0 ? fieldError(error, 'documents') : undefined)
                }
                value={document.url}
                onChange={(url) => setDocuments(documents.map((d, i) => (i === index ? { ...d, url } : d)))}
              />
            </div>
          ))}
          {documents.length < 10 ? (
            <button
              type="button"
              className="btn-secondary self-start"
              onClick={() => setDocuments([...documents, { kind: 'other', url: '' }])}
            >
              {t('addDocument')}
            </button>
          ) : null}
        </fieldset>
        <ProblemAlert error={error} />
        <button type="submit" className="btn-primary self-start" disabled={apply.isPending}>
          {t('submit')}
        </button>
      </form>
    </>
  );
}
