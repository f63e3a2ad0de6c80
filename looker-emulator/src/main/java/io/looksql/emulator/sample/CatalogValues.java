package io.looksql.emulator.sample;

import java.util.Arrays;
import java.util.List;

/** Word lists for the product catalogue and the distribution centers. */
final class CatalogValues {
  private CatalogValues() {
  }

  /** Distribution centers as {name, latitude, longitude}, as in Looker's "thelook". */
  static final List<Object[]> DISTRIBUTION_CENTERS = List.of(
      new Object[] {"Memphis TN", 35.1174, -89.9711},
      new Object[] {"Chicago IL", 41.8369, -87.6847},
      new Object[] {"Houston TX", 29.7604, -95.3698},
      new Object[] {"Los Angeles CA", 34.05, -118.25},
      new Object[] {"New Orleans LA", 29.95, -90.0667},
      new Object[] {"Port Authority of New York/New Jersey NY/NJ", 40.634, -73.7834},
      new Object[] {"Philadelphia PA", 39.95, -75.1667},
      new Object[] {"Mobile AL", 30.6944, -88.0431},
      new Object[] {"Charleston SC", 32.7833, -79.9333},
      new Object[] {"Savannah GA", 32.0167, -81.1167});

  /** Departments; each has its own categories. */
  static final List<String> DEPARTMENTS = List.of("Women", "Men");

  /** Categories per department, in {@link #DEPARTMENTS} order. */
  static final List<List<String>> CATEGORIES = List.of(
      List.of("Dresses", "Tops & Tees", "Sweaters", "Jeans", "Intimates", "Skirts", "Blazers & Jackets",
          "Swim", "Accessories", "Leggings"),
      List.of("Jeans", "Pants", "Shorts", "Outerwear & Coats", "Suits & Sport Coats", "Sweaters",
          "Tops & Tees", "Underwear", "Socks", "Accessories"));

  /** Ordinary brands. */
  static final List<String> BRANDS = List.of(
      "Allegra K", "Calvin Klein", "Carhartt", "Columbia", "Diesel", "Dockers", "Hanes", "Levi's",
      "Nautica", "Quiksilver", "Tommy Hilfiger", "Ray-Ban", "Wrangler", "Champion", "Patagonia",
      "The North Face", "Under Armour", "Volcom", "Speedo", "Jockey", "Lucky Brand", "Billabong",
      "Fruit of the Loom", "Hurley", "Ralph Lauren", "Converse", "Puma", "Adidas", "Oakley",
      "Pendleton");

  /** Adjectives that start an ordinary product name. */
  static final List<String> STYLES = List.of(
      "Classic", "Slim", "Relaxed", "Vintage", "Essential", "Premium", "Lightweight", "Cozy",
      "Stretch", "Organic", "Heritage", "Urban");

  /** Materials in the middle of an ordinary product name. */
  static final List<String> MATERIALS = List.of(
      "Cotton", "Wool", "Denim", "Linen", "Fleece", "Silk", "Jersey", "Twill", "Cashmere");

  /**
   * Products with values that filter expressions must escape or treat specially, as
   * {brand, name}. They take the first product ids, so every scale has them. The brands cover
   * {@code , % _ ^ " '}, a leading {@code -}, the literal words NULL and EMPTY, an empty string
   * and true NULLs; the names cover the same characters.
   */
  static final List<String[]> TRICKY_PRODUCTS = Arrays.asList(
      new String[] {"Smith, Jones & Co", "Crew Neck Tee, Pack of 3"},
      new String[] {"100% Organic", "50% Wool Blend Sweater"},
      new String[] {"Under_Score", "Slim_Fit Chino"},
      new String[] {"Caret^Top", "Top^Hat Beanie"},
      new String[] {"The \"Quoted\" Label", "The \"Classic\" Trench Coat"},
      new String[] {"O'Neill", "Men's Board Shorts"},
      new String[] {"-Minus Apparel", "-40 Degree Parka"},
      new String[] {"NULL", "Null Pointer Hoodie"},
      new String[] {"EMPTY", "Empty Pocket Jeans"},
      new String[] {"", "Unbranded Basic Tee"},
      new String[] {null, "Mystery Socks"},
      new String[] {null, "Back\\Slash Belt"},
      new String[] {"Ralph Lauren", "100%_Cotton ^Polo^, \"Slim\" -Fit"});
}
