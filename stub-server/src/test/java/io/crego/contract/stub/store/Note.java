package io.crego.contract.stub.store;

/** A small document for store tests. */
record Note(String text, long number) {

  static final Kind<Note> NOTES = new Kind<>("notes", Note.class);
  static final Kind<Note> OTHER_NOTES = new Kind<>("other_notes", Note.class);
}
