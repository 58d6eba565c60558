import { acceptsWhatWeServe } from './accept-header';

describe('acceptsWhatWeServe', () => {
  it.each([
    [undefined],
    [''],
    ['*/*'],
    ['application/json'],
    ['application/problem+json'],
    ['application/vnd.api+json'],
    ['text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8'],
    ['application/*'],
    ['text/csv'],
    ['application/openmetrics-text;version=1.0.0;q=0.5,text/plain;version=0.0.4;q=0.3'],
    ['nonsense'],
  ])('serves a client that accepts %p', (accept) => {
    expect(acceptsWhatWeServe(accept)).toBe(true);
  });

  it.each([
    ['application/xml'],
    ['text/html'],
    ['image/png, application/xml;q=0.9'],
    ['application/json;q=0'],
    ['application/json; q=0.000, application/xml'],
  ])('refuses a client that accepts only %p', (accept) => {
    expect(acceptsWhatWeServe(accept)).toBe(false);
  });
});
