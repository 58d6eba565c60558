import { Body, Controller, Delete, Get, HttpCode, Inject, Param, Post, Put } from '@nestjs/common';
import { SavedAddressList, savedAddressBody, SavedAddressView } from '@getit/contracts';
import { parseOrThrow } from '@getit/errors';
import type { AuthContext } from '../application/auth-context';
import { SavedAddressesService } from '../application/saved-addresses.service';
import { AuthCtx } from './auth-ctx.decorator';
import { addressIdParams } from './path-params';

/** The signed-in person's saved delivery addresses (the gateway serves these under /api/me/addresses). */
@Controller('me/addresses')
export class SavedAddressesController {
  constructor(@Inject(SavedAddressesService) private readonly addresses: SavedAddressesService) {}

  @Get()
  list(@AuthCtx() ctx: AuthContext): Promise<SavedAddressList> {
    return this.addresses.list(ctx);
  }

  @Post()
  add(@AuthCtx() ctx: AuthContext, @Body() body: unknown): Promise<SavedAddressView> {
    return this.addresses.add(ctx, parseOrThrow(savedAddressBody, body, 'body'));
  }

  @Put(':addressId')
  replace(
    @AuthCtx() ctx: AuthContext,
    @Param() params: unknown,
    @Body() body: unknown,
  ): Promise<SavedAddressView> {
    const { addressId } = parseOrThrow(addressIdParams, params, 'params');
    return this.addresses.replace(ctx, addressId, parseOrThrow(savedAddressBody, body, 'body'));
  }

  @Delete(':addressId')
  @HttpCode(204)
  remove(@AuthCtx() ctx: AuthContext, @Param() params: unknown): Promise<void> {
    return this.addresses.remove(ctx, parseOrThrow(addressIdParams, params, 'params').addressId);
  }
}
