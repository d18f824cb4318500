"""reichweite: measure and compare reach across Bluesky, X, Mastodon, LinkedIn and Xing."""

__version__ = "0.1.0"
