import { describe, expect, it } from "vitest";
import type { SiteRole } from "../../db/schema";
import {
  canAdminister,
  canChangeThreadState,
  canChooseSolution,
  canDeletePost,
  canEditPost,
  canInvite,
  canMarkHelpful,
  canModerate,
  canMoveTrack,
  canRevokeInvitation,
  canSeeArticleDrafts,
  canSeeHiddenPost,
  canSeeMentorQueue,
  canSeePostHistory,
  canUnhidePost,
  canWriteArticle,
  invitableRoles,
  type Actor,
} from "../../app/auth/permissions";

const member: Actor = { id: 1, role: "member" };
const otherMember: Actor = { id: 2, role: "member" };
const moderator: Actor = { id: 3, role: "moderator" };
const admin: Actor = { id: 4, role: "admin" };
const ownedByMember = { author_id: member.id };

describe("permissions", () => {
  it("lets the author and staff edit, delete and see the history of a post; nobody else", () => {
    for (const can of [canEditPost, canDeletePost, canSeePostHistory]) {
      expect(can(member, ownedByMember), can.name).toBe(true);
      expect(can(otherMember, ownedByMember), can.name).toBe(false);
      expect(can(moderator, ownedByMember), can.name).toBe(true);
      expect(can(admin, ownedByMember), can.name).toBe(true);
    }
  });

  it("stops the author, not a moderator, from editing in a locked thread", () => {
    expect(canEditPost(member, { ...ownedByMember, locked: true })).toBe(false);
    expect(canEditPost(moderator, { ...ownedByMember, locked: true })).toBe(true);
    expect(canEditPost(member, { ...ownedByMember, locked: false })).toBe(true);
  });

  it("lets the thread's author and staff choose the solution and move the track", () => {
    for (const can of [canChooseSolution, canMoveTrack]) {
      expect(can(member, ownedByMember)).toBe(true);
      expect(can(otherMember, ownedByMember)).toBe(false);
      expect(can(moderator, ownedByMember)).toBe(true);
    }
  });

  it("never lets a member mark their own post helpful", () => {
    expect(canMarkHelpful(member, ownedByMember)).toBe(false);
    expect(canMarkHelpful(otherMember, ownedByMember)).toBe(true);
    expect(canMarkHelpful(moderator, { author_id: moderator.id })).toBe(false);
  });

  it("keeps hidden posts, thread state, articles and drafts to moderators and admins", () => {
    for (const can of [
      canModerate,
      canSeeHiddenPost,
      canUnhidePost,
      canChangeThreadState,
      canWriteArticle,
      canSeeArticleDrafts,
    ]) {
      expect(
        [member, moderator, admin].map((actor) => can(actor)),
        can.name,
      ).toEqual([false, true, true]);
    }
    expect([member, moderator, admin].map(canAdminister)).toEqual([false, false, true]);
  });

  it("opens the mentor queue to mentors and staff", () => {
    expect(canSeeMentorQueue({ ...member, is_mentor: false })).toBe(false);
    expect(canSeeMentorQueue({ ...member, is_mentor: true })).toBe(true);
    expect(canSeeMentorQueue({ ...moderator, is_mentor: false })).toBe(true);
  });

  it("lets only admins invite moderators and admins; moderators invite members; members invite no one", () => {
    const table = (actor: Actor) =>
      (["member", "moderator", "admin"] as SiteRole[]).map((role) => canInvite(actor, role));
    expect(table(member)).toEqual([false, false, false]);
    expect(table(moderator)).toEqual([true, false, false]);
    expect(table(admin)).toEqual([true, true, true]);
    expect(invitableRoles(moderator)).toEqual(["member"]);
    expect(invitableRoles(admin)).toEqual(["member", "moderator", "admin"]);
    expect(invitableRoles(member)).toEqual([]);
  });

  it("lets admins revoke any invitation and moderators only their own", () => {
    expect(canRevokeInvitation(moderator, { invited_by_id: moderator.id })).toBe(true);
    expect(canRevokeInvitation(moderator, { invited_by_id: admin.id })).toBe(false);
    expect(canRevokeInvitation(admin, { invited_by_id: moderator.id })).toBe(true);
    // A member who was demoted keeps no power over invitations they once made.
    expect(canRevokeInvitation(member, { invited_by_id: member.id })).toBe(false);
  });
});
