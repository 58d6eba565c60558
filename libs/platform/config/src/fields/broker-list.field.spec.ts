import { brokerList } from './broker-list.field';

describe('brokerList', () => {
  it('splits, trims and drops empty entries', () => {
    expect(brokerList().parse(' kafka-1:9092, kafka-2:9092 ,')).toEqual(['kafka-1:9092', 'kafka-2:9092']);
  });

  it('accepts IP addresses', () => {
    expect(brokerList().parse('10.0.0.5:9092,[::1]:9093')).toEqual(['10.0.0.5:9092', '[::1]:9093']);
  });

  it.each(['kafka-1', 'kafka-1:0', 'kafka-1:99999', ':9092', ' , ', 'kafka 1:9092'])(
    'rejects %j',
    (input) => {
      expect(brokerList().safeParse(input).error?.issues[0]?.message).toMatch(
        /^must be a comma-separated list of host:port/,
      );
    },
  );
});
