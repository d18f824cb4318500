"""Automation and spam: which inbound senders are bots or cold funnel pitches, and which accounts post like machines."""
