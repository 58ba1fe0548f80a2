"""Renderers: terminal, JSON and HTML views of a Report."""
