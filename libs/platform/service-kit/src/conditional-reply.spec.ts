import { ifNoneMatch, taggedJson } from './conditional-reply';

describe('If-None-Match', () => {
  it('matches a tag weakly, in a list, or *; nothing else', () => {
    expect(ifNoneMatch('W/"abc"', '"abc"')).toBe(true);
    expect(ifNoneMatch('"abc"', 'W/"abc"')).toBe(true);
    expect(ifNoneMatch('"x", W/"abc" ', 'W/"abc"')).toBe(true);
    expect(ifNoneMatch(['"x"', '"abc"'], '"abc"')).toBe(true);
    expect(ifNoneMatch('*', '"abc"')).toBe(true);
    expect(ifNoneMatch('"abd"', '"abc"')).toBe(false);
    expect(ifNoneMatch(undefined, '"abc"')).toBe(false);
    expect(ifNoneMatch('', '"abc"')).toBe(false);
  });

  it('tags a value by its serialised bytes: the same value the same weak tag, another value another', () => {
    const a = taggedJson({ items: [1, 2] });
    expect(a.body).toBe('{"items":[1,2]}');
    expect(a.etag).toMatch(/^W\/"[\w-]{22}"$/);
    expect(taggedJson({ items: [1, 2] }).etag).toBe(a.etag);
    expect(taggedJson({ items: [2, 1] }).etag).not.toBe(a.etag);
  });
});
