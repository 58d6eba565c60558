import { useState } from 'react';
import { useTranslations } from 'use-intl';
import { Field, ProblemError, unwrap, useSession } from '@getit/ui/react';

export interface UploadedDocument {
  kind: string;
  url: string;
}

const ACCEPTED = ['application/pdf', 'image/jpeg', 'image/png'];
const MAX_BYTES = 5 * 1_048_576;

/**
 * A KYC document: the file is uploaded as soon as it is chosen (PDF, JPEG or PNG, at most 5 MB, checked here
 * and again by auth), and the application then carries the address auth answered.
 */
export function DocumentInput({
  label,
  error,
  value,
  onChange,
}: {
  label: string;
  error?: string | undefined;
  value: string;
  onChange(url: string): void;
}) {
  const t = useTranslations('apply');
  const { store } = useSession();
  const [state, setState] = useState<{ busy: boolean; problem?: string; name?: string }>({ busy: false });

  const choose = async (file: File | undefined) => {
    onChange('');
    if (!file) return setState({ busy: false });
    if (!ACCEPTED.includes(file.type)) return setState({ busy: false, problem: t('fileType') });
    if (file.size > MAX_BYTES) return setState({ busy: false, problem: t('fileSize') });
    setState({ busy: true, name: file.name });
    try {
      const uploaded = unwrap(
        await store.client.POST('/api/vendors/documents', {
          body: file as never,
          bodySerializer: (body: unknown) => body as BodyInit,
          headers: { 'content-type': file.type },
        }),
      );
      onChange(uploaded.url);
      setState({ busy: false, name: file.name });
    } catch (failure) {
      setState({
        busy: false,
        problem:
          failure instanceof ProblemError
            ? (failure.fieldError('file') ?? failure.message)
            : t('uploadFailed'),
      });
    }
  };

  return (
    <div className="flex flex-col gap-1">
      <Field label={label} error={state.problem ?? error} hint={t('fileHint')}>
        <input
          type="file"
          accept={ACCEPTED.join(',')}
          disabled={state.busy}
          onChange={(event) => void choose(event.target.files?.[0])}
        />
      </Field>
      {state.busy ? (
        <p role="status" className="text-sm">
          {t('uploading')}
        </p>
      ) : value ? (
        <p role="status" className="text-sm text-emerald-800" data-testid="document-uploaded">
          {t('uploaded', { name: state.name ?? '' })}
        </p>
      ) : null}
    </div>
  );
}
