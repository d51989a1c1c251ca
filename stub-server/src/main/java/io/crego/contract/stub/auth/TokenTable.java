package io.crego.contract.stub.auth;

import java.util.List;
import java.util.Optional;

/**
 * Where issued tokens are kept beyond the {@link TokenStore}'s memory: a file of one stub's own
 * ({@link TokenFile}), or a table every replica of a shared stub reads ({@link
 * PostgresTokenTable}). Only a token's SHA-256 digest is kept, never the token.
 */
public interface TokenTable extends AutoCloseable {

  /** One row: a token's digest, whose it is, which of the pair, until when, and if used. */
  record Row(
      String digest, String username, TokenStore.Use use, long expiresAtMillis, boolean used) {}

  /**
   * Whether other processes write this table too. A shared table is the truth: a token this process
   * has not seen may be there, and a refresh token is used up in the table, not in memory.
   */
  boolean shared();

  /** Every token kept, oldest first (a private table's contents, loaded on start). */
  List<Row> load();

  /** The row of one digest, if any (a shared table's lookup of a token issued elsewhere). */
  Optional<Row> find(String digest);

  /** Writes the rows in one transaction: a pair is kept whole or not at all. */
  void insert(List<Row> rows);

  /**
   * Marks a refresh token used unless it already is.
   *
   * @return true for the one caller that used it up, false when it was used already
   */
  boolean markUsed(String digest);

  void delete(String digest);

  /** Forgets the tokens that expired before the given time (a shared table's upkeep). */
  void deleteExpiredBefore(long millis);

  @Override
  void close();
}
