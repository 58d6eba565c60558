import { ScenarioBook } from './scenario.book';

describe('ScenarioBook', () => {
  let book: ScenarioBook;
  beforeEach(() => (book = new ScenarioBook()));

  it('lets payments succeed when nothing is queued', () => {
    expect(book.take('bkash', 'INV-1').outcome).toBe('succeed');
  });

  it('applies a general scenario to the next payment of that provider only', () => {
    book.add({ provider: 'bkash', outcome: 'fail' });
    expect(book.take('nagad', 'ORDER1').outcome).toBe('succeed');
    expect(book.take('bkash', 'INV-1').outcome).toBe('fail');
    expect(book.take('bkash', 'INV-2').outcome).toBe('succeed');
  });

  it('prefers a scenario queued for the payment reference over general ones', () => {
    book.add({ provider: 'sslcommerz', outcome: 'cancel' });
    book.add({ provider: 'sslcommerz', outcome: 'timeout', reference: 'TRAN-9' });
    expect(book.take('sslcommerz', 'TRAN-9').outcome).toBe('timeout');
    expect(book.take('sslcommerz', 'TRAN-1').outcome).toBe('cancel');
  });

  it('keeps a referenced scenario away from other payments', () => {
    book.add({ provider: 'nagad', outcome: 'fail', reference: 'ORDER42' });
    expect(book.take('nagad', 'ORDER41').outcome).toBe('succeed');
    expect(book.take('nagad', 'ORDER42').outcome).toBe('fail');
  });

  it('counts down `count` payments, in the order queued', () => {
    book.add({ provider: 'bkash', outcome: 'cancel', count: 2 });
    book.add({ provider: 'bkash', outcome: 'fail' });
    expect(['a', 'b', 'c', 'd'].map((ref) => book.take('bkash', ref).outcome)).toEqual([
      'cancel',
      'cancel',
      'fail',
      'succeed',
    ]);
  });

  it('delivers duplicate callbacks twice by default and as often as asked', () => {
    book.add({ provider: 'sslcommerz', outcome: 'duplicate_callback' });
    book.add({ provider: 'sslcommerz', outcome: 'duplicate_callback', deliveries: 10 });
    expect(book.take('sslcommerz', 'a').deliveries).toBe(2);
    expect(book.take('sslcommerz', 'b').deliveries).toBe(10);
  });

  it('keeps a provider down until reset, without consuming payments', () => {
    book.add({ provider: 'nagad', outcome: 'down', downMode: 'connection_reset' });
    expect(book.outage('nagad')).toBe('connection_reset');
    expect(book.outage('bkash')).toBeUndefined();
    expect(book.take('nagad', 'ORDER1').outcome).toBe('succeed');
    book.reset('bkash');
    expect(book.outage('nagad')).toBe('connection_reset');
    book.reset();
    expect(book.outage('nagad')).toBeUndefined();
  });
});
