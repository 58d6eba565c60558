import { DynamicModule, Module, Type } from '@nestjs/common';
import { AccountController } from './api/account.controller';
import { AdminVendorsController } from './api/admin-vendors.controller';
import { AdminController } from './api/admin.controller';
import { DevSmsController } from './api/dev-sms.controller';
import { JwksController } from './api/jwks.controller';
import { KycDocumentsController } from './api/kyc-documents.controller';
import { OtpController } from './api/otp.controller';
import { PasswordController } from './api/password.controller';
import { SavedAddressesController } from './api/saved-addresses.controller';
import { SessionsController } from './api/sessions.controller';
import { VendorsController } from './api/vendors.controller';
import { AccountService } from './application/account.service';
import { AuditInboundService } from './application/audit-inbound.service';
import { AuditTrail } from './application/audit-trail';
import { KycDocumentsService } from './application/kyc-documents.service';
import { MfaService } from './application/mfa.service';
import { OtpLoginService } from './application/otp-login.service';
import { PasswordLoginService } from './application/password-login.service';
import { SavedAddressesService } from './application/saved-addresses.service';
import { SessionsService } from './application/sessions.service';
import { SigningKeysService } from './application/signing-keys.service';
import { VendorDecisionsService } from './application/vendor-decisions.service';
import { VendorOnboardingService } from './application/vendor-onboarding.service';
import { DevSinkSmsSender } from './infrastructure/sms/dev-sink.sms-sender';
import { AuditEventsController } from './messaging/audit-events.controller';

export interface AuthUseCases {
  otp: OtpLoginService;
  passwords: PasswordLoginService;
  sessions: SessionsService;
  account: AccountService;
  addresses: SavedAddressesService;
  mfa: MfaService;
  onboarding: VendorOnboardingService;
  /** KYC document uploads through the storage port (local disk or S3-compatible). */
  documents: KycDocumentsService;
  decisions: VendorDecisionsService;
  audit: AuditTrail;
  /** Other services' admin actions into the audit log (the `messaging/` handler's use case). */
  auditInbound: AuditInboundService;
  keys: SigningKeysService;
  /** Present only with SMS_PROVIDER=dev-sink: then, and only then, GET /dev/sms exists. */
  devSms?: DevSinkSmsSender;
}

/** The auth service's HTTP and event handlers; the host builds the use cases and hands them in. */
@Module({})
export class AuthModule {
  static register(useCases: AuthUseCases): DynamicModule {
    const provided: [Type<unknown>, unknown][] = [
      [OtpLoginService, useCases.otp],
      [PasswordLoginService, useCases.passwords],
      [SessionsService, useCases.sessions],
      [AccountService, useCases.account],
      [SavedAddressesService, useCases.addresses],
      [MfaService, useCases.mfa],
      [VendorOnboardingService, useCases.onboarding],
      [KycDocumentsService, useCases.documents],
      [VendorDecisionsService, useCases.decisions],
      [AuditTrail, useCases.audit],
      [AuditInboundService, useCases.auditInbound],
      [SigningKeysService, useCases.keys],
    ];
    if (useCases.devSms) provided.push([DevSinkSmsSender, useCases.devSms]);
    return {
      module: AuthModule,
      controllers: [
        OtpController,
        PasswordController,
        SessionsController,
        AccountController,
        SavedAddressesController,
        KycDocumentsController,
        VendorsController,
        AdminVendorsController,
        AdminController,
        JwksController,
        ...(useCases.devSms ? [DevSmsController] : []),
        AuditEventsController,
      ],
      providers: provided.map(([provide, useValue]) => ({ provide, useValue })),
    };
  }
}
