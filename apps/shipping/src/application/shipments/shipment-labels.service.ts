import { formatTaka } from '@getit/contracts';
import { ConflictException, ForbiddenException, NotFoundException, ValidationException } from '@getit/errors';
import { RequestContext } from '@getit/service-kit';
import { LabelContent, LabelPdfRenderer } from '../../infrastructure/labels/label.pdf-renderer';
import { ShippingPrismaClient } from '../../infrastructure/shipping-prisma';

const MAX_BULK = 100;

/** Printable labels of a vendor's booked packages: one A6 page, or A4 sheets of four for a whole queue. */
export class ShipmentLabelsService {
  constructor(
    private readonly prisma: ShippingPrismaClient,
    private readonly renderer: LabelPdfRenderer,
  ) {}

  async label(ctx: RequestContext, vendorId: string, packageId: string): Promise<Uint8Array> {
    return this.renderer.a6(await this.contents(ctx, vendorId, [packageId]));
  }

  async sheet(ctx: RequestContext, vendorId: string, packageIds: string[]): Promise<Uint8Array> {
    if (packageIds.length === 0 || packageIds.length > MAX_BULK)
      throw new ValidationException('Name 1 to 100 packages.', [
        { field: 'packageIds', reason: `must list 1 to ${MAX_BULK} package ids` },
      ]);
    return this.renderer.a4(await this.contents(ctx, vendorId, packageIds));
  }

  private async contents(
    ctx: RequestContext,
    vendorId: string,
    packageIds: string[],
  ): Promise<LabelContent[]> {
    const staff = (ctx.actor?.roles ?? []).some((role) => role.startsWith('admin:'));
    if (!staff && ctx.vendorId !== vendorId)
      throw new ForbiddenException('These packages belong to another vendor.');
    const shipments = await this.prisma.shipment.findMany({
      where: { packageId: { in: [...new Set(packageIds)] }, vendorId },
      include: { package: true },
    });
    const byPackage = new Map(shipments.map((shipment) => [shipment.packageId, shipment]));
    return packageIds.map((packageId) => {
      const shipment = byPackage.get(packageId);
      if (!shipment) throw new NotFoundException(`Package ${packageId} has no shipment.`);
      if (!shipment.consignmentId)
        throw new ConflictException(`Package ${packageId} is not booked with the courier yet.`, {
          extensions: { reason: 'not_booked' },
        });
      const cod = Number(shipment.codAmountPoisha);
      return {
        courier: shipment.courier,
        consignmentId: shipment.consignmentId,
        orderNumber: shipment.package.orderNumber,
        packageId,
        recipientName: shipment.package.recipientName,
        recipientPhone: shipment.package.recipientPhone,
        recipientAddress: shipment.package.recipientAddress,
        vendor: vendorId.slice(0, 8).toUpperCase(),
        // Helvetica has no ৳: the English line spells it Tk.
        codEn: cod > 0 ? `Tk ${formatTaka(cod, 'en').replace('৳', '')}` : 'Prepaid - collect nothing',
        codBn: cod > 0 ? formatTaka(cod, 'bn') : 'অগ্রিম পরিশোধিত',
        weightGrams: shipment.package.weightGrams,
      };
    });
  }
}
