-- Up Migration

-- People: shoppers, vendor staff and admins. A phone is stored in E.164 (+8801XXXXXXXXX), an email lowercased.
-- password_hash carries its own scrypt parameters; TOTP secrets are AES-256-GCM ciphertexts (secret-box).
CREATE TABLE users (
  id                uuid PRIMARY KEY,
  phone             text UNIQUE CHECK (phone ~ '^\+8801[3-9][0-9]{8}$'),
  phone_verified_at timestamptz(3),
  email             text UNIQUE CHECK (email = lower(email)),
  password_hash     text,
  display_name      text,
  locale            text NOT NULL DEFAULT 'en' CHECK (locale IN ('en', 'bn')),
  kind              text NOT NULL CHECK (kind IN ('shopper', 'vendor_staff', 'admin')),
  status            text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'disabled')),
  totp_secret_enc   text,
  totp_pending_enc  text,
  totp_enabled_at   timestamptz(3),
  totp_last_step    bigint,
  created_at        timestamptz(3) NOT NULL DEFAULT now(),
  updated_at        timestamptz(3) NOT NULL DEFAULT now(),
  CHECK (phone IS NOT NULL OR email IS NOT NULL),
  CHECK ((totp_enabled_at IS NULL) = (totp_secret_enc IS NULL))
);

-- Roles granted to a person directly (shopper, admin:*). Vendor roles come from vendor_members.
CREATE TABLE user_roles (
  user_id    uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  role       text NOT NULL CHECK (role IN ('shopper', 'admin:super-admin', 'admin:operations', 'admin:finance', 'admin:support')),
  granted_by uuid,
  granted_at timestamptz(3) NOT NULL DEFAULT now(),
  PRIMARY KEY (user_id, role)
);

-- Vendor organisations and their KYC: the onboarding application and the admins' decisions.
CREATE TABLE vendors (
  id                   uuid PRIMARY KEY,
  shop_name            text NOT NULL,
  slug                 text NOT NULL UNIQUE,
  status               text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'rejected', 'suspended')),
  address_line1        text NOT NULL,
  address_line2        text,
  division             text NOT NULL,
  district             text NOT NULL,
  postcode             char(4) NOT NULL CHECK (postcode ~ '^[0-9]{4}$'),
  trade_licence_number text NOT NULL,
  owner_nid            text NOT NULL CHECK (owner_nid ~ '^([0-9]{10}|[0-9]{13}|[0-9]{17})$'),
  payout_method        text NOT NULL CHECK (payout_method IN ('bkash', 'nagad', 'bank')),
  payout               jsonb NOT NULL,
  documents            jsonb NOT NULL DEFAULT '[]',
  decision_reason      text,
  decided_by           uuid,
  decided_at           timestamptz(3),
  version              integer NOT NULL DEFAULT 1 CHECK (version >= 1),
  applicant_id         uuid NOT NULL REFERENCES users (id),
  created_at           timestamptz(3) NOT NULL DEFAULT now(),
  updated_at           timestamptz(3) NOT NULL DEFAULT now()
);
CREATE INDEX vendors_status_created_at_id_idx ON vendors (status, created_at DESC, id);
CREATE INDEX vendors_created_at_id_idx ON vendors (created_at DESC, id);

-- A person works for at most one vendor.
CREATE TABLE vendor_members (
  vendor_id  uuid NOT NULL REFERENCES vendors (id) ON DELETE CASCADE,
  user_id    uuid NOT NULL UNIQUE REFERENCES users (id) ON DELETE CASCADE,
  role       text NOT NULL CHECK (role IN ('owner', 'manager', 'staff')),
  added_by   uuid,
  created_at timestamptz(3) NOT NULL DEFAULT now(),
  PRIMARY KEY (vendor_id, user_id)
);

