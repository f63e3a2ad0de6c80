package io.looksql.emulator.sample;

import java.util.List;

/** Word lists for users: names, places and traffic sources. */
final class PeopleValues {
  private PeopleValues() {
  }

  /** Female first names; some contain a space, which filter values must keep intact. */
  static final List<String> FEMALE_NAMES = List.of(
      "Mary", "Patricia", "Jennifer", "Linda", "Elizabeth", "Barbara", "Susan", "Jessica",
      "Sarah", "Karen", "Nancy", "Lisa", "Betty", "Sandra", "Ashley", "Emily", "Michelle",
      "Amanda", "Melissa", "Stephanie", "Maria", "Sofia", "Chloe", "Zoe", "Mary Ann",
      "Anna Maria", "Sarah Jane", "Ana Sofia");

  /** Male first names; some contain a space. */
  static final List<String> MALE_NAMES = List.of(
      "James", "Robert", "John", "Michael", "David", "William", "Richard", "Joseph", "Thomas",
      "Charles", "Christopher", "Daniel", "Matthew", "Anthony", "Mark", "Steven", "Paul",
      "Andrew", "Joshua", "Kevin", "Brian", "Luis", "Noah", "Liam", "Jean Luc", "Juan Carlos",
      "John Paul", "Jose Luis");

  /** Last names; one with an apostrophe and one with a hyphen. */
  static final List<String> LAST_NAMES = List.of(
      "Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis",
      "Rodriguez", "Martinez", "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas",
      "Taylor", "Moore", "Jackson", "Martin", "Lee", "Perez", "Thompson", "White", "Harris",
      "Clark", "Lewis", "Walker", "Young", "Allen", "O'Brien", "Smith-Jones", "Nguyen", "Kim");

  /**
   * Places as {city, state, country, zip}. ZIP codes are text: several start with 0. Mostly US,
   * weighted by repetition, with a few other countries whose state is a region.
   */
  static final List<String[]> PLACES = List.of(
      new String[] {"New York", "New York", "United States", "10001"},
      new String[] {"New York", "New York", "United States", "10025"},
      new String[] {"Brooklyn", "New York", "United States", "11201"},
      new String[] {"Los Angeles", "California", "United States", "90012"},
      new String[] {"San Francisco", "California", "United States", "94103"},
      new String[] {"San Diego", "California", "United States", "92101"},
      new String[] {"Sacramento", "California", "United States", "95814"},
      new String[] {"Chicago", "Illinois", "United States", "60601"},
      new String[] {"Houston", "Texas", "United States", "77002"},
      new String[] {"Austin", "Texas", "United States", "78701"},
      new String[] {"Dallas", "Texas", "United States", "75201"},
      new String[] {"Phoenix", "Arizona", "United States", "85004"},
      new String[] {"Philadelphia", "Pennsylvania", "United States", "19103"},
      new String[] {"Seattle", "Washington", "United States", "98101"},
      new String[] {"Denver", "Colorado", "United States", "80202"},
      new String[] {"Boston", "Massachusetts", "United States", "02108"},
      new String[] {"Cambridge", "Massachusetts", "United States", "02139"},
      new String[] {"Portland", "Maine", "United States", "04101"},
      new String[] {"Providence", "Rhode Island", "United States", "02903"},
      new String[] {"Newark", "New Jersey", "United States", "07102"},
      new String[] {"Miami", "Florida", "United States", "33130"},
      new String[] {"Orlando", "Florida", "United States", "32801"},
      new String[] {"Atlanta", "Georgia", "United States", "30303"},
      new String[] {"Nashville", "Tennessee", "United States", "37203"},
      new String[] {"Minneapolis", "Minnesota", "United States", "55401"},
      new String[] {"Detroit", "Michigan", "United States", "48226"},
      new String[] {"Honolulu", "Hawaii", "United States", "96813"},
      new String[] {"Anchorage", "Alaska", "United States", "99501"},
      new String[] {"Toronto", "Ontario", "Canada", "M5H 2N2"},
      new String[] {"Vancouver", "British Columbia", "Canada", "V6B 1A1"},
      new String[] {"London", "England", "United Kingdom", "SW1A 1AA"},
      new String[] {"Manchester", "England", "United Kingdom", "M1 1AE"},
      new String[] {"Paris", "Ile-de-France", "France", "75001"},
      new String[] {"Berlin", "Berlin", "Germany", "10115"},
      new String[] {"Sao Paulo", "Sao Paulo", "Brasil", "01000-000"},
      new String[] {"Tokyo", "Tokyo", "Japan", "100-0001"},
      new String[] {"Sydney", "New South Wales", "Australia", "2000"},
      new String[] {"Shanghai", "Shanghai", "China", "200000"});

  /** Traffic sources with percentage weights. */
  static final List<String> TRAFFIC_SOURCES = List.of("Search", "Organic", "Facebook", "Email", "Display");
  static final int[] TRAFFIC_WEIGHTS = {70, 15, 6, 5, 4};
}
