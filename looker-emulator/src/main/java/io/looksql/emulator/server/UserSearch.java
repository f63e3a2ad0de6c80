package io.looksql.emulator.server;

import io.looksql.emulator.users.UserAccount;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * {@code GET /users/search} semantics: string criteria are case-insensitive SQL {@code LIKE}
 * patterns ({@code %}, {@code _}), {@code id} is a comma list, criteria are ANDed unless
 * {@code filter_or=true}; then {@code sorts} and {@code limit}/{@code offset} (or the deprecated
 * {@code page}/{@code per_page}).
 */
final class UserSearch {
  private UserSearch() {
  }

  /**
   * Returns the matching users, sorted and paged.
   *
   * @param privileged whether the caller may search by {@code email} and {@code is_disabled}
   *     (others' criteria on them are ignored, as Looker limits them to such callers)
   */
  static List<UserAccount> run(ApiRequest request, List<UserAccount> users, boolean privileged) {
    List<Predicate<UserAccount>> criteria = new ArrayList<>();
    String ids = request.query("id");
    if (ids != null && !ids.isBlank()) {
      List<String> wanted = List.of(ids.split("\\s*,\\s*"));
      criteria.add(u -> wanted.contains(u.id()));
    }
    like(criteria, request.query("first_name"), UserAccount::firstName);
    like(criteria, request.query("last_name"), UserAccount::lastName);
    like(criteria, request.query("full_name"), UserAccount::displayName);
    if (privileged) {
      like(criteria, request.query("email"), UserAccount::email);
      String disabled = request.query("is_disabled");
      if (disabled != null && !disabled.isBlank()) {
        boolean value = Boolean.parseBoolean(disabled.trim());
        criteria.add(u -> u.isDisabled() == value);
      }
    }
    boolean or = request.queryFlag("filter_or", false);
    List<UserAccount> found = new ArrayList<>();
    for (UserAccount u : users) {
      if (criteria.isEmpty() || (or ? criteria.stream().anyMatch(c -> c.test(u))
          : criteria.stream().allMatch(c -> c.test(u)))) {
        found.add(u);
      }
    }
    found.sort(order(request.query("sorts")));
    return page(request, found);
  }

  private static void like(List<Predicate<UserAccount>> criteria, String pattern,
      Function<UserAccount, String> value) {
    if (pattern == null || pattern.isEmpty()) {
      return;
    }
    Pattern regex = likePattern(pattern);
    criteria.add(u -> value.apply(u) != null && regex.matcher(value.apply(u)).matches());
  }

  /** Returns a case-insensitive regex for a LIKE pattern: {@code %} any run, {@code _} one character. */
  static Pattern likePattern(String like) {
    StringBuilder regex = new StringBuilder();
    StringBuilder literal = new StringBuilder();
    for (char c : like.toCharArray()) {
      if (c == '%' || c == '_') {
        regex.append(Pattern.quote(literal.toString())).append(c == '%' ? ".*" : ".");
        literal.setLength(0);
      } else {
        literal.append(c);
      }
    }
    regex.append(Pattern.quote(literal.toString()));
    return Pattern.compile(regex.toString(),
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);
  }

  /** Returns the order of {@code sorts}, e.g. {@code "last_name desc, id"}; by id when absent. */
  private static Comparator<UserAccount> order(String sorts) {
    Comparator<UserAccount> order = null;
    if (sorts != null && !sorts.isBlank()) {
      for (String sort : sorts.split(",")) {
        String[] words = sort.trim().split("\\s+");
        Comparator<UserAccount> by = key(words[0]);
        if (words.length > 1 && words[1].equalsIgnoreCase("desc")) {
          by = by.reversed();
        }
        order = order == null ? by : order.thenComparing(by);
      }
    }
    Comparator<UserAccount> byId = key("id");
    return order == null ? byId : order.thenComparing(byId);
  }

  private static Comparator<UserAccount> key(String field) {
    return switch (field.toLowerCase(Locale.ROOT)) {
      case "id" -> Comparator.comparing(UserAccount::id, UserSearch::compareIds);
      case "first_name" -> text(UserAccount::firstName);
      case "last_name" -> text(UserAccount::lastName);
      case "email" -> text(UserAccount::email);
      case "display_name", "full_name" -> text(UserAccount::displayName);
      case "is_disabled" -> Comparator.comparing(UserAccount::isDisabled);
      default -> throw ApiException.of(400, "Cannot sort users by '" + field + "'");
    };
  }

  private static Comparator<UserAccount> text(Function<UserAccount, String> value) {
    return Comparator.comparing(value, Comparator.nullsFirst(String.CASE_INSENSITIVE_ORDER));
  }

  /** Compares ids numerically where both are numbers, so "10" follows "9". */
  private static int compareIds(String a, String b) {
    if (a.matches("\\d{1,18}") && b.matches("\\d{1,18}")) {
      return Long.compare(Long.parseLong(a), Long.parseLong(b));
    }
    return a.compareTo(b);
  }

  private static List<UserAccount> page(ApiRequest request, List<UserAccount> users) {
    Long limit = request.queryLong("limit");
    Long offset = request.queryLong("offset");
    if (limit == null && offset == null) {
      Long perPage = request.queryLong("per_page");
      Long page = request.queryLong("page");
      if (perPage != null && perPage > 0) {
        limit = perPage;
        offset = (page == null || page < 1 ? 0 : page - 1) * perPage;
      }
    }
    long from = offset == null || offset < 0 ? 0 : offset;
    long count = limit == null || limit < 0 ? Long.MAX_VALUE : limit;
    return users.stream().skip(from).limit(count).toList();
  }
}