-- One-time SMS codes: only an HMAC of the code is kept; at most one open challenge per phone.
CREATE TABLE otp_challenges (
  id            uuid PRIMARY KEY,
  phone         text NOT NULL,
  code_hash     text NOT NULL,
  attempts      integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
  expires_at    timestamptz(3) NOT NULL,
  closed_at     timestamptz(3),
  closed_reason text CHECK (closed_reason IN ('verified', 'superseded', 'exhausted')),
  ip            text,
  created_at    timestamptz(3) NOT NULL DEFAULT now()
);
CREATE INDEX otp_challenges_phone_created_at_idx ON otp_challenges (phone, created_at DESC);
CREATE INDEX otp_challenges_open_idx ON otp_challenges (phone) WHERE closed_at IS NULL;

-- The development SMS sink: messages "sent" when SMS_PROVIDER=dev-sink, read back by tests at GET /dev/sms.
CREATE TABLE sms_messages (
  id         uuid PRIMARY KEY,
  phone      text NOT NULL,
  body       text NOT NULL,
  created_at timestamptz(3) NOT NULL DEFAULT now()
);
CREATE INDEX sms_messages_phone_created_at_idx ON sms_messages (phone, created_at DESC);

-- ES256 signing keys: the newest signs, the newest two are published. Private keys are AES-256-GCM ciphertexts.
CREATE TABLE signing_keys (
  kid             text PRIMARY KEY,
  algorithm       text NOT NULL DEFAULT 'ES256' CHECK (algorithm = 'ES256'),
  public_jwk      jsonb NOT NULL,
  private_key_enc text NOT NULL,
  created_at      timestamptz(3) NOT NULL DEFAULT now()
);
CREATE INDEX signing_keys_created_at_idx ON signing_keys (created_at DESC);

-- A session is one login and its family of rotating refresh tokens; revoking it ends the family.
CREATE TABLE sessions (
  id             uuid PRIMARY KEY,
  user_id        uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  amr            text[] NOT NULL,
  ip             text,
  user_agent     text,
  created_at     timestamptz(3) NOT NULL DEFAULT now(),
  last_used_at   timestamptz(3) NOT NULL DEFAULT now(),
  expires_at     timestamptz(3) NOT NULL,
  revoked_at     timestamptz(3),
  revoked_reason text
);
CREATE INDEX sessions_user_id_created_at_idx ON sessions (user_id, created_at DESC);

-- Only the SHA-256 of a refresh token is stored. A rotated token presented again revokes its session.
CREATE TABLE refresh_tokens (
  id          uuid PRIMARY KEY,
  session_id  uuid NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
  token_hash  text NOT NULL UNIQUE,
  created_at  timestamptz(3) NOT NULL DEFAULT now(),
  expires_at  timestamptz(3) NOT NULL,
  rotated_at  timestamptz(3),
  replaced_by uuid
);
CREATE INDEX refresh_tokens_session_id_idx ON refresh_tokens (session_id);

-- Security-relevant and admin actions: who, what, on what, when, from where, and how it ended.
CREATE TABLE audit_log (
  id             bigserial PRIMARY KEY,
  occurred_at    timestamptz(3) NOT NULL DEFAULT now(),
  actor_id       uuid,
  actor_roles    text[] NOT NULL DEFAULT '{}',
  action         text NOT NULL,
  target_type    text,
  target_id      text,
  outcome        text NOT NULL CHECK (outcome IN ('success', 'failure', 'denied')),
  ip             text,
  correlation_id text,
  details        jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_log_actor_id_id_idx ON audit_log (actor_id, id DESC);
CREATE INDEX audit_log_target_type_target_id_id_idx ON audit_log (target_type, target_id, id DESC);
CREATE INDEX audit_log_action_id_idx ON audit_log (action, id DESC);
CREATE INDEX audit_log_occurred_at_idx ON audit_log (occurred_at DESC);

-- Down Migration
DROP TABLE audit_log;
DROP TABLE refresh_tokens;
DROP TABLE sessions;
DROP TABLE signing_keys;
DROP TABLE sms_messages;
DROP TABLE otp_challenges;
DROP TABLE vendor_members;
DROP TABLE vendors;
DROP TABLE user_roles;
DROP TABLE users;
