"""Data files for offergap: the curated skills lexicon and role families."""
