import { SqlClient } from '@getit/database';
import { CheckoutSagaState, CheckoutStep } from '../domain';
import { OrderRow, OrderRowJson, orderRowColumns, orderRowFromJson } from './order-queries.repository';
import { OrderTables } from './order-tables';

/** A saga row, locked, with what its commands need of the order (numbers, phone, packages). */
export interface SagaRecord {
  state: CheckoutSagaState;
  deadlineAt: Date | null;
  order: {
    orderNumber: string;
    shopperId: string | null;
    phone: string;
    paymentMethod: 'cod' | 'bkash' | 'nagad' | 'sslcommerz';
    status: 'pending_payment' | 'confirmed' | 'completed' | 'cancelled';
    totalPoisha: number;
    placedAt: Date;
    /** The checkout's correlation id: every saga event carries it, so one trace follows the whole checkout. */
    correlationId: string;
    packages: { packageId: string; vendorId: string; totalPoisha: number; status: string }[];
  };
}

interface SagaRow {
  orderId: string;
  status: CheckoutSagaState['status'];
  step: CheckoutStep | null;
  reservationId: string | null;
  paymentId: string | null;
  cancelReason: CheckoutSagaState['cancelReason'];
  undoneLate: string[];
  deadlineAt: Date | null;
  orderNumber: string;
  shopperId: string | null;
  phone: string;
  paymentMethod: SagaRecord['order']['paymentMethod'];
  orderStatus: SagaRecord['order']['status'];
  totalPoisha: number;
  placedAt: Date;
  correlationId: string;
  packages: SagaRecord['order']['packages'];
}

/** A running saga moved from one awaited step to the next (see `SagasRepository.lockAndAdvance`). */
export interface SagaAdvance {
  from: CheckoutStep;
  step: CheckoutStep;
  reservationId?: string;
  paymentId?: string;
  deadlineAt: Date;
}

function toRecord(row: SagaRow): SagaRecord {
  return {
    state: {
      orderId: row.orderId,
      status: row.status,
      step: row.step,
      reservationId: row.reservationId,
      paymentId: row.paymentId,
      cancelReason: row.cancelReason,
      undoneLate: row.undoneLate,
    },
    deadlineAt: row.deadlineAt,
    order: {
      orderNumber: row.orderNumber,
      shopperId: row.shopperId,
      phone: row.phone,
      paymentMethod: row.paymentMethod,
      status: row.orderStatus,
      totalPoisha: row.totalPoisha,
      placedAt: row.placedAt,
      correlationId: row.correlationId,
      packages: row.packages,
    },
  };
}

/**
 * The checkout saga's persisted state. Every change happens under the saga row's lock (SELECT … FOR UPDATE), taken
 * by the consumer applying an event and by the timeout sweeper alike, so one saga never moves twice at once.
 */
export class SagasRepository {
  constructor(private readonly tables: OrderTables) {}

  async lock(tx: SqlClient, orderId: string): Promise<SagaRecord | null> {
    const [row] = await tx.$queryRawUnsafe<SagaRow[]>(this.lockedRecord(), orderId);
    return row ? toRecord(row) : null;
  }

  /**
   * `lock`, and in the same statement, when the saga runs awaiting `advance.from`, the row moved on as `advance`
   * says (the step, its deadline, and the reservation or payment id when given). The record is the row as it was
   * before; `advanced` says whether it was moved, in which case the caller saves only a state that differs.
   */
  async lockAndAdvance(
    tx: SqlClient,
    orderId: string,
    advance: SagaAdvance,
  ): Promise<{ record: SagaRecord; advanced: boolean } | null> {
    const { sagas } = this.tables;
    const [row] = await tx.$queryRawUnsafe<(SagaRow & { advanced: boolean })[]>(
      `WITH old AS (${this.lockedRecord()}), moved AS (
         UPDATE ${sagas} s
            SET step = $3::text, reservation_id = coalesce($4::uuid, s.reservation_id),
                payment_id = coalesce($5::uuid, s.payment_id), deadline_at = $6::timestamptz, finished_at = NULL,
                updated_at = now()
           FROM old
          WHERE s.order_id = $1::uuid AND old.status = 'running' AND old.step = $2::text
         RETURNING 1
       )
       SELECT old.*, EXISTS (SELECT 1 FROM moved) AS advanced FROM old`,
      orderId,
      advance.from,
      advance.step,
      advance.reservationId ?? null,
      advance.paymentId ?? null,
      advance.deadlineAt,
    );
    if (!row) return null;
    const { advanced, ...saga } = row;
    return { record: toRecord(saga), advanced };
  }

