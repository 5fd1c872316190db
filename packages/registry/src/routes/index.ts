import { auditEventRoutes } from './audit-events.js';
import { consentRoutes } from './consents.js';
import { enrolmentRoutes } from './enrolments.js';
import { enterpriseRoutes } from './enterprises.js';
import { followUpRoutes } from './follow-ups.js';
import { jobOfferTransitionRoutes } from './job-offer-transitions.js';
import { jobOfferRoutes } from './job-offers.js';
import { keyRoutes } from './keys.js';
import { livelihoodPlanRoutes } from './livelihood-plans.js';
import { needsAssessmentRoutes } from './needs-assessments.js';
import { organizationRoutes } from './organizations.js';
import { participantRightsRoutes } from './participant-rights.js';
import { participantRoutes } from './participants.js';
import { placementRoutes } from './placements.js';
import { referralTransitionRoutes } from './referral-transitions.js';
import { referralRoutes } from './referrals.js';
import type { App } from './route.js';
import { serviceDeliveryRoutes } from './service-deliveries.js';
import { storyRoutes } from './stories.js';
import { supportRequestRoutes } from './support-requests.js';
import { tokenRoutes } from './tokens.js';
import { trainingProgrammeRoutes } from './training-programmes.js';
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
  followUpRoutes(app);
  serviceDeliveryRoutes(app);
  supportRequestRoutes(app);
  storyRoutes(app);
  trainingProgrammeRoutes(app);
  enrolmentRoutes(app);
  enterpriseRoutes(app);
  jobOfferRoutes(app);
  jobOfferTransitionRoutes(app);
  placementRoutes(app);
  participantRightsRoutes(app);
  auditEventRoutes(app);
}
