import { BoundedMap } from './bounded-map';

describe('BoundedMap', () => {
  it('forgets the oldest entries beyond capacity and reports each eviction', () => {
    const evicted: string[] = [];
    const map = new BoundedMap<string, number>(2, (key) => evicted.push(key));
    map.set('a', 1);
    map.set('b', 2);
    map.set('c', 3);
    expect(map.size).toBe(2);
    expect(map.get('a')).toBeUndefined();
    expect(map.values()).toEqual([2, 3]);
    expect(evicted).toEqual(['a']);
  });
});