  /**
   * `lock`, and in the same statement, when the saga runs awaiting take_payment: the payment recorded and, when the
   * order is pending_payment (as the lock read it, and still), the order and its pending packages confirmed and
   * the saga completed, else the saga awaiting confirm_order until `confirmDeadlineAt` (what the reducer and
   * `OrdersRepository.confirm` would write). `confirmed` says whether the order was confirmed; `view` is the
   * confirmed order as `findOrder` would read it after commit, when asked for.
   */
  async lockAndConfirm(
    tx: SqlClient,
    orderId: string,
    payment: { paymentId: string; at: Date; confirmDeadlineAt: Date },
    view: boolean,
  ): Promise<{ record: SagaRecord; advanced: boolean; confirmed: boolean; view: OrderRow | null } | null> {
    const { sagas, orders, packages } = this.tables;
    const [row] = await tx.$queryRawUnsafe<
      (SagaRow & { advanced: boolean; confirmed: boolean; view: OrderRowJson | null })[]
    >(
      `WITH old AS (${this.lockedRecord()}), awaits AS (
         SELECT old."orderStatus" FROM old WHERE old.status = 'running' AND old.step = 'take_payment'
       ), o AS (
         UPDATE ${orders} SET status = 'confirmed', confirmed_at = $2::timestamptz, updated_at = $2::timestamptz
          WHERE id = $1::uuid AND status = 'pending_payment'
            AND EXISTS (SELECT 1 FROM awaits WHERE awaits."orderStatus" = 'pending_payment')
         RETURNING *
       ), pk AS (
         UPDATE ${packages} SET status = 'confirmed', updated_at = $2::timestamptz
          WHERE order_id IN (SELECT id FROM o) AND status = 'pending'
         RETURNING *
       ), moved AS (
         UPDATE ${sagas} s
            SET status = CASE WHEN EXISTS (SELECT 1 FROM o) THEN 'completed' ELSE 'running' END,
                step = CASE WHEN EXISTS (SELECT 1 FROM o) THEN NULL ELSE 'confirm_order' END,
                payment_id = $3::uuid,
                deadline_at = CASE WHEN EXISTS (SELECT 1 FROM o) THEN NULL ELSE $4::timestamptz END,
                finished_at = CASE WHEN EXISTS (SELECT 1 FROM o) THEN coalesce(s.finished_at, now()) END,
                updated_at = now()
          WHERE s.order_id = $1::uuid AND EXISTS (SELECT 1 FROM awaits)
         RETURNING 1
       )
       SELECT old.*, EXISTS (SELECT 1 FROM moved) AS advanced, EXISTS (SELECT 1 FROM o) AS confirmed,
              ${
                view
                  ? `(SELECT row_to_json(v) FROM (SELECT ${orderRowColumns(
                      this.tables,
                      `(SELECT * FROM pk
                         UNION ALL
                        SELECT * FROM ${packages} x WHERE x.order_id = o.id AND x.id NOT IN (SELECT id FROM pk)) p`,
                    )} FROM o) v)`
                  : 'NULL::json'
              } AS view
         FROM old`,
      orderId,
      payment.at,
      payment.paymentId,
      payment.confirmDeadlineAt,
    );
    if (!row) return null;
    const { advanced, confirmed, view: json, ...saga } = row;
    return { record: toRecord(saga), advanced, confirmed, view: json ? orderRowFromJson(json) : null };
  }

