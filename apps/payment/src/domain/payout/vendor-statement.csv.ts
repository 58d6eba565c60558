import { csvField, csvRecord, csvText } from './csv.format';
import { formatTakaDecimal } from '@getit/contracts';
import { VendorStatement } from './vendor-statement';

export const VENDOR_STATEMENT_CSV_HEADER = [
  'date',
  'type',
  'order_id',
  'package_id',
  'reference',
  'gross_bdt',
  'commission_bdt',
  'vat_bdt',
  'net_bdt',
  'balance_bdt',
] as const;

const DHAKA_OFFSET_MS = 6 * 60 * 60 * 1000;

/**
 * The statement as CSV (RFC 4180, CRLF): a header row, an opening-balance row, one row per posting, a
 * closing-balance row. Amounts are taka with two decimals; times are Dhaka local time with their +06:00 offset.
 */
export function renderVendorStatementCsv(statement: VendorStatement): string {
  const balanceRow = (type: string, at: Date, balance: number) =>
    csvRecord([dhakaTime(at), type, '', '', '', '', '', '', '', formatTakaDecimal(balance)]);
  return [
    csvRecord([...VENDOR_STATEMENT_CSV_HEADER]),
    balanceRow('opening_balance', statement.from, statement.openingBalancePoisha),
    ...statement.lines.map((line) =>
      csvRecord([
        dhakaTime(line.occurredAt),
        line.type,
        csvText(line.orderId ?? ''),
        csvText(line.packageId ?? ''),
        csvText(line.reference ?? ''),
        ...[line.grossPoisha, line.commissionPoisha, line.vatPoisha, line.netPoisha, line.balancePoisha].map(
          (poisha) => csvField(formatTakaDecimal(poisha)),
        ),
      ]),
    ),
    balanceRow('closing_balance', statement.to, statement.closingBalancePoisha),
    // cash on delivery of the period's deliveries, when there was any: the amount in gross_bdt (not part of the
    // running balance)
    ...(statement.cod && (statement.cod.collectedPoisha !== 0 || statement.cod.remittedPoisha !== 0)
      ? (
          [
            ['cod_collected', statement.cod.collectedPoisha],
            ['cod_remitted', statement.cod.remittedPoisha],
            ['cod_pending', statement.cod.pendingPoisha],
          ] as const
        ).map(([type, poisha]) =>
          csvRecord([dhakaTime(statement.to), type, '', '', '', formatTakaDecimal(poisha), '', '', '', '']),
        )
      : []),
  ].join('');
}

/** `2025-11-21T14:30:00+06:00`: Bangladesh keeps UTC+6 all year, so a fixed offset is exact. */
function dhakaTime(at: Date): string {
  return `${new Date(at.getTime() + DHAKA_OFFSET_MS).toISOString().slice(0, 19)}+06:00`;
}
