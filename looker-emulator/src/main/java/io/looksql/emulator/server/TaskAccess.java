package io.looksql.emulator.server;

/** Who may see and kill a query task or running query: the user it runs as, and admins. */
final class TaskAccess {
  /** The id of Looker's built-in Admin role. */
  static final String ADMIN_ROLE_ID = "2";

  private TaskAccess() {
  }

  /** Returns whether {@code caller} may see (and kill) work that runs as {@code owner}. */
  static boolean canSee(ApiUser caller, ApiUser owner) {
    return caller != null && (caller.id().equals(owner.id()) || isAdmin(caller));
  }

  private static boolean isAdmin(ApiUser user) {
    return user.roleIds() != null && user.roleIds().contains(ADMIN_ROLE_ID);
  }
}
