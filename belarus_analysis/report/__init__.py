"""Paper-ready output: chart style, charts, tables (CSV/LaTeX) and the catalogue that exports them all."""
