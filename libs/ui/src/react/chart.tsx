import {
  Bar,
  BarChart,
  CartesianGrid,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { useTranslations } from 'use-intl';

export interface ChartPoint {
  label: string;
  value: number;
}

/**
 * A bar or line chart (Recharts) with its figures also as a visually hidden table, so the numbers are there for
 * screen readers and for tests. `format` renders a value in the page's language (money, counts).
 */
export function ChartCard({
  title,
  points,
  kind = 'bar',
  format = String,
  height = 220,
}: {
  title: string;
  points: ChartPoint[];
  kind?: 'bar' | 'line';
  format?: (value: number) => string;
  height?: number;
}) {
  const t = useTranslations('ui');
  return (
    <figure className="rounded-lg border border-slate-200 bg-white p-4">
      <figcaption className="mb-2 font-medium">{title}</figcaption>
      {/* the drawing is hidden from assistive technology (the table below repeats its figures), so it must not take
          focus either: Recharts' keyboard layer (tabIndex=0 on the svg) is off */}
      <div style={{ height }} aria-hidden="true">
        <ResponsiveContainer width="100%" height="100%">
          {kind === 'bar' ? (
            <BarChart data={points} accessibilityLayer={false}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="label" />
              <YAxis tickFormatter={format} width={90} allowDecimals={false} />
              <Tooltip formatter={(value) => format(Number(value))} />
              <Bar dataKey="value" fill="#047857" isAnimationActive={false} />
            </BarChart>
          ) : (
            <LineChart data={points} accessibilityLayer={false}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="label" />
              <YAxis tickFormatter={format} width={90} allowDecimals={false} />
              <Tooltip formatter={(value) => format(Number(value))} />
              <Line dataKey="value" stroke="#047857" strokeWidth={2} isAnimationActive={false} />
            </LineChart>
          )}
        </ResponsiveContainer>
      </div>
      <table className="sr-only">
        <caption>{t('chartTable')}</caption>
        <tbody>
          {points.map((point) => (
            <tr key={point.label}>
              <th scope="row">{point.label}</th>
              <td>{format(point.value)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
