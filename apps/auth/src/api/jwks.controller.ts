import { Controller, Get, Header, Inject } from '@nestjs/common';
import { JsonWebKeySet } from '@getit/contracts';
import { SigningKeysService } from '../application/signing-keys.service';

/** Public keys for verifying access tokens (RFC 7517): the current key and the previous one. */
@Controller('.well-known')
export class JwksController {
  constructor(@Inject(SigningKeysService) private readonly keys: SigningKeysService) {}

  @Get('jwks.json')
  @Header('cache-control', 'public, max-age=60')
  jwks(): Promise<JsonWebKeySet> {
    return this.keys.jwks();
  }
}
