package io.looksql.gateway;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * A salted, slow password hash: PBKDF2 with HMAC-SHA256 from the JDK, written
 * {@code pbkdf2-sha256:ITERATIONS:SALT:HASH} (salt and hash in Base64).
 *
 * @param iterations PBKDF2 iterations
 * @param salt random salt, 16 bytes when created here
 * @param hash derived key, 32 bytes
 */
public record PasswordHash(int iterations, byte[] salt, byte[] hash) {
  /** Iterations of new hashes (OWASP's 2023 figure for PBKDF2-HMAC-SHA256 is 600,000). */
  public static final int DEFAULT_ITERATIONS = 600_000;
  /** The fewest iterations a users file may ask for. */
  static final int MIN_ITERATIONS = 10_000;
  private static final String PREFIX = "pbkdf2-sha256";
  private static final SecureRandom RANDOM = new SecureRandom();

  /** Creates the hash of a password with a new random salt. */
  public static PasswordHash create(char[] password, int iterations) {
    byte[] salt = new byte[16];
    RANDOM.nextBytes(salt);
    return new PasswordHash(iterations, salt, derive(password, salt, iterations));
  }

  /** Parses {@code pbkdf2-sha256:ITERATIONS:SALT:HASH}; throws IllegalArgumentException saying what is wrong. */
  public static PasswordHash parse(String text) {
    String[] parts = text.trim().split(":");
    if (parts.length != 4 || !parts[0].equals(PREFIX)) {
      throw new IllegalArgumentException("not a password hash of the form "
          + PREFIX + ":ITERATIONS:SALT:HASH (make one with --hash-password)");
    }
    int iterations;
    try {
      iterations = Integer.parseInt(parts[1]);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("iterations \"" + parts[1] + "\" are not a number");
    }
    if (iterations < MIN_ITERATIONS) {
      throw new IllegalArgumentException("iterations " + iterations + " are fewer than "
          + MIN_ITERATIONS);
    }
    try {
      byte[] salt = Base64.getDecoder().decode(parts[2]);
      byte[] hash = Base64.getDecoder().decode(parts[3]);
      if (salt.length < 8 || hash.length != 32) {
        throw new IllegalArgumentException("salt or hash has the wrong length");
      }
      return new PasswordHash(iterations, salt, hash);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("salt or hash is not valid Base64 of the right length");
    }
  }

  /** Returns whether {@code password} has this hash, in time independent of where they differ. */
  public boolean matches(char[] password) {
    return MessageDigest.isEqual(hash, derive(password, salt, iterations));
  }

  /** Returns the hash as written in a users file. */
  @Override public String toString() {
    Base64.Encoder b64 = Base64.getEncoder();
    return PREFIX + ":" + iterations + ":" + b64.encodeToString(salt) + ":"
        + b64.encodeToString(hash);
  }

  @Override public boolean equals(Object o) {
    return o instanceof PasswordHash p && p.iterations == iterations
        && Arrays.equals(p.salt, salt) && Arrays.equals(p.hash, hash);
  }

  @Override public int hashCode() {
    return Arrays.hashCode(hash);
  }

  private static byte[] derive(char[] password, byte[] salt, int iterations) {
    PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, 256);
    try {
      return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("PBKDF2WithHmacSHA256 is missing from this JDK", e);
    } finally {
      spec.clearPassword();
    }
  }
}
