/**
 * The outbox and inbox tables of one service, schema-qualified. Distributed services own a whole database and use
 * `public`; the embedded mode keeps every service in one embedded Postgres, one schema each.
 */
export class MessagingTables {
  readonly outbox: string;
  readonly inbox: string;

  constructor(schema = 'public') {
    if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`Invalid schema name "${schema}"`);
    this.outbox = `"${schema}".outbox`;
    this.inbox = `"${schema}".inbox`;
  }
}
