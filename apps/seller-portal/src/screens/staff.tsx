import { type FormEvent, useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'use-intl';
import {
  DataTable,
  DateTime,
  Field,
  fieldError,
  PageHeader,
  ProblemAlert,
  unwrap,
  useSession,
} from '@getit/ui/react';
import { useVendor, useVendorSession } from '../vendor-context';

/** The vendor's members and their roles; owners add managers and staff, managers add staff; owners remove others. */
export function StaffScreen() {
  const t = useTranslations('staff');
  const { client, vendorId, can } = useVendorSession();
  const vendor = useVendor();
  const queryClient = useQueryClient();
  const me = useSession().claims?.sub;
  const [confirming, setConfirming] = useState<{ userId: string; name: string }>();
  const remove = useMutation({
    mutationFn: async (userId: string) =>
      unwrap(
        await client.DELETE('/api/vendors/{vendorId}/staff/{userId}', {
          params: { path: { vendorId: vendorId!, userId } },
        }),
      ),
    onSuccess: () => {
      setConfirming(undefined);
      return queryClient.invalidateQueries({ queryKey: ['vendor', vendorId] });
    },
  });
  const add = useMutation({
    mutationFn: async (form: FormData) =>
      unwrap(
        await client.POST('/api/vendors/{vendorId}/staff', {
          params: { path: { vendorId: vendorId! } },
          body: {
            phone: String(form.get('phone') ?? ''),
            role: String(form.get('role')) as 'manager' | 'staff',
            ...(form.get('displayName') ? { displayName: String(form.get('displayName')) } : {}),
          },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['vendor', vendorId] }),
  });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    add.mutate(new FormData(event.currentTarget));
  };

  return (
    <>
      <PageHeader title={t('title')} />
      <DataTable
        caption={t('title')}
        testId="members"
        rows={vendor.data?.members ?? []}
        rowKey={(row) => row.userId}
        loading={vendor.isPending}
        error={vendor.error}
        columns={[
          { key: 'name', header: t('name'), cell: (row) => row.displayName ?? '—' },
          // the local form people dial: +8801711000001 → 01711000001
          { key: 'phone', header: t('phone'), cell: (row) => row.phone?.replace(/^\+880/, '0') ?? '—' },
          { key: 'role', header: t('role'), cell: (row) => t(`roles.${row.role}`) },
          { key: 'added', header: t('added'), cell: (row) => <DateTime iso={row.addedAt} /> },
          ...(can.removeMembers
            ? [
                {
                  key: 'actions',
                  header: t('actions'),
                  cell: (row: { userId: string; displayName?: string | null; phone?: string | null }) =>
                    row.userId === me ? (
                      t('you')
                    ) : (
                      <button
                        type="button"
                        className="btn-secondary"
                        onClick={() => {
                          remove.reset();
                          setConfirming({ userId: row.userId, name: row.displayName ?? row.phone ?? '—' });
                        }}
                      >
                        {t('remove')}
                      </button>
                    ),
                },
              ]
            : []),
        ]}
      />
      {confirming ? (
        <div role="alertdialog" aria-labelledby="confirm-remove" className="card mt-4">
          <p id="confirm-remove">{t('confirmRemove', { name: confirming.name })}</p>
          <ProblemAlert error={remove.error} />
          <div className="mt-2 flex gap-2">
            <button
              type="button"
              className="btn-primary"
              disabled={remove.isPending}
              onClick={() => remove.mutate(confirming.userId)}
            >
              {t('confirmYes')}
            </button>
            <button type="button" className="btn-secondary" onClick={() => setConfirming(undefined)}>
              {t('cancel')}
            </button>
          </div>
        </div>
      ) : null}
      {remove.isSuccess ? (
        <p role="status" className="mt-2 text-emerald-800">
          {t('removed')}
        </p>
      ) : null}
      {can.addStaff ? (
        <form className="card mt-4 grid gap-3 sm:grid-cols-3" onSubmit={submit} noValidate>
          <h2 className="font-medium sm:col-span-3">{t('add')}</h2>
          <Field label={t('phone')} error={fieldError(add.error, 'phone')}>
            <input name="phone" type="tel" required />
          </Field>
          <Field label={t('displayName')} error={fieldError(add.error, 'displayName')}>
            <input name="displayName" />
          </Field>
          <Field label={t('role')} error={fieldError(add.error, 'role')}>
            <select name="role" defaultValue="staff">
              {can.addManager ? <option value="manager">{t('roles.manager')}</option> : null}
              <option value="staff">{t('roles.staff')}</option>
            </select>
          </Field>
          <div className="sm:col-span-3">
            <ProblemAlert error={add.error} />
            {add.isSuccess ? (
              <p role="status" className="text-emerald-800">
                {t('addedMember')}
              </p>
            ) : null}
            <button type="submit" className="btn-primary mt-2" disabled={add.isPending}>
              {t('addButton')}
            </button>
          </div>
        </form>
      ) : (
        <p className="mt-4 text-sm text-slate-700">{t('ownersOnly')}</p>
      )}
    </>
  );
}
