package io.crego.contract.stub.store;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crego.contract.spec.model.Record;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class KindTest {

  record Counter(long last) {}

  record Share(String loan, BigDecimal principal) {}

  record Holder(List<String> items) {}

  record Nested(Holder holder) {}

  @Test
  void recordsOfImmutableValuesAreImmutable() {
    assertTrue(new Kind<>("counters", Counter.class).immutable());
    assertTrue(new Kind<>("shares", Share.class).immutable());
    assertTrue(Note.NOTES.immutable());
  }

  @Test
  void anythingThatCanChangeUnderAReaderIsNot() {
    assertFalse(new Kind<>("records", Record.class).immutable(), "generated beans are mutable");
    assertFalse(new Kind<>("holders", Holder.class).immutable(), "a list can be changed");
    assertFalse(new Kind<>("nested", Nested.class).immutable(), "only flat records qualify");
  }
}
