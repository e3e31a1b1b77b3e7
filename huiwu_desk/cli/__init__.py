"""The headless command line of shared/cli.md. Never imports Qt."""
