import { useState, type FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslations } from 'use-intl';
import { Count, Field, PageHeader, useSession } from '@getit/ui/react';
import { useVendorSession } from '../vendor-context';

interface RowError {
  line: number;
  column: string;
  reason: string;
}

type Outcome =
  | { kind: 'imported'; products: number; variants: number }
  | { kind: 'refused'; rows: RowError[]; total: number; detail: string }
  | { kind: 'failed'; detail: string };

/** Posts the file with the upload's progress (fetch cannot report it; XMLHttpRequest can). */
function upload(url: string, token: string | undefined, file: File, onProgress: (share: number) => void) {
  return new Promise<{ status: number; body: unknown }>((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', url);
    request.setRequestHeader('content-type', 'text/csv');
    request.setRequestHeader('accept', 'application/json');
    if (token) request.setRequestHeader('authorization', `Bearer ${token}`);
    request.upload.onprogress = (event) => event.lengthComputable && onProgress(event.loaded / event.total);
    request.onload = () => {
      let body: unknown = undefined;
      try {
        body = JSON.parse(request.responseText);
      } catch {
        body = undefined;
      }
      resolve({ status: request.status, body });
    };
    request.onerror = () => reject(new Error('network'));
    request.send(file);
  });
}

/** A CSV import (one row per variant; all rows or none): a progress bar, then the counts or every bad row by line and column. */
export function ImportScreen() {
  const t = useTranslations('import');
  const { store } = useSession();
  const { vendorId } = useVendorSession();
  const queryClient = useQueryClient();
  const [progress, setProgress] = useState<number | undefined>();
  const [outcome, setOutcome] = useState<Outcome | undefined>();

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const file = form.get('file');
    if (!(file instanceof File) || file.size === 0) return;
    setOutcome(undefined);
    setProgress(0);
    const url = `/api/vendors/${vendorId}/products/imports?submitForReview=${form.get('review') ? 'true' : 'false'}`;
    try {
      let answer = await upload(url, store.token, file, setProgress);
      if (answer.status === 401 && (await store.refresh()))
        answer = await upload(url, store.token, file, setProgress);
      setProgress(1);
      const body = (answer.body ?? {}) as Record<string, unknown>;
      if (answer.status === 201) {
        setOutcome({
          kind: 'imported',
          products: Number(body['products']),
          variants: Number(body['variants']),
        });
        await queryClient.invalidateQueries({ queryKey: ['products', vendorId] });
      } else if (Array.isArray(body['rows']))
        setOutcome({
          kind: 'refused',
          rows: body['rows'] as RowError[],
          total: Number(body['rowErrorCount'] ?? (body['rows'] as RowError[]).length),
          detail: String(body['detail'] ?? ''),
        });
      else setOutcome({ kind: 'failed', detail: String(body['detail'] ?? body['title'] ?? answer.status) });
    } catch {
      setOutcome({ kind: 'failed', detail: t('network') });
    }
  };

  return (
    <>
      <PageHeader title={t('title')} />
      <div className="card mb-4 text-sm text-slate-700">
        <p>{t('format')}</p>
        <pre className="mt-2 overflow-x-auto rounded bg-slate-100 p-2 text-xs" lang="en">
          handle,title_en,title_bn,category,sku,price,weight_grams,options,attributes
        </pre>
      </div>
      <form className="card mb-4 flex flex-col gap-3" onSubmit={(e) => void submit(e)}>
        <Field label={t('file')}>
          <input name="file" type="file" accept=".csv,text/csv" required />
        </Field>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="review" /> {t('submitForReview')}
        </label>
        <button
          type="submit"
          className="btn-primary self-start"
          disabled={progress !== undefined && progress < 1}
        >
          {t('upload')}
        </button>
        {progress !== undefined ? (
          <div>
            <label htmlFor="import-progress" className="text-sm">
              {t('progress')}
            </label>
            <progress
              id="import-progress"
              className="block w-full"
              max={100}
              value={Math.round(progress * 100)}
            />
          </div>
        ) : null}
      </form>
      {outcome?.kind === 'imported' ? (
        <p role="status" className="rounded border border-emerald-300 bg-emerald-50 p-3">
          {t('imported', { products: outcome.products, variants: outcome.variants })}{' '}
          <Link className="underline" to="/products">
            {t('seeProducts')}
          </Link>
        </p>
      ) : null}
      {outcome?.kind === 'refused' ? (
        <section
          role="alert"
          className="rounded border border-red-300 bg-red-50 p-3"
          aria-labelledby="import-errors"
        >
          <h2 id="import-errors" className="font-medium text-red-900">
            {t('refused', { count: outcome.total })}
          </h2>
          <ul className="mt-2 list-disc pl-5 text-sm" data-testid="import-errors">
            {outcome.rows.map((row) => (
              <li key={`${row.line}-${row.column}`} data-testid="import-error">
                {t.rich('rowError', {
                  line: row.line,
                  column: row.column,
                  reason: row.reason,
                  strong: (chunks) => <strong>{chunks}</strong>,
                })}
              </li>
            ))}
          </ul>
          {outcome.total > outcome.rows.length ? (
            <p className="mt-2 text-sm">
              <Count value={outcome.total - outcome.rows.length} /> {t('more')}
            </p>
          ) : null}
        </section>
      ) : null}
      {outcome?.kind === 'failed' ? (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-3">
          {outcome.detail}
        </p>
      ) : null}
    </>
  );
}
