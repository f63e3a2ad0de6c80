package io.looksql.emulator.users;

/** The Looker permissions the emulator acts on; other names in a permission set are kept but do nothing. */
public final class Permissions {
  /** Sees the models of the role's model set and queries them. */
  public static final String ACCESS_DATA = "access_data";
  /** Sees the LookML {@code sql} of fields in explore metadata. */
  public static final String SEE_LOOKML = "see_lookml";
  /** Logs in as another user ({@code POST /login/{user_id}}). */
  public static final String SUDO = "sudo";
  /** Looks up and searches other users. */
  public static final String SEE_USERS = "see_users";
  /** Lists the user attributes and reads other users' values. */
  public static final String SEE_USER_ATTRIBUTES = "see_user_attributes";
  /** Lists the roles. */
  public static final String SEE_ROLES = "see_roles";
  /** Everything, as Looker's Admin role. */
  public static final String ADMINISTER = "administer";

  private Permissions() {
  }
}
