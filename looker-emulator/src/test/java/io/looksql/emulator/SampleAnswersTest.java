package io.looksql.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.looksql.emulator.SampleAnswerCases.Answer;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The emulator's answers over the sample model: each Looker query runs over HTTP and its rows
 * must equal, exactly, rows computed by hand from the same database (see {@link SampleAnswerCases}).
 */
class SampleAnswersTest {
  /** 1,000 users, about 4,000 orders and 10,000 order items: enough to exceed the default limit. */
  private static final double SCALE = 0.1;

  private static LookerEmulator looker;
  private static LookerApiClient api;

  @BeforeAll
  static void start() {
    looker = LookerEmulator.builder().scale(SCALE)
        .clock(Clock.fixed(SampleAnswerCases.NOW, ZoneOffset.UTC)).port(0).start();
    api = LookerApiClient.login(looker);
  }

  @AfterAll
  static void stop() {
    if (looker != null) {
      looker.close();
    }
  }

  static Stream<Answer> answers() {
    return SampleAnswerCases.all().stream();
  }

  @Test
  void coversAtLeast45Queries() {
    List<Answer> all = SampleAnswerCases.all();
    assertTrue(all.size() >= 45, "only " + all.size() + " cases");
    assertEquals(all.size(), all.stream().map(Answer::name).distinct().count(), "case names must be unique");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("answers")
  void answersAsHandWrittenSql(Answer answer) throws SQLException {
    List<List<Object>> expected = answer.expected().rows(looker.dataSource());
    if (answer.naiveSql() != null) {
      // The case must be able to catch a compiler without symmetric aggregates: plain joins
      // (what such a compiler would write) have to give a different answer.
      List<List<Object>> naive = ResultRows.query(looker.dataSource(), answer.naiveSql());
      assertNotEquals(ResultRows.canonical(expected, answer.ordered()),
          ResultRows.canonical(naive, answer.ordered()),
          "naive joins give the same answer, so this case would not notice missing symmetric aggregates");
    }
    JsonNode rows = api.runJson(answer.query());
    try {
      ResultRows.assertSame(answer.query().fieldNames(), rows, expected, answer.ordered(), context(answer));
    } catch (AssertionError e) {
      throw new AssertionError(e.getMessage() + "\nemulator SQL: " + emulatorSql(answer.query()), e);
    }
  }

  @Test
  void appliesLookersDefaultLimitOf5000() throws SQLException {
    assertTrue(count("order_items") > 5000, "the sample must have more rows than the default limit");
    // Without sorts or measures Looker sorts by the first dimension, here the primary key.
    LookerQuery query = LookerQuery.explore("order_items").fields("order_items.id", "order_items.status");
    String sql = "SELECT id, status FROM order_items ORDER BY id FETCH FIRST 5000 ROWS ONLY";
    JsonNode rows = api.runJson(query);
    assertEquals(5000, rows.size());
    ResultRows.assertSame(query.fieldNames(), rows, ResultRows.query(looker.dataSource(), sql), true,
        query + "\nhand SQL: " + sql);
  }

  @Test
  void limitMinusOneReturnsEveryRow() throws SQLException {
    long all = count("order_items");
    assertTrue(all > 5000, "the sample must have more rows than the default limit");
    LookerQuery query = LookerQuery.explore("order_items").fields("order_items.id", "order_items.sale_price")
        .sorts("order_items.id").limit("-1");
    String sql = "SELECT id, sale_price FROM order_items ORDER BY id";
    JsonNode rows = api.runJson(query);
    assertEquals(all, rows.size());
    ResultRows.assertSame(query.fieldNames(), rows, ResultRows.query(looker.dataSource(), sql), true,
        query + "\nhand SQL: " + sql);
  }

  static Stream<Arguments> joinsNeeded() {
    return Stream.of(
        Arguments.of(LookerQuery.explore("order_items").fields("order_items.status", "order_items.count"),
            Set.of()),
        Arguments.of(LookerQuery.explore("order_items").fields("products.brand", "order_items.count"),
            Set.of("inventory_items", "products")),
        Arguments.of(LookerQuery.explore("order_items").fields("distribution_centers.name", "order_items.count"),
            Set.of("inventory_items", "products", "distribution_centers")),
        Arguments.of(LookerQuery.explore("order_items").fields("order_items.status")
                .filter("users.is_international", "yes"),
            Set.of("users")),
        Arguments.of(LookerQuery.explore("orders").fields("orders.status", "orders.count"), Set.of()),
        Arguments.of(LookerQuery.explore("users").fields("users.state", "order_items.count"),
            Set.of("orders", "order_items")),
        Arguments.of(LookerQuery.explore("customers").fields("customers.state", "customer_facts.count"),
            Set.of("customer_facts")));
  }

  /** Joins are written only for views the query's fields and filters use, and their ancestors. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("joinsNeeded")
  void joinsOnlyTheViewsItUses(LookerQuery query, Set<String> joins) {
    assertEquals(new TreeSet<>(joins), joinedAliases(emulatorSql(query)), query.toString());
  }

  /** Returns the aliases joined in a SQL statement: every join of the sample has {@code AS alias ON}. */
  private static Set<String> joinedAliases(String sql) {
    Set<String> aliases = new TreeSet<>();
    Matcher m = Pattern.compile("\\bAS\\s+(\\w+)\\s+ON\\b", Pattern.CASE_INSENSITIVE).matcher(sql);
    while (m.find()) {
      aliases.add(m.group(1));
    }
    return aliases;
  }

  private static String emulatorSql(LookerQuery query) {
    HttpResponse<String> response = api.run("sql", query.toString());
    return response.statusCode() == 200 ? response.body() : "(HTTP " + response.statusCode() + ") " + response.body();
  }

  private static long count(String table) throws SQLException {
    return ((Number) ResultRows.query(looker.dataSource(), "SELECT COUNT(*) FROM " + table).get(0).get(0))
        .longValue();
  }

  private static String context(Answer answer) {
    return "case: " + answer.name() + "\nquery: " + answer.query() + "\nexpected from: " + answer.how();
  }
}
