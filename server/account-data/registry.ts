import "server-only";
import { auditLogRule, emailTokensRule, mailRule, passwordResetRule, profileRule, throttleRule } from "./core-rules";
import { eventRegistrationsRule, eventsRule } from "../agenda/account-data";
import { ideaReportsRule, ideasRule, ideaSupportsRule } from "../ideas/account-data";
import { ideaCommentReportsRule, ideaCommentsRule } from "../ideas/comments/account-data";
import { ideaMilestonesRule } from "../ideas/milestones/account-data";
import { ideaFollowsRule, notificationsRule } from "../ideas/follow-account-data";
import { articlesRule } from "../news/account-data";
import { articleApprovalsRule, eventApprovalsRule } from "../joint/account-data";
import { userOrganisationsRule } from "../organisations/account-data";
import type { AccountDataRule } from "./rule";
import { recoveryCodesRule, secondFactorRule } from "../second-factor/account-data";
import { sessionsRule } from "./sessions-rule";
import { newsSendingsRule, subscriptionsRule } from "../subscriptions/account-data";

/**
 * Every table that holds something about a member, with its export and
 * erase rule. A pillar that adds a table referencing `users` adds its rule
 * here (tests/db/account-data.test.ts fails until it does).
 */
export const accountDataRules: AccountDataRule[] = [
  profileRule,
  auditLogRule,
  passwordResetRule,
  emailTokensRule,
  mailRule,
  throttleRule,
  ideasRule,
  ideaSupportsRule,
  ideaReportsRule,
  ideaCommentsRule,
  ideaCommentReportsRule,
  ideaMilestonesRule,
  ideaFollowsRule,
  notificationsRule,
  eventRegistrationsRule,
  eventsRule,
  articlesRule,
  articleApprovalsRule,
  eventApprovalsRule,
  sessionsRule,
  secondFactorRule,
  recoveryCodesRule,
  subscriptionsRule,
  newsSendingsRule,
  userOrganisationsRule,
];
