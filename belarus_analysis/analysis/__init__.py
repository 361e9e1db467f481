"""Analyses of the tidy tables: outlet comparisons, per-question summaries, accuracy against gold."""