  /** The saga of order $1 with its order's fields and packages, its row locked (FOR UPDATE OF s). */
  private lockedRecord(): string {
    const { sagas, orders } = this.tables;
    return `SELECT ${this.recordColumns()}
              FROM ${sagas} s JOIN ${orders} o ON o.id = s.order_id
             WHERE s.order_id = $1::uuid
               FOR UPDATE OF s`;
  }

  private recordColumns(): string {
    return `s.order_id::text AS "orderId", s.status, s.step, s.reservation_id::text AS "reservationId",
              s.payment_id::text AS "paymentId", s.cancel_reason AS "cancelReason", s.undone_late AS "undoneLate",
              s.deadline_at AS "deadlineAt", o.order_number AS "orderNumber", o.shopper_id::text AS "shopperId",
              o.phone, o.payment_method AS "paymentMethod", o.status AS "orderStatus",
              o.total_poisha::float8 AS "totalPoisha", o.placed_at AS "placedAt",
              o.correlation_id AS "correlationId",
              coalesce((SELECT json_agg(json_build_object('packageId', p.id, 'vendorId', p.vendor_id,
                                                          'totalPoisha', p.total_poisha, 'status', p.status)
                                        ORDER BY p.vendor_id, p.id)
                          FROM ${this.tables.packages} p WHERE p.order_id = s.order_id), '[]'::json) AS packages`;
  }

  async save(tx: SqlClient, state: CheckoutSagaState, deadlineAt: Date | null): Promise<void> {
    await tx.$executeRawUnsafe(
      `UPDATE ${this.tables.sagas}
          SET status = $2, step = $3, reservation_id = $4::uuid, payment_id = $5::uuid, cancel_reason = $6,
              undone_late = $7::text[], deadline_at = $8::timestamptz,
              finished_at = CASE WHEN $2 = 'running' THEN NULL ELSE coalesce(finished_at, now()) END,
              updated_at = now()
        WHERE order_id = $1::uuid`,
      state.orderId,
      state.status,
      state.step,
      state.reservationId,
      state.paymentId,
      state.cancelReason,
      state.undoneLate,
      deadlineAt,
    );
  }

  /** Whether any running saga is past its step's deadline (a look before a sweep's transaction). */
  async anyDue(db: SqlClient, now: Date): Promise<boolean> {
    const rows = await db.$queryRawUnsafe<unknown[]>(
      `SELECT 1 FROM ${this.tables.sagas} WHERE status = 'running' AND deadline_at < $1::timestamptz LIMIT 1`,
      now,
    );
    return rows.length > 0;
  }

  /** Running sagas past their step's deadline, locked; rows another replica is handling are skipped. */
  lockDue(tx: SqlClient, now: Date, limit: number): Promise<{ orderId: string; step: CheckoutStep }[]> {
    return tx.$queryRawUnsafe(
      `SELECT order_id::text AS "orderId", step FROM ${this.tables.sagas}
        WHERE status = 'running' AND deadline_at < $1::timestamptz
        ORDER BY deadline_at
        LIMIT $2::int
          FOR UPDATE SKIP LOCKED`,
      now,
      limit,
    );
  }

  async countRunning(db: SqlClient): Promise<number> {
    const [row] = await db.$queryRawUnsafe<{ running: number }[]>(
      `SELECT count(*)::int AS running FROM ${this.tables.sagas} WHERE status = 'running'`,
    );
    return row?.running ?? 0;
  }

  /** Running sagas past their step's deadline (by the database's clock): what the timeout sweeper has not caught. */
  async countStuck(db: SqlClient): Promise<number> {
    const [row] = await db.$queryRawUnsafe<{ stuck: number }[]>(
      `SELECT count(*)::int AS stuck FROM ${this.tables.sagas} WHERE status = 'running' AND deadline_at < now()`,
    );
    return row?.stuck ?? 0;
  }
}
