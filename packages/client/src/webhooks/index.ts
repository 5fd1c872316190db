export type { RawBody } from './hmac.js';
export { type SignWebhookOptions, signWebhookPayload } from './sign.js';
export { type VerifyWebhookOptions, verifyWebhook } from './verify.js';
