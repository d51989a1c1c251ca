package io.crego.contract.stub.seed;

import io.crego.contract.stub.core.Json;
import io.crego.contract.stub.documents.Kinds;
import io.crego.contract.stub.store.Kind;
import io.crego.contract.stub.store.StoreTransaction;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Gives documents made with random ids their well-known ones ({@link DemoIds}), wherever an id
 * appears: as a document's key and id, and in every reference to it (a loan's account, an EMI's
 * loan, a settlement's record…). Ids are random UUIDs, so the text of one occurs nowhere else.
 * Documents keep their order, so listings (newest first) read as before.
 */
final class IdRenaming {

  private final Map<String, String> renames = new LinkedHashMap<>();

  /** Asks for the document with id {@code random} to be known as {@code wellKnown}. */
  void rename(UUID random, UUID wellKnown) {
    renames.put(random.toString(), wellKnown.toString());
  }

  boolean isEmpty() {
    return renames.isEmpty();
  }

  /** Rewrites every model document of the company that holds one of the ids to rename. */
  void apply(StoreTransaction tx) {
    for (Kind<?> kind : Kinds.MODELS) {
      apply(tx, kind);
    }
    renames.clear();
  }

  private <T> void apply(StoreTransaction tx, Kind<T> kind) {
    List<String> keys = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    boolean touched = false;
    for (T document : tx.all(kind)) {
      String key = Json.tree(document).path("id").asText();
      String text = tx.json(kind, key).orElseThrow();
      String renamed = renamed(text);
      touched |= !renamed.equals(text) || renames.containsKey(key);
      keys.add(key);
      texts.add(renamed);
    }
    if (!touched) {
      return;
    }
    keys.forEach(key -> tx.delete(kind, key));
    for (int i = 0; i < keys.size(); i++) {
      T document = Json.read(texts.get(i), kind.type());
      tx.put(kind, renames.getOrDefault(keys.get(i), keys.get(i)), document);
    }
  }

  private String renamed(String text) {
    String result = text;
    for (Map.Entry<String, String> rename : renames.entrySet()) {
      result = result.replace(rename.getKey(), rename.getValue());
    }
    return result;
  }
}
