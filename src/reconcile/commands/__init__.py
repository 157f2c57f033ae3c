"""Library side of the commands other than a plain run: the CI check, an editor's review,
the evaluation against labelled stories. The CLI (``reconcile.cli``) only parses flags and
calls these."""
