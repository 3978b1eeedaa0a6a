import type { SiteRole } from "../../db/schema";

/**
 * Who may do what, in one place (after Discourse's Guardian). Loaders ask these
 * to decide which buttons to show and actions ask the same functions to decide
 * whether to allow the request, so the button and the action cannot disagree.
 * Every function is pure: (the member asking, the thing asked about) → boolean.
 */

/** The member asking: who they are and their role on the site. */
export interface Actor {
  id: number;
  role: SiteRole;
}

/** Anything with an author: a post or a thread. */
export interface Authored {
  author_id: number;
}

export function isAdmin(actor: Actor): boolean {
  return actor.role === "admin";
}

/** Moderators and admins: the moderation pages, thread state (lock, pin, category, merge), flags, tags, Vidensbank articles. */
export function canModerate(actor: Actor): boolean {
  return actor.role === "moderator" || actor.role === "admin";
}

/** Members, municipalities, the audit log and the Vidensbank export are for admins only. */
export function canAdminister(actor: Actor): boolean {
  return isAdmin(actor);
}

/**
 * Every signed-in member reads every thread (both tracks); what they read of
 * each post is the visibility rule's business (models/post-visibility). Asked
 * by the thread page's live stream, so a thread rule added later reaches it.
 */
export function canReadThread(actor: Actor): boolean {
  return actor.id > 0;
}

function isAuthor(actor: Actor, thing: Authored): boolean {
  return thing.author_id === actor.id;
}

/** In a locked thread only moderators edit, so a settled discussion cannot be rewritten afterwards. */
export function canEditPost(actor: Actor, post: Authored & { locked?: boolean }): boolean {
  return (isAuthor(actor, post) && !post.locked) || canModerate(actor);
}

export function canDeletePost(actor: Actor, post: Authored): boolean {
  return isAuthor(actor, post) || canModerate(actor);
}

/** A post's earlier versions may hold text the author took out; only they and moderators read them. */
export function canSeePostHistory(actor: Actor, post: Authored): boolean {
  return isAuthor(actor, post) || canModerate(actor);
}

/** A member may not mark their own post helpful. */
export function canMarkHelpful(actor: Actor, post: Authored): boolean {
  return !isAuthor(actor, post);
}

export function canChooseSolution(actor: Actor, thread: Authored): boolean {
  return isAuthor(actor, thread) || canModerate(actor);
}

export function canMoveTrack(actor: Actor, thread: Authored): boolean {
  return isAuthor(actor, thread) || canModerate(actor);
}

/** Lock, pin, change category, merge. */
export function canChangeThreadState(actor: Actor): boolean {
  return canModerate(actor);
}

/** Reading a hidden or personal-data-flagged post's text, in the moderator view of the thread. */
export function canSeeHiddenPost(actor: Actor): boolean {
  return canModerate(actor);
}

export function canUnhidePost(actor: Actor): boolean {
  return canModerate(actor);
}

export function canWriteArticle(actor: Actor): boolean {
  return canModerate(actor);
}

/** Vidensbank drafts answer 404 to everyone else. */
export function canSeeArticleDrafts(actor: Actor): boolean {
  return canModerate(actor);
}

export function canSeeMentorQueue(actor: Actor & { is_mentor: boolean }): boolean {
  return actor.is_mentor || canModerate(actor);
}

/** Moderators invite members; only admins hand out the moderator or admin role. */
export function canInvite(actor: Actor, role: SiteRole): boolean {
  if (!canModerate(actor)) return false;
  return role === "member" || isAdmin(actor);
}

/** The roles the actor may put on an invitation, for the form's choices. */
export function invitableRoles(actor: Actor): SiteRole[] {
  return (["member", "moderator", "admin"] as const).filter((role) => canInvite(actor, role));
}

/** Admins revoke any invitation; a moderator only their own. */
export function canRevokeInvitation(actor: Actor, invitation: { invited_by_id: number }): boolean {
  if (isAdmin(actor)) return true;
  return canModerate(actor) && invitation.invited_by_id === actor.id;
}

/** Network meetings: moderators plan them, decide the agenda, publish it and write the minutes. */
export function canManageMeetings(actor: Actor): boolean {
  return canModerate(actor);
}

/** An agreed action from a meeting is closed by its owner or a moderator. */
export function canCompleteMeetingAction(actor: Actor, action: { owner_id: number }): boolean {
  return action.owner_id === actor.id || canModerate(actor);
}
