export type { RawBody } from './hmac.js';
export { type SignWebhookOptions, signWebhookPayload, type WebhookHeaders } from './sign.js';
export {
  type VerifiedWebhook,
  type VerifyWebhookOptions,
  verifyWebhook,
  type WebhookHeaderSource,
} from './verify.js';
