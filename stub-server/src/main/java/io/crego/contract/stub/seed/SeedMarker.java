package io.crego.contract.stub.seed;

import io.crego.contract.stub.store.Kind;
import java.math.BigDecimal;

/**
 * Stored once a company has its demo data, in the same unit of work: its presence makes seeding a
 * single lookup, and a half-seeded company cannot exist.
 *
 * @param version the demo data's version, for a future re-seed
 * @param seededAt when, epoch seconds
 */
record SeedMarker(int version, BigDecimal seededAt) {

  static final Kind<SeedMarker> KIND = new Kind<>("demo_seed", SeedMarker.class);
  static final String ID = "demo";
  static final int VERSION = 3;
}
