import { FormBodyParser } from './form-body.parser';

describe('FormBodyParser', () => {
  it('reads url-encoded forms', () => {
    expect(FormBodyParser.parseUrlEncoded('a=1&b=Rahim+%26+Sons')).toEqual({ a: '1', b: 'Rahim & Sons' });
  });

  it('reads the text fields of a multipart form as PHP curl sends it', () => {
    const boundary = '------------------------d74496d66958873e';
    const body = Buffer.from(
      [
        `--${boundary}`,
        'Content-Disposition: form-data; name="store_id"',
        '',
        'testbox',
        `--${boundary}`,
        'Content-Disposition: form-data; name="cus_add1"',
        '',
        'House 1, Road 2\r\nDhanmondi',
        `--${boundary}--`,
        '',
      ].join('\r\n'),
    );
    expect(FormBodyParser.boundaryOf(`multipart/form-data; boundary=${boundary}`)).toBe(boundary);
    expect(FormBodyParser.parseMultipart(body, boundary)).toEqual({
      store_id: 'testbox',
      cus_add1: 'House 1, Road 2\r\nDhanmondi',
    });
  });
});
