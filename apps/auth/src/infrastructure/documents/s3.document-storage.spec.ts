import { S3DocumentStorage } from './s3.document-storage';

/**
 * Signature Version 4 against AWS's own published example ("GET Object" in the S3 API reference, Signature
 * Calculations for the Authorization Header): the S3 stand-in the integration test runs (s3rver) does not check V4
 * signatures, so this is where the signing is proved.
 */
describe('S3 request signing (AWS Signature Version 4)', () => {
  it('signs AWS’s GET Object example to the signature AWS documents', () => {
    const storage = new S3DocumentStorage(
      {
        endpoint: 'https://examplebucket.s3.amazonaws.com',
        bucket: 'examplebucket',
        region: 'us-east-1',
        accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
        secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
        timeoutMs: 1_000,
      },
      () => new Date('2013-05-24T00:00:00Z'),
    );
    const headers = storage.signedHeaders(
      'GET',
      new URL('https://examplebucket.s3.amazonaws.com/test.txt'),
      Buffer.alloc(0),
      { Range: 'bytes=0-9' },
    );
    expect(headers['x-amz-content-sha256']).toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
    expect(headers['authorization']).toBe(
      'AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request, ' +
        'SignedHeaders=host;range;x-amz-content-sha256;x-amz-date, ' +
        'Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41',
    );
  });
});
