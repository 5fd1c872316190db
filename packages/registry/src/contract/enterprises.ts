import {
  CorporateEnterpriseSchema,
  EnterpriseInputSchema,
  EnterpriseSchema,
  MonthlyRecordSchema,
} from '@nayabato/core';
import * as z from 'zod/mini';
import { named } from './registry.js';
import { pageOf } from './schemas.js';

/** An enterprise as its recording NGO sees it (core's schema). */
export const Enterprise = named(
  'Enterprise',
  EnterpriseSchema,
  'A participant’s enterprise, recorded by the supporting NGO, with seed support, market linkages and monthly results.',
);

/** What a corporate buyer sees: code and trade only. */
export const CorporateEnterprise = named(
  'CorporateEnterprise',
  CorporateEnterpriseSchema,
  'An enterprise as a corporate partner named by one of its market linkages sees it: its pseudonymous code and its trade, nothing else.',
);

/** Either view, by the caller's role. */
export const EnterpriseView = named(
  'EnterpriseView',
  z.union([Enterprise, CorporateEnterprise]),
  'The recording NGO gets an `Enterprise`; a corporate buyer a `CorporateEnterprise` (code and trade only).',
);

/** The body that records or replaces an enterprise. */
export const EnterpriseInput = named('EnterpriseInput', EnterpriseInputSchema);

/** The body of `POST /v1/enterprises/{id}/monthly-records`. */
export const MonthlyRecord = named(
  'MonthlyRecord',
  MonthlyRecordSchema,
  'One month of results in integer NPR; a month already recorded is replaced.',
);

/** A page of enterprises, each as the caller may see it. */
export const EnterprisePage = pageOf('EnterprisePage', EnterpriseView);
