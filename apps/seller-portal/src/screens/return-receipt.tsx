import { FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'use-intl';
import {
  Count,
  DateTime,
  Field,
  fieldError,
  Money,
  ProblemAlert,
  StatusBadge,
  unwrap,
} from '@getit/ui/react';
import { useVendorSession } from '../vendor-context';

/**
 * Returns to origin on the shipment screen: once the courier brought a parcel (or what the shopper did not take)
 * back, the vendor confirms what arrived, line by line; stock goes back and the money follows once, on the API's side.
 */
export function ReturnReceipt({ packageId }: { packageId: string }) {
  const t = useTranslations('shipment.return');
  const { client, vendorId } = useVendorSession();
  const queryClient = useQueryClient();
  const key = ['package-return', vendorId, packageId];
  const state = useQuery({
    queryKey: key,
    queryFn: async () =>
      unwrap(
        await client.GET('/api/vendors/{vendorId}/packages/{packageId}/return', {
          params: { path: { vendorId: vendorId!, packageId } },
        }),
      ),
  });
  const confirm = useMutation({
    mutationFn: async (form: FormData) => {
      const lines = state.data?.lines ?? [];
      const items = lines
        .map((line, i) => ({ lineId: line.lineId, quantity: Number(form.get(`quantity-${i}`) ?? 0) }))
        .filter((item) => item.quantity > 0);
      return unwrap(
        await client.POST('/api/vendors/{vendorId}/packages/{packageId}/return-receipt', {
          params: { path: { vendorId: vendorId!, packageId } },
          body: { items },
        }),
      );
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key }),
  });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    confirm.mutate(new FormData(event.currentTarget));
  };

  const view = state.data;
  if (!view) return <ProblemAlert error={state.error} />;
  if (view.receipt)
    return (
      <div className="mt-3" data-testid="return-receipt">
        <StatusBadge label={t('received')} tone="good" testId="return-status" />
        <p className="mt-2 text-sm">
          {t.rich('receivedOn', { time: () => <DateTime iso={view.receipt!.receivedAt} /> })}{' '}
          {t.rich('receivedValue', { amount: () => <Money poisha={view.receipt!.returnedGoodsPoisha} /> })}
        </p>
        <ul className="mt-1 text-sm" aria-label={t('itemsBack')}>
          {view.receipt.items.map((item) => (
            <li key={item.lineId}>
              {item.title} ({item.sku}) × <Count value={item.quantity} />
            </li>
          ))}
        </ul>
      </div>
    );
  if (!view.awaitingReceipt) return null;
  const partial = view.shipmentStatus === 'partially_delivered';
  return (
    <form className="mt-3 flex flex-col gap-2" onSubmit={submit} aria-label={t('formLabel')}>
      <p className="text-sm">{partial ? t('partialHint') : t('returnedHint')}</p>
      {view.lines.map((line, i) => (
        <Field
          key={line.lineId}
          label={t('quantityOf', { title: line.title, sku: line.sku, sold: line.quantity })}
          error={fieldError(confirm.error, `items.${i}.quantity`)}
        >
          <input
            type="number"
            name={`quantity-${i}`}
            min={0}
            max={line.quantity}
            defaultValue={partial ? 0 : line.quantity}
            inputMode="numeric"
            className="w-24"
          />
        </Field>
      ))}
      <ProblemAlert error={confirm.error} />
      <div>
        <button type="submit" className="btn-primary" disabled={confirm.isPending}>
          {t('confirm')}
        </button>
      </div>
    </form>
  );
}
