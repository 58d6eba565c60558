import { useEffect, useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router';
import { useTranslations } from 'use-intl';
import { formatTakaDecimal, takaToPoisha } from '@getit/contracts';
import {
  Field,
  fieldError,
  PageHeader,
  ProblemAlert,
  StatusBadge,
  unwrap,
  useUiLocale,
} from '@getit/ui/react';
import { useVendorSession } from '../vendor-context';
import { PRODUCT_TONES } from './products';

interface VariantDraft {
  sku: string;
  options: Record<string, string>;
  price: string;
  compareAt: string;
  weightGrams: string;
}

interface AttributeDefinition {
  key: string;
  label: { en: string; bn: string };
  type: 'text' | 'enum' | 'number';
  required: boolean;
  options?: string[];
  unit?: string;
  variant: boolean;
}

const emptyVariant = (): VariantDraft => ({
  sku: '',
  options: {},
  price: '',
  compareAt: '',
  weightGrams: '',
});
const attributeValue = (definition: AttributeDefinition, raw: string) =>
  definition.type === 'number' && raw !== '' && !Number.isNaN(Number(raw)) ? Number(raw) : raw;

/** Create or edit a product: its category's attributes, its variants (one per option combination), then review. */
export function ProductFormScreen() {
  const t = useTranslations('productForm');
  const tp = useTranslations('products');
  const { locale } = useUiLocale();
  const { client, vendorId } = useVendorSession();
  const { productId } = useParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [category, setCategory] = useState('');
  const [attributes, setAttributes] = useState<Record<string, string>>({});
  const [variants, setVariants] = useState<VariantDraft[]>([emptyVariant()]);
  const [text, setText] = useState({
    titleEn: '',
    titleBn: '',
    descriptionEn: '',
    descriptionBn: '',
    brand: '',
  });

  const categories = useQuery({
    queryKey: ['categories'],
    staleTime: Infinity,
    queryFn: async () => unwrap(await client.GET('/api/categories')),
  });
  const detail = useQuery({
    queryKey: ['category', category],
    enabled: category !== '',
    staleTime: Infinity,
    queryFn: async () =>
      unwrap(await client.GET('/api/categories/{slug}', { params: { path: { slug: category } } })),
  });
  const existing = useQuery({
    queryKey: ['product', vendorId, productId],
    enabled: Boolean(productId),
    queryFn: async () =>
      unwrap(
        await client.GET('/api/vendors/{vendorId}/products/{productId}', {
          params: { path: { vendorId: vendorId!, productId: productId! } },
        }),
      ),
  });
  useEffect(() => {
    const product = existing.data;
    if (!product) return;
    setCategory(product.categorySlug ?? '');
    setText({
      titleEn: product.title.en ?? '',
      titleBn: product.title.bn ?? '',
      descriptionEn: product.description.en ?? '',
      descriptionBn: product.description.bn ?? '',
      brand: product.brand ?? '',
    });
    setAttributes(Object.fromEntries(Object.entries(product.attributes).map(([k, v]) => [k, String(v)])));
    setVariants(
      product.variants.map((v) => ({
        sku: v.sku,
        options: Object.fromEntries(Object.entries(v.options).map(([k, o]) => [k, String(o)])),
        price: formatTakaDecimal(v.price.amountPoisha),
        compareAt: v.price.compareAtPoisha ? formatTakaDecimal(v.price.compareAtPoisha) : '',
        weightGrams: String(v.weightGrams),
      })),
    );
  }, [existing.data]);

  const definitions = (detail.data?.attributes ?? []) as AttributeDefinition[];
  const productAttributes = definitions.filter((d) => !d.variant);
  const variantAttributes = definitions.filter((d) => d.variant);

  const save = useMutation({
    mutationFn: async (submitForReview: boolean) => {
      const body = {
        // a Bangla title alone is enough (issue 15); the catalog names title.en when neither is given
        title: {
          ...(text.titleEn ? { en: text.titleEn } : {}),
          ...(text.titleBn ? { bn: text.titleBn } : {}),
        },
        description: {
          ...(text.descriptionEn ? { en: text.descriptionEn } : {}),
          ...(text.descriptionBn ? { bn: text.descriptionBn } : {}),
        },
        ...(text.brand ? { brand: text.brand } : {}),
        categorySlug: category,
        attributes: Object.fromEntries(
          productAttributes
            .filter((d) => (attributes[d.key] ?? '') !== '')
            .map((d) => [d.key, attributeValue(d, attributes[d.key]!)]),
        ),
        variants: variants.map((v) => ({
          sku: v.sku.trim(),
          options: Object.fromEntries(
            variantAttributes
              .filter((d) => (v.options[d.key] ?? '') !== '')
              .map((d) => [d.key, attributeValue(d, v.options[d.key]!)]),
          ),
          price: {
            amountPoisha: takaToPoisha(v.price) ?? 0,
            ...(v.compareAt ? { compareAtPoisha: takaToPoisha(v.compareAt) ?? 0 } : {}),
          },
          weightGrams: Number(v.weightGrams) || 0,
        })),
      };
      if (!productId)
        return unwrap(
          await client.POST('/api/vendors/{vendorId}/products', {
            params: { path: { vendorId: vendorId! } },
            body: { ...body, submitForReview },
          }),
        );
      const path = { path: { vendorId: vendorId!, productId } };
      const updated = unwrap(
        await client.PATCH('/api/vendors/{vendorId}/products/{productId}', {
          params: path,
          body: { ...body, expectedVersion: existing.data?.version },
        }),
      );
      if (!submitForReview || updated.status === 'pending_review') return updated;
      return unwrap(
        await client.POST('/api/vendors/{vendorId}/products/{productId}/submit', { params: path }),
      );
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['products', vendorId] });
      await queryClient.invalidateQueries({ queryKey: ['product', vendorId] });
      navigate('/products');
    },
  });

  const error = save.error;
  const label = (d: AttributeDefinition) =>
    `${locale === 'bn' ? d.label.bn : d.label.en}${d.unit ? ` (${d.unit})` : ''}`;
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    save.mutate(submitter?.value === 'review');
  };
  const setVariant = (index: number, change: Partial<VariantDraft>) =>
    setVariants(variants.map((v, i) => (i === index ? { ...v, ...change } : v)));

  const attributeControl = (d: AttributeDefinition, value: string, onChange: (value: string) => void) =>
    d.type === 'enum' ? (
      <select value={value} required={d.required} onChange={(e) => onChange(e.target.value)}>
        <option value="">—</option>
        {(d.options ?? []).map((option) => (
          <option key={option}>{option}</option>
        ))}
      </select>
    ) : (
      <input
        value={value}
        required={d.required}
        inputMode={d.type === 'number' ? 'decimal' : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
    );

  return (
    <>
      <PageHeader
        title={productId ? t('editTitle') : t('newTitle')}
        actions={
          existing.data ? (
            <StatusBadge
              label={tp(`status.${existing.data.status}`)}
              tone={PRODUCT_TONES[existing.data.status]}
            />
          ) : null
        }
      />
      <ProblemAlert error={existing.error} />
      {existing.data?.moderation?.reason ? (
        <p role="note" className="mb-4 rounded border border-amber-300 bg-amber-50 p-3 text-sm">
          {t('moderationNote')}: {existing.data.moderation.reason}
        </p>
      ) : null}
      <form className="flex flex-col gap-4" onSubmit={submit} noValidate>
        <fieldset className="card grid gap-3 sm:grid-cols-2">
          <legend className="px-1 font-medium">{t('basics')}</legend>
          <Field label={t('titleEn')} error={fieldError(error, 'title.en') ?? fieldError(error, 'title')}>
            <input value={text.titleEn} onChange={(e) => setText({ ...text, titleEn: e.target.value })} />
          </Field>
          <Field label={t('titleBn')} error={fieldError(error, 'title.bn')}>
            <input
              value={text.titleBn}
              lang="bn"
              onChange={(e) => setText({ ...text, titleBn: e.target.value })}
            />
          </Field>
          <Field label={t('descriptionEn')} error={fieldError(error, 'description.en')}>
            <textarea
              rows={3}
              value={text.descriptionEn}
              onChange={(e) => setText({ ...text, descriptionEn: e.target.value })}
            />
          </Field>
          <Field label={t('descriptionBn')} error={fieldError(error, 'description.bn')}>
            <textarea
              rows={3}
              lang="bn"
              value={text.descriptionBn}
              onChange={(e) => setText({ ...text, descriptionBn: e.target.value })}
            />
          </Field>
          <Field label={t('brand')} error={fieldError(error, 'brand')}>
            <input value={text.brand} onChange={(e) => setText({ ...text, brand: e.target.value })} />
          </Field>
          <Field label={t('category')} error={fieldError(error, 'categorySlug')}>
            <select value={category} required onChange={(e) => setCategory(e.target.value)}>
              <option value="">{t('chooseCategory')}</option>
              {(categories.data?.items ?? []).map((c) => (
                <option key={c.slug} value={c.slug} disabled={!c.leaf}>
                  {'\u00a0'.repeat((c.path.length - 1) * 3)}
                  {locale === 'bn' ? c.name.bn : c.name.en}
                </option>
              ))}
            </select>
          </Field>
        </fieldset>
        {productAttributes.length ? (
          <fieldset className="card grid gap-3 sm:grid-cols-2">
            <legend className="px-1 font-medium">{t('attributes')}</legend>
            {productAttributes.map((d) => (
              <Field key={d.key} label={label(d)} error={fieldError(error, `attributes.${d.key}`)}>
                {attributeControl(d, attributes[d.key] ?? '', (value) =>
                  setAttributes({ ...attributes, [d.key]: value }),
                )}
              </Field>
            ))}
          </fieldset>
        ) : null}
        <fieldset className="card flex flex-col gap-3">
          <legend className="px-1 font-medium">{t('variants')}</legend>
          {fieldError(error, 'variants') && !variants.some((_, i) => fieldError(error, `variants.${i}`)) ? (
            <p className="text-sm text-red-800">{fieldError(error, 'variants')}</p>
          ) : null}
          {variants.map((variant, index) => (
            <div
              key={index}
              className="grid gap-3 border-t border-slate-200 pt-3 sm:grid-cols-3"
              data-testid="variant"
            >
              <Field
                label={t('sku', { number: index + 1 })}
                error={fieldError(error, `variants.${index}.sku`)}
              >
                <input
                  value={variant.sku}
                  required
                  onChange={(e) => setVariant(index, { sku: e.target.value })}
                />
              </Field>
              {variantAttributes.map((d) => (
                <Field
                  key={d.key}
                  label={`${label(d)} ${t('ofVariant', { number: index + 1 })}`}
                  error={fieldError(error, `variants.${index}.options.${d.key}`)}
                >
                  {attributeControl(d, variant.options[d.key] ?? '', (value) =>
                    setVariant(index, { options: { ...variant.options, [d.key]: value } }),
                  )}
                </Field>
              ))}
              <Field
                label={t('price', { number: index + 1 })}
                error={
                  fieldError(error, `variants.${index}.price.amountPoisha`) ??
                  fieldError(error, `variants.${index}.price`)
                }
              >
                <input
                  value={variant.price}
                  inputMode="decimal"
                  required
                  onChange={(e) => setVariant(index, { price: e.target.value })}
                />
              </Field>
              <Field
                label={t('compareAt', { number: index + 1 })}
                error={fieldError(error, `variants.${index}.price.compareAtPoisha`)}
              >
                <input
                  value={variant.compareAt}
                  inputMode="decimal"
                  onChange={(e) => setVariant(index, { compareAt: e.target.value })}
                />
              </Field>
              <Field
                label={t('weight', { number: index + 1 })}
                error={fieldError(error, `variants.${index}.weightGrams`)}
              >
                <input
                  value={variant.weightGrams}
                  inputMode="numeric"
                  required
                  onChange={(e) => setVariant(index, { weightGrams: e.target.value })}
                />
              </Field>
              {variants.length > 1 ? (
                <button
                  type="button"
                  className="btn-secondary self-end"
                  onClick={() => setVariants(variants.filter((_, i) => i !== index))}
                >
                  {t('removeVariant', { number: index + 1 })}
                </button>
              ) : null}
            </div>
          ))}
          <button
            type="button"
            className="btn-secondary self-start"
            onClick={() => setVariants([...variants, emptyVariant()])}
          >
            {t('addVariant')}
          </button>
        </fieldset>
        <ProblemAlert error={error} />
        <div className="flex gap-2">
          <button type="submit" value="draft" className="btn-secondary" disabled={save.isPending}>
            {t('saveDraft')}
          </button>
          <button type="submit" value="review" className="btn-primary" disabled={save.isPending}>
            {t('saveAndSubmit')}
          </button>
        </div>
      </form>
    </>
  );
}
