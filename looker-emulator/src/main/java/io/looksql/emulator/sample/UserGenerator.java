package io.looksql.emulator.sample;

import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/** Generates users. */
final class UserGenerator {
  /** Share of users whose age is unknown. */
  private static final double NULL_AGE_RATE = 0.01;
  /** Share of users whose state is unknown. */
  private static final double NULL_STATE_RATE = 0.01;

  private final SplittableRandom random;

  UserGenerator(SplittableRandom random) {
    this.random = random;
  }

  /** Adds user {@code id} to {@code users} and returns when the user signed up. */
  LocalDateTime add(BatchInserter users, int id) throws SQLException {
    boolean female = random.nextBoolean();
    String firstName = pick(female ? PeopleValues.FEMALE_NAMES : PeopleValues.MALE_NAMES);
    String lastName = pick(PeopleValues.LAST_NAMES);
    // The id keeps addresses unique; letters only, so that names like O'Brien make valid ones.
    String email = (firstName + "." + lastName).toLowerCase(Locale.ROOT).replaceAll("[^a-z.]", "")
        + id + "@example.com";
    Integer age = random.nextDouble() < NULL_AGE_RATE ? null : 12 + random.nextInt(59);
    String[] place = PeopleValues.PLACES.get(random.nextInt(PeopleValues.PLACES.size()));
    String state = random.nextDouble() < NULL_STATE_RATE ? null : place[1];
    String source = trafficSource();
    LocalDateTime createdAt = SampleTime.between(random, SampleTime.START, SampleTime.LAST_SIGNUP);
    users.add(id, firstName, lastName, email, age, female ? "F" : "M", state, place[0], place[2],
        place[3], source, createdAt);
    return createdAt;
  }

  private String trafficSource() {
    int n = random.nextInt(100);
    for (int i = 0; i < PeopleValues.TRAFFIC_WEIGHTS.length; i++) {
      n -= PeopleValues.TRAFFIC_WEIGHTS[i];
      if (n < 0) {
        return PeopleValues.TRAFFIC_SOURCES.get(i);
      }
    }
    throw new AssertionError("traffic weights must add up to 100");
  }

  private String pick(List<String> values) {
    return values.get(random.nextInt(values.size()));
  }
}
