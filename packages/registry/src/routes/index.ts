import { consentRoutes } from './consents.js';
import { indicatorRoutes } from './indicators.js';
import { keyRoutes } from './keys.js';
import { livelihoodPlanRoutes } from './livelihood-plans.js';
import { needsAssessmentRoutes } from './needs-assessments.js';
import { organizationRoutes } from './organizations.js';
import { participantRoutes } from './participants.js';
import { referralTransitionRoutes } from './referral-transitions.js';
import { referralRoutes } from './referrals.js';
import type { App } from './route.js';
import { tokenRoutes } from './tokens.js';
import { userRoutes } from './users.js';

/** Registers every `/v1` resource. */
export function resourceRoutes(app: App): void {
  organizationRoutes(app);
  userRoutes(app);
  keyRoutes(app);
  tokenRoutes(app);
  participantRoutes(app);
  consentRoutes(app);
  needsAssessmentRoutes(app);
  livelihoodPlanRoutes(app);
  referralRoutes(app);
  referralTransitionRoutes(app);
  indicatorRoutes(app);
}
