// The Kratos message ids our rules match on, in one table (text/id.go in Kratos v1.3.1; 1010025
// is newer Kratos's "code sent"). Rules match ids and context, never Kratos's English text.
export const KRATOS_MESSAGE = {
  /** "Please confirm this action by verifying that it is you." (a refresh) */
  REFRESH: 1010003,
  /** "Please complete the second authentication challenge." */
  SECOND_FACTOR: 1010004,
  /** A login code was sent. */
  CODE_SENT: 1010014,
  /** A login code was sent (newer Kratos). */
  CODE_SENT_V2: 1010025,
  /** "{title}": an input's label that is a schema field's title. */
  SCHEMA_TITLE: 1070002,
  /** A registration code was sent (passwordless registration). */
  REGISTRATION_CODE_SENT: 1040005,
  /** The generic "{reason}" error: which one it is, its context tells. */
  GENERIC_ERROR: 4000001,
  /** The authentication (TOTP) code is invalid. */
  TOTP_INVALID: 4000008,
  /** The backup code was already used. */
  BACKUP_CODE_USED: 4000012,
  /** No WebAuthn device is set up. */
  NO_WEBAUTHN: 4000013,
  /** No backup codes are set up. */
  NO_BACKUP_CODES: 4000014,
  /** No security key for this account. */
  NO_SECURITY_KEY: 4000015,
  /** The backup code is not valid. */
  BACKUP_CODE_INVALID: 4000016,
  /** The address is not on this identity. */
  ADDRESS_NOT_ON_IDENTITY: 4000035,
  /** The flow expired. */
  FLOW_EXPIRED: 4010001,
  /** The login code is invalid or was used. */
  LOGIN_CODE_INVALID: 4010008,
  /** The registration code is invalid or was used. */
  REGISTRATION_CODE_INVALID: 4040003,
} as const;
