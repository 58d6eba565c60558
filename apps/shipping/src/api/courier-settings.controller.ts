import { Body, Controller, Get, Inject, Param, ParseUUIDPipe, Post, Put, HttpCode } from '@nestjs/common';
import {
  courierBookingRequest,
  CourierBookingResultView,
  courierPreferenceRequest,
  CourierQueueView,
  CourierSettingsView,
  pickupPointRequest,
} from '@getit/contracts';
import { parseOrThrow } from '@getit/errors';
import { Ctx, type RequestContext } from '@getit/service-kit';
import { CourierSettingsService } from '../application/shipments/courier-settings.service';
import { VendorBookingsService } from '../application/shipments/vendor-bookings.service';

/** A vendor's courier choices, pickup points, courier queue and booking (vendor staff only; ADR 0018). */
@Controller('vendors/:vendorId')
export class CourierSettingsController {
  constructor(
    @Inject(CourierSettingsService) private readonly settings: CourierSettingsService,
    @Inject(VendorBookingsService) private readonly bookings: VendorBookingsService,
  ) {}

  @Get('courier-preference')
  preference(
    @Ctx() ctx: RequestContext,
    @Param('vendorId', new ParseUUIDPipe()) vendorId: string,
  ): Promise<CourierSettingsView> {
    return this.settings.settings(ctx, vendorId);
  }

  @Put('courier-preference')
  setPreference(
    @Ctx() ctx: RequestContext,
    @Param('vendorId', new ParseUUIDPipe()) vendorId: string,
    @Body() body: unknown,
  ): Promise<CourierSettingsView> {
    return this.settings.setPreference(ctx, vendorId, parseOrThrow(courierPreferenceRequest, body, 'body'));
  }

  @Put('pickup-points/:warehouseId')
  savePickupPoint(
    @Ctx() ctx: RequestContext,
    @Param('vendorId', new ParseUUIDPipe()) vendorId: string,
    @Param('warehouseId', new ParseUUIDPipe()) warehouseId: string,
    @Body() body: unknown,
  ): Promise<CourierSettingsView> {
    return this.settings.savePickupPoint(
      ctx,
      vendorId,
      warehouseId,
      parseOrThrow(pickupPointRequest, body, 'body'),
    );
  }

  @Get('courier-queue')
  queue(
    @Ctx() ctx: RequestContext,
    @Param('vendorId', new ParseUUIDPipe()) vendorId: string,
  ): Promise<CourierQueueView> {
    return this.bookings.queue(ctx, vendorId);
  }

  @Post('courier-bookings')
  @HttpCode(200)
  book(
    @Ctx() ctx: RequestContext,
    @Param('vendorId', new ParseUUIDPipe()) vendorId: string,
    @Body() body: unknown,
  ): Promise<CourierBookingResultView> {
    return this.bookings.book(ctx, vendorId, parseOrThrow(courierBookingRequest, body, 'body'));
  }
}
